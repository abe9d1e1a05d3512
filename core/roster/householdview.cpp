#include "roster/householdview.h"

#include "db/database.h"
#include "roster/rostersql.h"

#include <QSqlError>
#include <algorithm>

namespace cd {

using namespace rostersql;

QString HouseholdView::Event::describe() const
{
    if (kind == QLatin1String("moved_in"))
        return detail.isEmpty() ? tr("%1 moved in").arg(name) : tr("%1 moved in (%2)").arg(name, detail);
    if (kind == QLatin1String("moved_out"))
        return tr("%1 moved out").arg(name);
    if (kind == QLatin1String("owner_from"))
        return tr("%1 became an owner").arg(name);
    if (kind == QLatin1String("owner_until"))
        return tr("%1 ceased to be an owner").arg(name);
    return name;
}

Result<HouseholdView> HouseholdView::load(const Database &database, qint64 dwellingId)
{
    QSqlDatabase db = database.sql();
    HouseholdView view;
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT d.id, d.unit_id, d.room, d.floor, d.area_centi, d.occupancy, d.delivered, "
                               "e.name, b.number, u.number, e.developer FROM dwelling d "
                               "JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
                               "JOIN estate e ON e.id = b.estate_id WHERE d.id = ?"),
             {dwellingId}))
        return Status::failure(tr("Reading the household failed: %1").arg(q.lastError().databaseText()));
    if (!q.next())
        return Status::failure(tr("The dwelling does not exist."));
    view.dwelling = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     toOptionalInt(q.value(3)), q.value(4).toLongLong(), q.value(5).toString(),
                     q.value(6).toInt() != 0};
    view.estateName = q.value(7).toString();
    view.buildingNumber = q.value(8).toString();
    view.unitNumber = q.value(9).toString();
    const QString developer = q.value(10).toString().isEmpty() ? tr("Developer") : q.value(10).toString();
    view.address = QStringLiteral("%1 %2-%3-%4").arg(view.estateName, view.buildingNumber, view.unitNumber,
                                                    view.dwelling.room);

    QSqlQuery r(db);
    if (!run(r, QStringLiteral("SELECT r.id, r.person_id, p.name, p.sex, r.relation, r.moved_in, r.moved_out, p.archived "
                               "FROM residence r JOIN person p ON p.id = r.person_id WHERE r.dwelling_id = ? "
                               "ORDER BY r.moved_in IS NOT NULL, r.moved_in, r.id"),
             {dwellingId}))
        return Status::failure(tr("Reading the household failed: %1").arg(r.lastError().databaseText()));
    while (r.next()) {
        Member m{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                 r.value(4).toString(), toDate(r.value(5)), toDate(r.value(6)), r.value(7).toInt() != 0};
        view.history.push_back({m.movedIn, QStringLiteral("moved_in"), m.personId, m.name, m.relation});
        if (m.movedOut.isValid()) {
            view.history.push_back({m.movedOut, QStringLiteral("moved_out"), m.personId, m.name, QString()});
            view.former.push_back(m);
        } else {
            view.residents.push_back(m);
        }
    }
    std::stable_sort(view.former.begin(), view.former.end(),
                     [](const Member &a, const Member &b) { return a.movedOut > b.movedOut; });

    QSqlQuery o(db);
    if (!run(o, QStringLiteral("SELECT o.id, o.person_id, p.name, o.is_voter, o.since, o.until FROM ownership o "
                               "LEFT JOIN person p ON p.id = o.person_id WHERE o.dwelling_id = ? "
                               "ORDER BY o.since IS NOT NULL, o.since, o.id"),
             {dwellingId}))
        return Status::failure(tr("Reading the household failed: %1").arg(o.lastError().databaseText()));
    while (o.next()) {
        Owner owner{o.value(0).toLongLong(), o.value(1).toLongLong(),
                    o.value(1).isNull() ? developer : o.value(2).toString(), o.value(3).toInt() != 0,
                    toDate(o.value(4)), toDate(o.value(5))};
        view.history.push_back({owner.since, QStringLiteral("owner_from"), owner.personId, owner.name, QString()});
        if (owner.until.isValid()) {
            view.history.push_back({owner.until, QStringLiteral("owner_until"), owner.personId, owner.name, QString()});
            view.formerOwners.push_back(owner);
        } else {
            view.owners.push_back(owner);
        }
    }
    // Undated records first (their time is unknown), then by date; equal dates keep their order.
    std::stable_sort(view.history.begin(), view.history.end(), [](const Event &a, const Event &b) {
        if (a.date.isValid() != b.date.isValid())
            return !a.date.isValid();
        return a.date < b.date;
    });

    QSqlQuery s(db);
    if (run(s, QStringLiteral("SELECT p.id, p.name FROM red_steward_household h JOIN red_steward s ON s.id = h.steward_id "
                              "JOIN person p ON p.id = s.person_id WHERE h.dwelling_id = ? LIMIT 1"),
            {dwellingId})
        && s.next()) {
        view.stewardPersonId = s.value(0).toLongLong();
        view.stewardName = s.value(1).toString();
    }
    return view;
}

} // namespace cd
