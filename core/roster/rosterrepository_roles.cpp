// RosterRepository: building leaders (楼栋长) and red stewards (红色管家) with their households.
#include "roster/rosterrepository.h"

#include "db/database.h"
#include "db/transaction.h"
#include "roster/rostercodes.h"
#include "roster/rostersql.h"
#include "roster/rowstore.h"

#include <QSqlError>
#include <algorithm>

namespace cd {

using namespace rostersql;

namespace {

Status readFailure(const QSqlQuery &q)
{
    return Status::failure(RosterRepository::tr("Reading the roster failed: %1").arg(q.lastError().databaseText()));
}

bool exists(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return scalar(db, sql, values).isValid();
}

} // namespace

Result<RosterChange> RosterRepository::addBuildingLeader(const BuildingLeader &leader)
{
    QSqlDatabase db = m_db.sql();
    const QString kind = RosterCodes::isKnown(RosterCodes::List::LeaderKind, leader.kind)
                             ? leader.kind
                             : RosterCodes::parse(RosterCodes::List::LeaderKind, leader.kind);
    if (kind.isEmpty())
        return Status::failure(tr("The building leader kind must be senior, young or junior."));
    Result<Building> b = building(leader.buildingId);
    if (!b)
        return b.status();
    Result<Person> p = person(leader.personId);
    if (!p)
        return p.status();
    if (p->archived)
        return Status::failure(tr("%1 is archived; restore the person first.").arg(p->name));
    if (exists(db, QStringLiteral("SELECT 1 FROM building_leader WHERE building_id = ? AND person_id = ?"),
               {leader.buildingId, leader.personId}))
        return Status::failure(tr("%1 is already a leader of building %2.").arg(p->name, b->number));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("%1 becomes a leader of building %2").arg(p->name, b->number);
    RowStore store(db, &change);
    Result<qint64> id = store.insert(QStringLiteral("building_leader"),
                                     {{QStringLiteral("building_id"), leader.buildingId},
                                      {QStringLiteral("person_id"), leader.personId},
                                      {QStringLiteral("kind"), kind},
                                      {QStringLiteral("since"), date(leader.since)}});
    if (!id)
        return id.status();
    change.id = id.value();
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::removeBuildingLeader(qint64 leaderId)
{
    return removeRow(QStringLiteral("building_leader"), leaderId, tr("Remove building leader"));
}

Result<std::vector<BuildingLeader>> RosterRepository::buildingLeaders(qint64 buildingId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, building_id, person_id, kind, since FROM building_leader "
                               "WHERE building_id = ? ORDER BY CASE kind WHEN 'senior' THEN 0 WHEN 'young' THEN 1 "
                               "ELSE 2 END, id"),
             {buildingId}))
        return readFailure(q);
    std::vector<BuildingLeader> out;
    while (q.next()) {
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toString(), toDate(q.value(4))});
    }
    return out;
}

Result<RosterChange> RosterRepository::saveRedSteward(const RedSteward &steward)
{
    QSqlDatabase db = m_db.sql();
    Result<Person> p = person(steward.personId);
    if (!p)
        return p.status();
    if (exists(db, QStringLiteral("SELECT 1 FROM red_steward WHERE person_id = ? AND id <> ?"), {steward.personId, steward.id}))
        return Status::failure(tr("%1 is already a red steward.").arg(p->name));
    if (steward.propertyCompanyId
        && !exists(db, QStringLiteral("SELECT 1 FROM property_company WHERE id = ?"), {steward.propertyCompanyId}))
        return Status::failure(tr("The property company does not exist."));
    for (qint64 d : steward.dwellingIds) {
        if (dwellingAddress(d).isEmpty())
            return Status::failure(tr("One of the steward's households does not exist."));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Red steward %1").arg(p->name);
    RowStore store(db, &change);
    const QVariantMap row = {{QStringLiteral("person_id"), steward.personId},
                             {QStringLiteral("property_company_id"), ref(steward.propertyCompanyId)},
                             {QStringLiteral("since"), date(steward.since)}};
    QList<qint64> existing;
    if (steward.id == 0) {
        Result<qint64> id = store.insert(QStringLiteral("red_steward"), row);
        if (!id)
            return id.status();
        change.id = id.value();
    } else {
        change.id = steward.id;
        if (Status s = store.update(QStringLiteral("red_steward"), RowStore::idKey(steward.id), row); !s)
            return s;
        QSqlQuery q(db);
        if (!run(q, QStringLiteral("SELECT dwelling_id FROM red_steward_household WHERE steward_id = ?"), {steward.id}))
            return readFailure(q);
        while (q.next())
            existing << q.value(0).toLongLong();
    }
    for (qint64 d : existing) {
        if (std::find(steward.dwellingIds.begin(), steward.dwellingIds.end(), d) == steward.dwellingIds.end()) {
            if (Status s = store.remove(QStringLiteral("red_steward_household"),
                                        {{QStringLiteral("steward_id"), change.id}, {QStringLiteral("dwelling_id"), d}});
                !s)
                return s;
        }
    }
    for (qint64 d : steward.dwellingIds) {
        if (existing.contains(d))
            continue;
        existing << d;
        Result<qint64> added = store.insert(QStringLiteral("red_steward_household"),
                                            {{QStringLiteral("steward_id"), change.id}, {QStringLiteral("dwelling_id"), d}});
        if (!added)
            return added.status();
    }
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::removeRedSteward(qint64 stewardId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Remove red steward");
    change.id = stewardId;
    RowStore store(m_db.sql(), &change);
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT dwelling_id FROM red_steward_household WHERE steward_id = ?"), {stewardId}))
        return readFailure(q);
    QList<qint64> households;
    while (q.next())
        households << q.value(0).toLongLong();
    for (qint64 d : households) {
        if (Status s = store.remove(QStringLiteral("red_steward_household"),
                                    {{QStringLiteral("steward_id"), stewardId}, {QStringLiteral("dwelling_id"), d}});
            !s)
            return s;
    }
    if (Status s = store.remove(QStringLiteral("red_steward"), RowStore::idKey(stewardId)); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<std::vector<RedSteward>> RosterRepository::redStewards() const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT s.id, s.person_id, s.property_company_id, s.since FROM red_steward s "
                               "JOIN person p ON p.id = s.person_id ORDER BY p.name_pinyin, s.id"),
             {}))
        return readFailure(q);
    std::vector<RedSteward> out;
    while (q.next()) {
        RedSteward s;
        s.id = q.value(0).toLongLong();
        s.personId = q.value(1).toLongLong();
        s.propertyCompanyId = q.value(2).toLongLong();
        s.since = toDate(q.value(3));
        QSqlQuery h(m_db.sql());
        if (run(h, QStringLiteral("SELECT dwelling_id FROM red_steward_household WHERE steward_id = ? ORDER BY dwelling_id"),
                {s.id})) {
            while (h.next())
                s.dwellingIds.push_back(h.value(0).toLongLong());
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace cd
