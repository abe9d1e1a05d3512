#include "roster/rosterlisting.h"

#include "db/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

Status RosterListing::forEach(Database &database, const RosterScope &scope,
                              const std::function<bool(const RosterLine &)> &visit)
{
    if (!scope.estateName.isEmpty()) {
        QSqlQuery check(database.sql());
        check.prepare(QStringLiteral("SELECT count(*) FROM estate WHERE name = ?"));
        check.addBindValue(scope.estateName);
        if (!check.exec() || !check.next() || check.value(0).toInt() == 0)
            return Status::failure(tr("There is no estate named %1.").arg(scope.estateName));
    }
    // The current residence (moved_out IS NULL) gives the address; people without one are
    // owners living elsewhere and come last unless only residents are wanted.
    QSqlQuery query(database.sql());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.id, e.name, b.number, u.number, d.room, d.area_centi, d.occupancy, p.name, p.sex, "
        "       p.id_number, p.birth_date, p.phone, p.ethnicity, p.political_status, p.hukou, r.relation, "
        "       EXISTS (SELECT 1 FROM ownership o WHERE o.person_id = p.id AND o.until IS NULL "
        "               AND (r.dwelling_id IS NULL OR o.dwelling_id = r.dwelling_id)), "
        "       (SELECT group_concat(tag, ',') FROM person_tag t WHERE t.person_id = p.id), p.notes "
        "FROM person p "
        "LEFT JOIN residence r ON r.id = (SELECT r2.id FROM residence r2 WHERE r2.person_id = p.id "
        "                                 AND r2.moved_out IS NULL ORDER BY r2.id DESC LIMIT 1) "
        "LEFT JOIN dwelling d ON d.id = r.dwelling_id "
        "LEFT JOIN unit u ON u.id = d.unit_id "
        "LEFT JOIN building b ON b.id = u.building_id "
        "LEFT JOIN estate e ON e.id = b.estate_id "
        "WHERE p.archived = 0 "
        "  AND (? = '' OR e.name = ?) AND (? = '' OR b.number = ?) AND (? = 0 OR r.id IS NOT NULL) "
        "ORDER BY e.id IS NULL, e.name, length(b.number), b.number, length(u.number), u.number, "
        "         length(d.room), d.room, CASE WHEN r.relation = '户主' THEN 0 ELSE 1 END, p.id"));
    // A null QString binds as NULL, and NULL = '' is not true: bind empty strings.
    const QString estate = scope.estateName.isNull() ? QStringLiteral("") : scope.estateName;
    const QString building = scope.building.isNull() ? QStringLiteral("") : scope.building;
    query.addBindValue(estate);
    query.addBindValue(estate);
    query.addBindValue(building);
    query.addBindValue(building);
    query.addBindValue(scope.residentsOnly || !scope.estateName.isEmpty() ? 1 : 0);
    if (!query.exec())
        return Status::failure(tr("The roster could not be read: %1").arg(query.lastError().text()));
    RosterLine line;
    while (query.next()) {
        line.personId = query.value(0).toLongLong();
        line.estate = query.value(1).toString();
        line.building = query.value(2).toString();
        line.unit = query.value(3).toString();
        line.room = query.value(4).toString();
        line.areaCenti = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
        line.occupancy = query.value(6).toString();
        line.name = query.value(7).toString();
        line.sex = query.value(8).toString();
        line.idNumber = query.value(9).toString();
        line.birthDate = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        line.phone = query.value(11).toString();
        line.ethnicity = query.value(12).toString();
        line.politicalStatus = query.value(13).toString();
        line.hukou = query.value(14).toString();
        line.relation = query.value(15).toString();
        line.owner = query.value(16).toInt() != 0;
        const QString tags = query.value(17).toString();
        line.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char(','));
        line.notes = query.value(18).toString();
        if (!visit(line))
            break;
    }
    return Status::success();
}

} // namespace cd
