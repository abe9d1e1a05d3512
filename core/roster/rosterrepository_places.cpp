// RosterRepository: estates, grids, buildings, units and dwellings.
#include "roster/rosterrepository.h"

#include "db/database.h"
#include "db/transaction.h"
#include "roster/rostercodes.h"
#include "roster/rostersql.h"
#include "roster/rowstore.h"

#include <QSqlError>

namespace cd {

using namespace rostersql;

namespace {

QVariantMap estateRow(const Estate &e)
{
    return {{QStringLiteral("name"), e.name.trimmed()},
            {QStringLiteral("address"), e.address.trimmed()},
            {QStringLiteral("developer"), e.developer.trimmed()},
            {QStringLiteral("notes"), e.notes}};
}

QVariantMap buildingRow(const Building &b)
{
    return {{QStringLiteral("estate_id"), b.estateId},
            {QStringLiteral("number"), b.number.trimmed().toUpper()},
            {QStringLiteral("address"), b.address.trimmed()},
            {QStringLiteral("floors"), optionalInt(b.floors)},
            {QStringLiteral("year_built"), optionalInt(b.yearBuilt)},
            {QStringLiteral("grid_id"), ref(b.gridId)},
            {QStringLiteral("property_company_id"), ref(b.propertyCompanyId)}};
}

QVariantMap dwellingRow(const Dwelling &d, const QString &occupancy)
{
    return {{QStringLiteral("unit_id"), d.unitId},
            {QStringLiteral("room"), d.room.trimmed().toUpper()},
            {QStringLiteral("floor"), optionalInt(d.floor)},
            {QStringLiteral("area_centi"), d.areaCenti},
            {QStringLiteral("occupancy"), occupancy},
            {QStringLiteral("delivered"), d.delivered ? 1 : 0}};
}

Building toBuilding(const QSqlQuery &q)
{
    Building b;
    b.id = q.value(0).toLongLong();
    b.estateId = q.value(1).toLongLong();
    b.number = q.value(2).toString();
    b.address = q.value(3).toString();
    b.floors = toOptionalInt(q.value(4));
    b.yearBuilt = toOptionalInt(q.value(5));
    b.gridId = q.value(6).toLongLong();
    b.propertyCompanyId = q.value(7).toLongLong();
    return b;
}

Dwelling toDwelling(const QSqlQuery &q)
{
    Dwelling d;
    d.id = q.value(0).toLongLong();
    d.unitId = q.value(1).toLongLong();
    d.room = q.value(2).toString();
    d.floor = toOptionalInt(q.value(3));
    d.areaCenti = q.value(4).toLongLong();
    d.occupancy = q.value(5).toString();
    d.delivered = q.value(6).toInt() != 0;
    return d;
}

const QString buildingColumns = QStringLiteral(
    "id, estate_id, number, address, floors, year_built, grid_id, property_company_id");
const QString dwellingColumns = QStringLiteral("id, unit_id, room, floor, area_centi, occupancy, delivered");
// Natural order for numbers that are usually digits ("2" before "10").
const QString numberOrder = QStringLiteral("CAST(number AS INTEGER), number");

bool exists(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return scalar(db, sql, values).isValid();
}

Status readFailure(const QSqlQuery &q)
{
    return Status::failure(RosterRepository::tr("Reading the roster failed: %1").arg(q.lastError().databaseText()));
}

} // namespace

Result<RosterChange> RosterRepository::saveEstate(const Estate &estate)
{
    const QString name = estate.name.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("The estate name is empty."));
    QSqlDatabase db = m_db.sql();
    if (exists(db, QStringLiteral("SELECT 1 FROM estate WHERE name = ? AND id <> ?"), {name, estate.id}))
        return Status::failure(tr("An estate named %1 already exists.").arg(name));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    RowStore store(db, &change);
    if (estate.id == 0) {
        change.description = tr("Add estate %1").arg(name);
        Result<qint64> id = store.insert(QStringLiteral("estate"), estateRow(estate));
        if (!id)
            return id.status();
        change.id = id.value();
    } else {
        change.description = tr("Edit estate %1").arg(name);
        change.id = estate.id;
        if (Status s = store.update(QStringLiteral("estate"), RowStore::idKey(estate.id), estateRow(estate)); !s)
            return s;
    }
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::removeEstate(qint64 id)
{
    if (exists(m_db.sql(), QStringLiteral("SELECT 1 FROM building WHERE estate_id = ? LIMIT 1"), {id}))
        return Status::failure(tr("The estate still has buildings; remove them first."));
    return removeRow(QStringLiteral("estate"), id, tr("Remove estate"));
}

Result<Estate> RosterRepository::estate(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, name, address, developer, notes FROM estate WHERE id = ?"), {id}))
        return readFailure(q);
    if (!q.next())
        return Status::failure(tr("The estate does not exist."));
    return Estate{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString(), q.value(4).toString()};
}

Result<std::vector<Estate>> RosterRepository::estates() const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, name, address, developer, notes FROM estate ORDER BY name"), {}))
        return readFailure(q);
    std::vector<Estate> out;
    while (q.next()) {
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

Result<qint64> RosterRepository::findEstate(const QString &name) const
{
    return scalar(m_db.sql(), QStringLiteral("SELECT id FROM estate WHERE name = ?"), {name.trimmed()}).toLongLong();
}

Result<RosterChange> RosterRepository::saveGrid(const Grid &grid)
{
    const QString name = grid.name.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("The grid name is empty."));
    QSqlDatabase db = m_db.sql();
    if (exists(db, QStringLiteral("SELECT 1 FROM grid WHERE name = ? AND id <> ?"), {name, grid.id}))
        return Status::failure(tr("A grid named %1 already exists.").arg(name));
    const QVariantMap row = {{QStringLiteral("name"), name},
                             {QStringLiteral("worker_name"), grid.workerName.trimmed()},
                             {QStringLiteral("worker_phone"), grid.workerPhone.trimmed()}};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    RowStore store(db, &change);
    change.description = grid.id ? tr("Edit grid %1").arg(name) : tr("Add grid %1").arg(name);
    if (grid.id == 0) {
        Result<qint64> id = store.insert(QStringLiteral("grid"), row);
        if (!id)
            return id.status();
        change.id = id.value();
    } else {
        change.id = grid.id;
        if (Status s = store.update(QStringLiteral("grid"), RowStore::idKey(grid.id), row); !s)
            return s;
    }
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::removeGrid(qint64 id)
{
    // Buildings keep existing without a grid: record their change so that undo restores it.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Remove grid");
    change.id = id;
    RowStore store(m_db.sql(), &change);
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id FROM building WHERE grid_id = ?"), {id}))
        return readFailure(q);
    while (q.next()) {
        if (Status s = store.update(QStringLiteral("building"), RowStore::idKey(q.value(0).toLongLong()),
                                    {{QStringLiteral("grid_id"), QVariant()}});
            !s)
            return s;
    }
    if (Status s = store.remove(QStringLiteral("grid"), RowStore::idKey(id)); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<std::vector<Grid>> RosterRepository::grids() const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, name, worker_name, worker_phone FROM grid ORDER BY name"), {}))
        return readFailure(q);
    std::vector<Grid> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Result<RosterChange> RosterRepository::saveBuilding(const Building &building)
{
    const QString number = building.number.trimmed().toUpper();
    QSqlDatabase db = m_db.sql();
    if (number.isEmpty())
        return Status::failure(tr("The building number is empty."));
    if (!exists(db, QStringLiteral("SELECT 1 FROM estate WHERE id = ?"), {building.estateId}))
        return Status::failure(tr("The building's estate does not exist."));
    if (exists(db, QStringLiteral("SELECT 1 FROM building WHERE estate_id = ? AND number = ? AND id <> ?"),
               {building.estateId, number, building.id}))
        return Status::failure(tr("Building %1 already exists in this estate.").arg(number));
    if (building.floors && (*building.floors < 1 || *building.floors > 200))
        return Status::failure(tr("The number of floors must be between 1 and 200."));
    if (building.yearBuilt && (*building.yearBuilt < 1800 || *building.yearBuilt > 2200))
        return Status::failure(tr("The year built must be between 1800 and 2200."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    RowStore store(db, &change);
    change.description = building.id ? tr("Edit building %1").arg(number) : tr("Add building %1").arg(number);
    if (building.id == 0) {
        Result<qint64> id = store.insert(QStringLiteral("building"), buildingRow(building));
        if (!id)
            return id.status();
        change.id = id.value();
    } else {
        change.id = building.id;
        if (Status s = store.update(QStringLiteral("building"), RowStore::idKey(building.id), buildingRow(building)); !s)
            return s;
    }
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::removeBuilding(qint64 id)
{
    if (exists(m_db.sql(), QStringLiteral("SELECT 1 FROM unit WHERE building_id = ? LIMIT 1"), {id}))
        return Status::failure(tr("The building still has units; remove them first."));
    if (exists(m_db.sql(), QStringLiteral("SELECT 1 FROM building_leader WHERE building_id = ? LIMIT 1"), {id}))
        return Status::failure(tr("The building still has building leaders; remove them first."));
    return removeRow(QStringLiteral("building"), id, tr("Remove building"));
}

Result<Building> RosterRepository::building(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM building WHERE id = ?").arg(buildingColumns), {id}))
        return readFailure(q);
    if (!q.next())
        return Status::failure(tr("The building does not exist."));
    return toBuilding(q);
}

Result<std::vector<Building>> RosterRepository::buildings(qint64 estateId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM building WHERE estate_id = ? ORDER BY %2").arg(buildingColumns, numberOrder),
             {estateId}))
        return readFailure(q);
    std::vector<Building> out;
    while (q.next())
        out.push_back(toBuilding(q));
    return out;
}

Result<RosterChange> RosterRepository::saveUnit(const Unit &unit)
{
    const QString number = unit.number.trimmed().toUpper();
    QSqlDatabase db = m_db.sql();
    if (number.isEmpty())
        return Status::failure(tr("The unit number is empty."));
    if (!exists(db, QStringLiteral("SELECT 1 FROM building WHERE id = ?"), {unit.buildingId}))
        return Status::failure(tr("The unit's building does not exist."));
    if (exists(db, QStringLiteral("SELECT 1 FROM unit WHERE building_id = ? AND number = ? AND id <> ?"),
               {unit.buildingId, number, unit.id}))
        return Status::failure(tr("Unit %1 already exists in this building.").arg(number));
    const QVariantMap row = {{QStringLiteral("building_id"), unit.buildingId}, {QStringLiteral("number"), number}};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    RowStore store(db, &change);
    change.description = unit.id ? tr("Edit unit %1").arg(number) : tr("Add unit %1").arg(number);
    if (unit.id == 0) {
        Result<qint64> id = store.insert(QStringLiteral("unit"), row);
        if (!id)
            return id.status();
        change.id = id.value();
    } else {
        change.id = unit.id;
        if (Status s = store.update(QStringLiteral("unit"), RowStore::idKey(unit.id), row); !s)
            return s;
    }
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::removeUnit(qint64 id)
{
    if (exists(m_db.sql(), QStringLiteral("SELECT 1 FROM dwelling WHERE unit_id = ? LIMIT 1"), {id}))
        return Status::failure(tr("The unit still has dwellings; remove them first."));
    return removeRow(QStringLiteral("unit"), id, tr("Remove unit"));
}

Result<std::vector<Unit>> RosterRepository::units(qint64 buildingId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, building_id, number FROM unit WHERE building_id = ? ORDER BY %1").arg(numberOrder),
             {buildingId}))
        return readFailure(q);
    std::vector<Unit> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return out;
}

Result<RosterChange> RosterRepository::saveDwelling(const Dwelling &dwelling)
{
    const QString room = dwelling.room.trimmed().toUpper();
    QSqlDatabase db = m_db.sql();
    if (room.isEmpty())
        return Status::failure(tr("The room number is empty."));
    if (!exists(db, QStringLiteral("SELECT 1 FROM unit WHERE id = ?"), {dwelling.unitId}))
        return Status::failure(tr("The dwelling's unit does not exist."));
    if (exists(db, QStringLiteral("SELECT 1 FROM dwelling WHERE unit_id = ? AND room = ? AND id <> ?"),
               {dwelling.unitId, room, dwelling.id}))
        return Status::failure(tr("Room %1 already exists in this unit.").arg(room));
    if (dwelling.areaCenti < 0)
        return Status::failure(tr("The area cannot be negative."));
    const QString occupancy = RosterCodes::isKnown(RosterCodes::List::Occupancy, dwelling.occupancy)
                                  ? dwelling.occupancy
                                  : RosterCodes::parse(RosterCodes::List::Occupancy, dwelling.occupancy);
    if (occupancy.isEmpty())
        return Status::failure(tr("The occupancy must be owner-occupied, rented, vacant or unsold."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    RowStore store(db, &change);
    change.description = dwelling.id ? tr("Edit dwelling %1").arg(room) : tr("Add dwelling %1").arg(room);
    if (dwelling.id == 0) {
        Result<qint64> id = store.insert(QStringLiteral("dwelling"), dwellingRow(dwelling, occupancy));
        if (!id)
            return id.status();
        change.id = id.value();
    } else {
        change.id = dwelling.id;
        if (Status s = store.update(QStringLiteral("dwelling"), RowStore::idKey(dwelling.id),
                                    dwellingRow(dwelling, occupancy));
            !s)
            return s;
    }
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::removeDwelling(qint64 id)
{
    QSqlDatabase db = m_db.sql();
    if (exists(db, QStringLiteral("SELECT 1 FROM residence WHERE dwelling_id = ? LIMIT 1"), {id}))
        return Status::failure(tr("People live or lived in this dwelling; it cannot be removed."));
    if (exists(db, QStringLiteral("SELECT 1 FROM ownership WHERE dwelling_id = ? LIMIT 1"), {id}))
        return Status::failure(tr("The dwelling has owners on record; it cannot be removed."));
    if (exists(db, QStringLiteral("SELECT 1 FROM red_steward_household WHERE dwelling_id = ? LIMIT 1"), {id}))
        return Status::failure(tr("A red steward looks after this dwelling; change the steward first."));
    return removeRow(QStringLiteral("dwelling"), id, tr("Remove dwelling"));
}

Result<Dwelling> RosterRepository::dwelling(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM dwelling WHERE id = ?").arg(dwellingColumns), {id}))
        return readFailure(q);
    if (!q.next())
        return Status::failure(tr("The dwelling does not exist."));
    return toDwelling(q);
}

Result<std::vector<Dwelling>> RosterRepository::dwellings(qint64 unitId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM dwelling WHERE unit_id = ? ORDER BY floor, CAST(room AS INTEGER), room")
                    .arg(dwellingColumns),
             {unitId}))
        return readFailure(q);
    std::vector<Dwelling> out;
    while (q.next())
        out.push_back(toDwelling(q));
    return out;
}

Result<qint64> RosterRepository::findDwelling(const QString &estateName, const QString &building,
                                              const QString &unit, const QString &room) const
{
    RoomReference ref;
    ref.building = building.trimmed().toUpper();
    ref.unit = unit.trimmed().toUpper();
    ref.room = room.trimmed().toUpper();
    return findDwelling(ref, estateName);
}

Result<qint64> RosterRepository::findDwelling(const RoomReference &reference, const QString &estateName) const
{
    const QString estateWanted = reference.estate.isEmpty() ? estateName.trimmed() : reference.estate;
    QSqlDatabase db = m_db.sql();
    if (!estateWanted.isEmpty() && !exists(db, QStringLiteral("SELECT 1 FROM estate WHERE name = ?"), {estateWanted}))
        return Status::failure(tr("There is no estate named %1.").arg(estateWanted));
    if (reference.building.isEmpty() || reference.room.isEmpty())
        return Status::failure(tr("%1 does not name a building and a room.").arg(reference.toString()));
    // Leading zeros are ignored ("03" is building 3); an empty unit matches any unit.
    QSqlQuery q(db);
    const bool ok = run(q, QStringLiteral(
        "SELECT d.id FROM dwelling d JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
        "JOIN estate e ON e.id = b.estate_id "
        "WHERE (? = '' OR e.name = ?) AND ltrim(upper(b.number), '0') = ltrim(?, '0') "
        "AND (? = '' OR ltrim(upper(u.number), '0') = ltrim(?, '0')) AND ltrim(upper(d.room), '0') = ltrim(?, '0') "
        "LIMIT 2"),
        {estateWanted, estateWanted, reference.building.toUpper(), reference.unit, reference.unit.toUpper(),
         reference.room.toUpper()});
    if (!ok)
        return readFailure(q);
    QList<qint64> found;
    while (q.next())
        found << q.value(0).toLongLong();
    const QString where = estateWanted.isEmpty() ? reference.toString()
                                                 : tr("%1 %2").arg(estateWanted, reference.toString());
    if (found.isEmpty())
        return Status::failure(tr("There is no dwelling %1.").arg(where));
    if (found.size() > 1)
        return Status::failure(tr("%1 matches more than one dwelling; name the estate and the unit.").arg(where));
    return found.first();
}

QString RosterRepository::dwellingAddress(qint64 dwellingId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT e.name, b.number, u.number, d.room FROM dwelling d "
                               "JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
                               "JOIN estate e ON e.id = b.estate_id WHERE d.id = ?"),
             {dwellingId})
        || !q.next())
        return QString();
    return QStringLiteral("%1 %2-%3-%4").arg(q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString(), q.value(3).toString());
}

} // namespace cd
