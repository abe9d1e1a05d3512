#include "roster/peoplesearch.h"

#include "db/database.h"
#include "roster/rostersql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

QString orderBy(PeopleQuery::Order order)
{
    switch (order) {
    case PeopleQuery::Order::Name:
        return QStringLiteral("p.name_pinyin, p.id");
    case PeopleQuery::Order::Address:
        // People with no dwelling last; numbers in natural order ("2" before "10").
        return QStringLiteral("e.name IS NULL, e.name, CAST(b.number AS INTEGER), b.number, "
                              "CAST(u.number AS INTEGER), u.number, CAST(d.room AS INTEGER), d.room, p.id");
    case PeopleQuery::Order::Roster:
        break;
    }
    return QStringLiteral("p.id");
}

// A person's current home (the first one, if several) and its address.
const QString currentHome = QStringLiteral(
    "LEFT JOIN residence r ON r.id = (SELECT min(r2.id) FROM residence r2 "
    "WHERE r2.person_id = p.id AND r2.moved_out IS NULL) "
    "LEFT JOIN dwelling d ON d.id = r.dwelling_id LEFT JOIN unit u ON u.id = d.unit_id "
    "LEFT JOIN building b ON b.id = u.building_id LEFT JOIN estate e ON e.id = b.estate_id");

} // namespace

PeopleSearch::PeopleSearch(const Database &database) : m_db(database) {}

int PeopleSearch::ageOn(QDate birthDate, QDate day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

Result<int> PeopleSearch::count(const PeopleQuery &query) const
{
    const PeopleQuery::Where where = query.where();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM person p WHERE %1").arg(where.sql));
    for (const QVariant &v : where.values)
        q.addBindValue(rostersql::bindable(v));
    if (!q.exec() || !q.next())
        return Status::failure(tr("The search failed: %1").arg(q.lastError().databaseText()));
    return q.value(0).toInt();
}

Result<std::vector<PersonRow>> PeopleSearch::page(const PeopleQuery &query, int offset, int limit) const
{
    // The page's ids are chosen first, so that the details (current residence, address, tags)
    // are looked up for those rows only, not for every match before sorting.
    const PeopleQuery::Where where = query.where();
    const QString order = orderBy(query.order);
    const QString selected =
        query.order == PeopleQuery::Order::Address
            ? QStringLiteral("SELECT p.id FROM person p %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                  .arg(currentHome, where.sql, order)
            : QStringLiteral("SELECT p.id FROM person p WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?").arg(where.sql, order);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT p.id, p.name, p.sex, p.id_number, p.birth_date, p.phone, p.political_status, p.archived, "
                  "(SELECT group_concat(t.tag, ',') FROM person_tag t WHERE t.person_id = p.id), "
                  "r.dwelling_id, r.relation, e.name, b.number, u.number, d.room "
                  "FROM (%1) page JOIN person p ON p.id = page.id %2 ORDER BY %3")
                  .arg(selected, currentHome, order));
    for (const QVariant &v : where.values)
        q.addBindValue(rostersql::bindable(v));
    q.addBindValue(qMax(0, limit));
    q.addBindValue(qMax(0, offset));
    if (!q.exec())
        return Status::failure(tr("The search failed: %1").arg(q.lastError().databaseText()));
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    std::vector<PersonRow> rows;
    rows.reserve(size_t(qMax(0, limit)));
    while (q.next()) {
        PersonRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.sex = q.value(2).toString();
        row.idNumber = q.value(3).toString();
        row.birthDate = q.value(4).isNull() ? QDate() : QDate::fromString(q.value(4).toString(), Qt::ISODate);
        row.age = ageOn(row.birthDate, today);
        row.phone = q.value(5).toString();
        row.politicalStatus = q.value(6).toString();
        row.archived = q.value(7).toInt() != 0;
        const QString tags = q.value(8).toString();
        if (!tags.isEmpty()) {
            row.tags = tags.split(QLatin1Char(','));
            row.tags.sort();
        }
        row.dwellingId = q.value(9).toLongLong();
        row.relation = q.value(10).toString();
        if (row.dwellingId) {
            row.address = QStringLiteral("%1 %2-%3-%4").arg(q.value(11).toString(), q.value(12).toString(),
                                                           q.value(13).toString(), q.value(14).toString());
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace cd
