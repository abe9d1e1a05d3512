#include "roster/personplaces.h"

#include "db/database.h"
#include "roster/rostersql.h"

#include <QSqlError>

namespace cd {

using namespace rostersql;

namespace {

const QString addressJoin = QStringLiteral(
    "JOIN dwelling d ON d.id = x.dwelling_id JOIN unit u ON u.id = d.unit_id "
    "JOIN building b ON b.id = u.building_id JOIN estate e ON e.id = b.estate_id");
const QString addressColumn = QStringLiteral("e.name || ' ' || b.number || '-' || u.number || '-' || d.room");

} // namespace

Result<PersonPlaces> PersonPlaces::load(const Database &database, qint64 personId)
{
    QSqlDatabase db = database.sql();
    PersonPlaces places;
    auto failed = [](const QSqlQuery &q) {
        return Status::failure(tr("Reading the person's places failed: %1").arg(q.lastError().databaseText()));
    };

    QSqlQuery r(db);
    if (!run(r, QStringLiteral("SELECT x.id, x.person_id, x.dwelling_id, x.relation, x.moved_in, x.moved_out, %1 "
                               "FROM residence x %2 WHERE x.person_id = ? "
                               "ORDER BY x.moved_out IS NOT NULL, x.moved_out DESC, x.id")
                    .arg(addressColumn, addressJoin),
             {personId}))
        return failed(r);
    while (r.next()) {
        places.residences.push_back({{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(),
                                      r.value(3).toString(), toDate(r.value(4)), toDate(r.value(5))},
                                     r.value(6).toString()});
    }

    QSqlQuery o(db);
    if (!run(o, QStringLiteral("SELECT x.id, x.dwelling_id, x.person_id, x.is_voter, x.since, x.until, %1, "
                               "(SELECT group_concat(p.name, '、') FROM ownership c JOIN person p ON p.id = c.person_id "
                               " WHERE c.dwelling_id = x.dwelling_id AND c.id <> x.id AND c.until IS NULL) "
                               "FROM ownership x %2 WHERE x.person_id = ? ORDER BY x.until IS NOT NULL, x.since, x.id")
                    .arg(addressColumn, addressJoin),
             {personId}))
        return failed(o);
    while (o.next()) {
        Ownership own{{o.value(0).toLongLong(), o.value(1).toLongLong(), o.value(2).toLongLong(),
                       o.value(3).toInt() != 0, toDate(o.value(4)), toDate(o.value(5))},
                      o.value(6).toString(),
                      {}};
        const QString others = o.value(7).toString();
        if (!others.isEmpty() && own.link.isCurrent())
            own.coOwners = others.split(QStringLiteral("、"));
        places.ownerships.push_back(own);
    }

    QSqlQuery l(db);
    if (!run(l, QStringLiteral("SELECT x.id, x.building_id, x.person_id, x.kind, x.since, e.name || ' ' || b.number "
                               "FROM building_leader x JOIN building b ON b.id = x.building_id "
                               "JOIN estate e ON e.id = b.estate_id WHERE x.person_id = ? ORDER BY x.id"),
             {personId}))
        return failed(l);
    while (l.next()) {
        places.leaderships.push_back({{l.value(0).toLongLong(), l.value(1).toLongLong(), l.value(2).toLongLong(),
                                       l.value(3).toString(), toDate(l.value(4))},
                                      l.value(5).toString()});
    }
    places.redStewardId =
        scalar(db, QStringLiteral("SELECT id FROM red_steward WHERE person_id = ?"), {personId}).toLongLong();
    return places;
}

} // namespace cd
