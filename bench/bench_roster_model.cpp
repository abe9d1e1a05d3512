// What the roster page's people table asks of the database at sub-district scale: the count plus
// the first page when a search or scope changes, and single pages deep into the result when the
// scroll bar is dragged (the table model reads page by page, never the whole result). Prints the
// median and worst time per case.
//
//   bench_roster_model [--households N] [--runs N] [--db FILE]
// With --db an existing database is used as it is (nothing is generated).

#include "db/database.h"
#include "demo/demogenerator.h"
#include "roster/peoplesearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cd;

namespace {

constexpr int pageSize = 100; // as PeopleTableModel::pageSize

qint64 scalar(Database &db, const char *sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int households = 100000;
    int runs = 9;
    QString existing;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--households"))
            households = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--db"))
            existing = args[i + 1];
    }

    QTemporaryDir dir;
    Database db;
    const QString path = existing.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : existing;
    if (Status s = db.open(path); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    if (existing.isEmpty()) {
        QElapsedTimer t;
        t.start();
        DemoOptions options;
        options.households = households;
        const auto summary = DemoGenerator::generate(db, options);
        if (!summary) {
            std::fprintf(stderr, "demo generator: %s\n", qPrintable(summary.message()));
            return 1;
        }
        std::printf("generated %d dwellings, %d people in %.1f s\n", summary->dwellings, summary->people,
                    double(t.elapsed()) / 1000.0);
    }
    std::printf("people: %lld\n", scalar(db, "SELECT count(*) FROM person"));

    struct Case
    {
        const char *label;
        PeopleQuery query;
    };
    PeopleQuery everyone;
    PeopleQuery byName;
    byName.order = PeopleQuery::Order::Name;
    PeopleQuery byAddress;
    byAddress.order = PeopleQuery::Order::Address;
    PeopleQuery estate;
    estate.estateId = scalar(db, "SELECT id FROM estate ORDER BY id LIMIT 1");
    estate.order = PeopleQuery::Order::Address;
    PeopleQuery building;
    building.buildingId = scalar(db, "SELECT id FROM building ORDER BY id LIMIT 1");
    building.order = PeopleQuery::Order::Address;
    PeopleQuery party;
    party.politicalStatus = QStringLiteral("cpc_member");
    const std::vector<Case> cases = {
        {"everyone, roster order", everyone}, {"everyone, by name", byName},
        {"everyone, by address", byAddress},  {"estate (first), by address", estate},
        {"building (first), by address", building}, {"cpc members, roster order", party},
    };

    PeopleSearch search(db);
    std::printf("%-30s %8s %12s %12s %12s %12s\n", "case", "rows", "open ms", "page@50% ms", "page@end ms",
                "worst ms");
    for (const Case &c : cases) {
        std::vector<double> open, middle, end;
        double worst = 0;
        int rows = 0;
        for (int i = 0; i <= runs; ++i) {
            QElapsedTimer t;
            t.start();
            const auto count = search.count(c.query);
            const auto first = search.page(c.query, 0, pageSize);
            const double openMs = double(t.nsecsElapsed()) / 1e6;
            if (!count || !first) {
                std::fprintf(stderr, "%s: %s\n", c.label, qPrintable(count ? first.message() : count.message()));
                return 1;
            }
            rows = count.value();
            const int lastPage = qMax(0, (rows - 1) / pageSize);
            t.restart();
            const auto mid = search.page(c.query, (lastPage / 2) * pageSize, pageSize);
            const double midMs = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            const auto last = search.page(c.query, lastPage * pageSize, pageSize);
            const double endMs = double(t.nsecsElapsed()) / 1e6;
            if (!mid || !last)
                return 1;
            if (i == 0)
                continue; // warms the cache
            open.push_back(openMs);
            middle.push_back(midMs);
            end.push_back(endMs);
            worst = std::max({worst, openMs, midMs, endMs});
        }
        std::printf("%-30s %8d %12.1f %12.1f %12.1f %12.1f\n", c.label, rows, median(open), median(middle),
                    median(end), worst);
    }
    return 0;
}
