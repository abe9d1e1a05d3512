#include "election/partymembership.h"

#include "db/database.h"
#include "election/electionsql.h"

namespace cd {

bool PartyMembership::hasCensusTables(Database &database)
{
    QSqlQuery q(database.sql());
    return electionsql::run(q, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
                            {QStringLiteral("party_member")})
        && q.next();
}

Result<QHash<qint64, bool>> PartyMembership::lookup(Database &database, const QVector<qint64> &personIds)
{
    const bool census = hasCensusTables(database);
    const QString sql = census
        ? QStringLiteral("SELECT CASE WHEN m.id IS NOT NULL THEN m.left_on IS NULL "
                         "ELSE p.political_status IN ('cpc_member', 'cpc_probationary') END "
                         "FROM person p LEFT JOIN party_member m ON m.person_id = p.id WHERE p.id = ?")
        : QStringLiteral("SELECT political_status IN ('cpc_member', 'cpc_probationary') FROM person WHERE id = ?");
    QHash<qint64, bool> result;
    QSqlQuery q(database.sql());
    if (!q.prepare(sql))
        return Status::failure(tr("Cannot read party membership: %1").arg(electionsql::errorText(q)));
    for (qint64 id : personIds) {
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(tr("Cannot read party membership: %1").arg(electionsql::errorText(q)));
        result.insert(id, q.next() && q.value(0).toInt() != 0);
    }
    return result;
}

Result<bool> PartyMembership::isMember(Database &database, qint64 personId)
{
    const Result<QHash<qint64, bool>> found = lookup(database, {personId});
    if (!found)
        return found.status();
    return found->value(personId);
}

} // namespace cd
