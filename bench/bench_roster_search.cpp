// Search-box latency on a sub-district-sized roster: fills a temporary database with the demo
// generator (100,000 dwellings, about 250,000 people by default) and prints, per typical query,
// the median and 95th percentile of count() plus the first page of 100 rows: wall-clock time, and
// the process's CPU time (std::clock), which stays meaningful on a machine busy with other work.
//
//   bench_roster_search [--households N] [--runs N] [--db FILE] [--cache-mb N]
// With --db FILE the database is kept there; one that already holds people is searched as it is.

#include "db/database.h"
#include "demo/demogenerator.h"
#include "roster/peoplesearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace cd;

namespace {

qint64 firstId(Database &db, const char *sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QString firstText(Database &db, const char *sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QString::fromUtf8(sql)) || !q.next())
        return QString();
    return q.value(0).toString();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int households = 100000;
    int runs = 21;
    QString existing;
    int cacheMb = 0; // 0: the connection's default page cache
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--households"))
            households = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--db"))
            existing = args[i + 1];
        else if (args[i] == QLatin1String("--cache-mb"))
            cacheMb = args[i + 1].toInt();
    }

    QTemporaryDir dir;
    Database db;
    const QString path = existing.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : existing;
    if (Status s = db.open(path); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    if (firstId(db, "SELECT count(*) FROM person") == 0) {
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
    if (cacheMb > 0)
        QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheMb * 1024));
    QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA optimize"));
    QSqlQuery(db.sql()).exec(QStringLiteral("ANALYZE"));
    std::printf("people: %lld, file: %.1f MB\n", firstId(db, "SELECT count(*) FROM person"),
                double(QFileInfo(path).size()) / 1048576.0);

    struct Case
    {
        const char *label;
        PeopleQuery query;
    };
    auto text = [](const char *t) {
        PeopleQuery q;
        q.text = QString::fromUtf8(t);
        return q;
    };
    std::vector<Case> cases = {
        {"(everyone)", PeopleQuery()},
        {"王", text("王")},
        {"王建", text("王建")},
        {"张三丰", text("张三丰")},
        {"z", text("z")},
        {"zsf", text("zsf")},
        {"zhangsan", text("zhangsan")},
        {"1380013", text("1380013")},
        {"8000", text("8000")},
        {"3-2-501", text("3-2-501")},
        {"3栋2单元", text("3栋2单元")},
        {"王 3-2", text("王 3-2")},
    };
    // A name that exists, typed as its first 2 and 3 characters.
    const QString common = firstText(db, "SELECT name FROM person WHERE length(name) = 3 ORDER BY id LIMIT 1 OFFSET 1000");
    if (!common.isEmpty()) {
        static QByteArray two = common.left(2).toUtf8(), three = common.toUtf8();
        cases.push_back({two.constData(), text(two.constData())});
        cases.push_back({three.constData(), text(three.constData())});
    }
    PeopleQuery tag;
    tag.tag = QStringLiteral("elderly_alone");
    cases.push_back({"tag elderly_alone", tag});
    PeopleQuery party;
    party.politicalStatus = QStringLiteral("cpc_member");
    cases.push_back({"political cpc_member", party});
    PeopleQuery grid;
    grid.gridId = firstId(db, "SELECT id FROM grid ORDER BY id LIMIT 1");
    cases.push_back({"grid (first)", grid});
    PeopleQuery estate = text("王");
    estate.estateId = firstId(db, "SELECT id FROM estate ORDER BY id LIMIT 1");
    cases.push_back({"estate (first) + 王", estate});
    PeopleQuery byName;
    byName.order = PeopleQuery::Order::Name;
    cases.push_back({"(everyone) by name", byName});
    PeopleQuery building;
    building.buildingId = firstId(db, "SELECT id FROM building ORDER BY id LIMIT 1");
    building.order = PeopleQuery::Order::Address;
    cases.push_back({"building (first) by address", building});

    PeopleSearch search(db);
    std::printf("%-30s %8s %10s %10s %10s %10s\n", "query", "matches", "median ms", "p95 ms", "cpu med", "cpu p95");
    std::vector<double> medians;
    std::vector<double> cpuMedians;
    for (const Case &c : cases) {
        std::vector<double> times;
        std::vector<double> cpuTimes;
        int matches = -1;
        for (int i = 0; i <= runs; ++i) {
            QElapsedTimer t;
            t.start();
            const std::clock_t cpuStart = std::clock();
            const auto count = search.count(c.query);
            const auto page = search.page(c.query, 0, 100);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
            if (!count || !page) {
                std::fprintf(stderr, "%s: %s\n", c.label, qPrintable(count ? page.message() : count.message()));
                return 1;
            }
            matches = count.value();
            if (i > 0) { // the first run warms the cache
                times.push_back(ms);
                cpuTimes.push_back(cpuMs);
            }
        }
        medians.push_back(percentile(times, 0.5));
        cpuMedians.push_back(percentile(cpuTimes, 0.5));
        std::printf("%-30s %8d %10.1f %10.1f %10.1f %10.1f\n", c.label, matches, percentile(times, 0.5),
                    percentile(times, 0.95), percentile(cpuTimes, 0.5), percentile(cpuTimes, 0.95));
    }
    std::printf("wall: median of medians %.1f ms, worst median %.1f ms; cpu: median of medians %.1f ms, "
                "worst median %.1f ms\n",
                percentile(medians, 0.5), *std::max_element(medians.begin(), medians.end()),
                percentile(cpuMedians, 0.5), *std::max_element(cpuMedians.begin(), cpuMedians.end()));
    return 0;
}
