#pragma once

#include "common/status.h"
#include "party/partytypes.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;

/// A cross-appointment as lists show it, with the names of both sides.
struct CrossAppointmentRow
{
    CrossAppointment appointment;
    QString personName;
    bool personIsPartyMember = false;
    QString fromText; ///< e.g. 幸福物业 / 社区党组织 / 阳光花园业委会
    QString toText;   ///< the organisation of the post
};

/// Reads and writes cross-appointments (双向进入、交叉任职): dated links from a person of one
/// body (community party organisation, residents' committee, a property company, an estate's
/// owners' committee) to a post in another.
class CrossAppointmentStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::CrossAppointmentStore)

public:
    explicit CrossAppointmentStore(Database &database);

    QVector<FieldProblem> check(const CrossAppointment &appointment) const;
    Result<qint64> save(const CrossAppointment &appointment);
    Status remove(qint64 id);
    /// Ends the appointment on `on`.
    Status end(qint64 id, QDate on);

    Result<CrossAppointment> appointment(qint64 id) const;
    /// All appointments (only those current on `day` unless it is null), by start date.
    Result<std::vector<CrossAppointmentRow>> list(QDate day = QDate()) const;

private:
    Database &m_db;
};

} // namespace cd
