#include "roster/rostersummary.h"

#include "db/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

// "Lives there now": the residence has not ended and the person is not archived.
const char *const currentResidence = "r.moved_out IS NULL AND p.archived = 0";

QString withCurrentResidence(const char *sql)
{
    return QString::fromLatin1(sql).arg(QLatin1String(currentResidence));
}

} // namespace

Result<RosterSummary> RosterSummary::load(const Database &database)
{
    if (!database.isOpen())
        return Status::failure(tr("No database is open."));
    const QSqlDatabase db = database.sql();
    RosterSummary summary;

    struct Count
    {
        int *target;
        QString sql;
    };
    const Count counts[] = {
        {&summary.estates, QStringLiteral("SELECT count(*) FROM estate")},
        {&summary.buildings, QStringLiteral("SELECT count(*) FROM building")},
        {&summary.units, QStringLiteral("SELECT count(*) FROM unit")},
        {&summary.dwellings, QStringLiteral("SELECT count(*) FROM dwelling")},
        {&summary.people, QStringLiteral("SELECT count(*) FROM person WHERE archived = 0")},
        {&summary.households,
         withCurrentResidence("SELECT count(DISTINCT r.dwelling_id) FROM residence r "
                              "JOIN person p ON p.id = r.person_id WHERE %1")},
        {&summary.residents,
         withCurrentResidence("SELECT count(DISTINCT r.person_id) FROM residence r "
                              "JOIN person p ON p.id = r.person_id WHERE %1")},
    };
    for (const Count &count : counts) {
        QSqlQuery query(db);
        if (!query.exec(count.sql) || !query.next())
            return Status::failure(tr("The community summary could not be read: %1").arg(query.lastError().text()));
        *count.target = query.value(0).toInt();
    }

    // One pass per measure, grouped by estate, instead of correlated sub-queries per row:
    // stays fast with 100,000 dwellings.
    QHash<qint64, std::size_t> rowOf;
    QSqlQuery estates(db);
    if (!estates.exec(QStringLiteral("SELECT id, name FROM estate ORDER BY id")))
        return Status::failure(tr("The community summary could not be read: %1").arg(estates.lastError().text()));
    while (estates.next()) {
        EstateSummary row;
        row.id = estates.value(0).toLongLong();
        row.name = estates.value(1).toString();
        rowOf.insert(row.id, summary.estateRows.size());
        summary.estateRows.push_back(row);
    }

    struct Grouped
    {
        int EstateSummary::*field;
        QString sql;
    };
    const Grouped grouped[] = {
        {&EstateSummary::buildings,
         QStringLiteral("SELECT estate_id, count(*) FROM building GROUP BY estate_id")},
        {&EstateSummary::dwellings,
         QStringLiteral("SELECT b.estate_id, count(*) FROM dwelling d JOIN unit u ON u.id = d.unit_id "
                        "JOIN building b ON b.id = u.building_id GROUP BY b.estate_id")},
        {&EstateSummary::households,
         withCurrentResidence("SELECT b.estate_id, count(DISTINCT r.dwelling_id) FROM residence r "
                              "JOIN person p ON p.id = r.person_id JOIN dwelling d ON d.id = r.dwelling_id "
                              "JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
                              "WHERE %1 GROUP BY b.estate_id")},
        {&EstateSummary::residents,
         withCurrentResidence("SELECT b.estate_id, count(DISTINCT r.person_id) FROM residence r "
                              "JOIN person p ON p.id = r.person_id JOIN dwelling d ON d.id = r.dwelling_id "
                              "JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
                              "WHERE %1 GROUP BY b.estate_id")},
    };
    for (const Grouped &measure : grouped) {
        QSqlQuery query(db);
        if (!query.exec(measure.sql))
            return Status::failure(tr("The community summary could not be read: %1").arg(query.lastError().text()));
        while (query.next()) {
            const auto found = rowOf.constFind(query.value(0).toLongLong());
            if (found != rowOf.constEnd())
                summary.estateRows[*found].*measure.field = query.value(1).toInt();
        }
    }
    return summary;
}

} // namespace cd
