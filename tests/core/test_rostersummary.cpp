// RosterSummary over a hand-made roster whose counts are known.
#include "testsupport.h"

#include "db/database.h"
#include "roster/rostersummary.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace cd;

namespace {

void exec(Database &db, const char *sql)
{
    QSqlQuery query(db.sql());
    INFO(sql);
    const bool ok = query.exec(QString::fromUtf8(sql));
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace

TEST_CASE("RosterSummary counts estates, dwellings, households and people", "[roster][summary]")
{
    test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("summary.sqlite"))).ok());

    SECTION("a fresh database is empty")
    {
        const Result<RosterSummary> summary = RosterSummary::load(db);
        REQUIRE(summary.ok());
        CHECK(summary->isEmpty());
        CHECK(summary->estates == 0);
        CHECK(summary->estateRows.empty());
    }

    SECTION("current, moved-out, archived and non-resident people")
    {
        exec(db, "INSERT INTO estate (id, name) VALUES (1, '阳光花园'), (2, '翠湖苑'), (3, '新建小区')");
        exec(db, "INSERT INTO building (id, estate_id, number) VALUES (1, 1, '1'), (2, 1, '2'), (3, 2, '1')");
        exec(db, "INSERT INTO unit (id, building_id, number) VALUES (1, 1, '1'), (2, 2, '1'), (3, 3, '1')");
        exec(db, "INSERT INTO dwelling (id, unit_id, room) VALUES (1, 1, '101'), (2, 1, '102'), (3, 1, '201'), "
                 "(4, 2, '101'), (5, 3, '101')");
        exec(db, "INSERT INTO person (id, name, archived) VALUES (1, '张三', 0), (2, '李四', 0), (3, '王五', 0), "
                 "(4, '赵六', 1), (5, '钱七', 0), (6, '孙八', 0)");
        // 李四 has two homes; 王五 moved out; 赵六 is archived; 钱七 only owns a flat.
        exec(db, "INSERT INTO residence (person_id, dwelling_id, moved_in, moved_out) VALUES "
                 "(1, 1, '2020-01-01', NULL), (2, 1, '2020-01-01', NULL), (2, 5, '2021-01-01', NULL), "
                 "(3, 2, '2019-01-01', '2022-01-01'), (4, 3, '2018-01-01', NULL), (6, 5, '2020-05-01', NULL)");
        exec(db, "INSERT INTO ownership (dwelling_id, person_id) VALUES (4, 5)");

        const Result<RosterSummary> loaded = RosterSummary::load(db);
        INFO(loaded.message().toStdString());
        REQUIRE(loaded.ok());
        const RosterSummary &s = loaded.value();
        CHECK_FALSE(s.isEmpty());
        CHECK(s.estates == 3);
        CHECK(s.buildings == 3);
        CHECK(s.units == 3);
        CHECK(s.dwellings == 5);
        CHECK(s.people == 5);
        CHECK(s.households == 2);
        CHECK(s.residents == 3);

        REQUIRE(s.estateRows.size() == 3);
        const EstateSummary &a = s.estateRows[0];
        CHECK(a.name == QStringLiteral("阳光花园"));
        CHECK(a.buildings == 2);
        CHECK(a.dwellings == 4);
        CHECK(a.households == 1);
        CHECK(a.residents == 2);
        const EstateSummary &b = s.estateRows[1];
        CHECK(b.name == QStringLiteral("翠湖苑"));
        CHECK(b.buildings == 1);
        CHECK(b.dwellings == 1);
        CHECK(b.households == 1);
        CHECK(b.residents == 2);
        const EstateSummary &c = s.estateRows[2];
        CHECK(c.buildings == 0);
        CHECK(c.dwellings == 0);
        CHECK(c.residents == 0);
    }

    SECTION("a closed database is an error, not a crash")
    {
        db.close();
        const Result<RosterSummary> summary = RosterSummary::load(db);
        CHECK_FALSE(summary.ok());
        CHECK_FALSE(summary.message().isEmpty());
    }
}
