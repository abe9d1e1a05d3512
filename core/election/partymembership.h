#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace cd {

class Database;

/// Whether people are party members, as the census knows it: a current row in the party
/// census (party_member, left_on empty; probationary members included) when the census tables
/// exist; for a person the census does not list, person.political_status (cpc_member or
/// cpc_probationary), so rosters without a census still give the party share.
class PartyMembership
{
    Q_DECLARE_TR_FUNCTIONS(cd::PartyMembership)

public:
    static Result<QHash<qint64, bool>> lookup(Database &database, const QVector<qint64> &personIds);
    static Result<bool> isMember(Database &database, qint64 personId);
    /// True when the party census tables exist in this database.
    static bool hasCensusTables(Database &database);
};

} // namespace cd
