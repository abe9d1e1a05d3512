// The roster export reports its progress and can be cancelled part-way: then no file is left.
#include "db/database.h"
#include "demo/demogenerator.h"
#include "roster/rosterexport.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace cd;

TEST_CASE("roster export: progress up to 100%, a cancel part-way leaves no file", "[roster][export]")
{
    test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("r.sqlite"))).ok());
    DemoOptions demo;
    demo.households = 600; // over 1,000 people: the writers report every 1,000 rows
    REQUIRE(DemoGenerator::generate(db, demo).ok());

    for (const char *name : {"roster.xlsx", "roster.csv"}) {
        INFO(name);
        const QString path = dir.file(QString::fromLatin1(name));
        RosterExport::Options options;
        QList<int> seen;
        options.progress = [&](int percent) {
            seen << percent;
            return true;
        };
        const Result<int> full = RosterExport::writeFile(db, path, options);
        REQUIRE(full.ok());
        REQUIRE(full.value() > 1000);
        REQUIRE(seen.size() >= 2);
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        CHECK(seen.last() == 100);
        QFile::remove(path);

        options.progress = [](int percent) { return percent < 1; }; // cancel once writing has begun
        const Result<int> cancelled = RosterExport::writeFile(db, path, options);
        CHECK_FALSE(cancelled.ok());
        CHECK(cancelled.message().contains(QStringLiteral("cancelled")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
}
