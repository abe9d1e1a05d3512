#pragma once

#include "common/status.h"
#include "party/partytypes.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;

/// Reads and writes owners' committees (业委会): one row per term of an estate's committee,
/// with its members and their roles (主任 / 副主任 / 委员). The election module records an
/// elected committee through save().
///
/// Party members under half of the committee is a warning, never a block (policy, seed 001);
/// so are a size outside 5–11 or an even size. A term longer than five years, overlapping
/// terms of one estate and two directors at once are refused.
class OwnersCommitteeStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::OwnersCommitteeStore)

public:
    explicit OwnersCommitteeStore(Database &database);

    QVector<FieldProblem> check(const OwnersCommittee &committee) const;
    /// Creates (id 0) or updates the committee and replaces its members, in one transaction.
    Result<qint64> save(const OwnersCommittee &committee);
    Status remove(qint64 id);

    Result<OwnersCommittee> committee(qint64 id) const;
    /// Every term of one estate (0: of all estates), newest first per estate.
    Result<std::vector<OwnersCommittee>> committees(qint64 estateId = 0) const;
    /// The estate's committee in office on `day`; id 0 when there is none.
    Result<OwnersCommittee> current(qint64 estateId, QDate day) const;

private:
    Database &m_db;
};

} // namespace cd
