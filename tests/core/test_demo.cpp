// The demo community generator: deterministic for a seed, realistic in its counts and rules,
// valid identifiers, all-or-nothing writes. Identifier checks here are written independently of
// the generator (and of core/roster), from GB 11643 and GB 32100.
#include "db/database.h"
#include "demo/demogenerator.h"
#include "demo/demorunner.h"
#include "demo/rosterdemo.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

QVariant scalar(cd::Database &db, const QString &sql)
{
    QSqlQuery query(db.sql());
    if (!query.exec(sql) || !query.next()) {
        FAIL(str(sql + QStringLiteral(": ") + query.lastError().text()));
        return {};
    }
    return query.value(0);
}

qint64 count(cd::Database &db, const QString &sql)
{
    return scalar(db, sql).toLongLong();
}

std::vector<QStringList> rows(cd::Database &db, const QString &sql)
{
    std::vector<QStringList> out;
    QSqlQuery query(db.sql());
    if (!query.exec(sql))
        FAIL(str(sql + QStringLiteral(": ") + query.lastError().text()));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
        out.push_back(row);
    }
    return out;
}

/// SHA-256 over the schema and every row of every table, rows in a canonical order.
QByteArray dumpHash(cd::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto tables = rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    for (const QStringList &schema : rows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                                             "ORDER BY type, name")))
        hash.addData(schema.join(QChar(0x1f)).toUtf8());
    for (const QStringList &table : tables) {
        QSqlQuery columns(db.sql());
        REQUIRE(columns.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table.front())));
        QStringList order;
        for (int i = 1; i <= columns.record().count(); ++i)
            order.append(QString::number(i));
        hash.addData(table.front().toUtf8());
        for (const QStringList &row : rows(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                                                   .arg(table.front(), order.join(QLatin1Char(',')))))
            hash.addData(row.join(QChar(0x1f)).toUtf8() + '\n');
    }
    return hash.result();
}

struct DemoDb
{
    cd::test::TempDir dir;
    cd::Database db;
    explicit DemoDb(const char *name = "demo.sqlite")
    {
        REQUIRE(db.open(dir.file(QString::fromLatin1(name))).ok());
    }
    cd::Result<cd::DemoSummary> generate(int households, quint64 seed = 20261122,
                                         const std::function<bool(int)> &progress = {})
    {
        cd::DemoOptions options;
        options.households = households;
        options.seed = seed;
        auto result = cd::DemoGenerator::generate(db, options, progress);
        if (!result.ok())
            UNSCOPED_INFO("generate: " << str(result.message()));
        return result;
    }
    // The roster step alone, for the roster's own rules.
    cd::Result<cd::DemoSummary> roster(int households, quint64 seed = 20261122,
                                       const std::function<bool(int)> &progress = {})
    {
        cd::DemoOptions options;
        options.households = households;
        options.seed = seed;
        std::vector<std::unique_ptr<cd::DemoStep>> steps;
        steps.push_back(std::make_unique<cd::RosterDemo>());
        auto result = cd::DemoRunner::run(db, options, steps, progress);
        if (!result.ok())
            UNSCOPED_INFO("roster: " << str(result.message()));
        return result;
    }
};

// GB 11643: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check "10X98765432"[sum mod 11].
bool idNumberValid(const QString &id)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    if (id.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit())
            return false;
        sum += id.at(i).digitValue() * weights[i];
    }
    return id.at(17) == QLatin1Char("10X98765432"[sum % 11]);
}

// GB 32100: 31 symbols, weights 3^(i-1) mod 31, check 31 - (sum mod 31) with 31 -> 0.
bool creditCodeValid(const QString &code)
{
    static const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    if (code.size() != 18)
        return false;
    int sum = 0, weight = 1;
    for (int i = 0; i < 17; ++i) {
        const int value = int(charset.indexOf(code.at(i)));
        if (value < 0)
            return false;
        sum += value * weight;
        weight = weight * 3 % 31;
    }
    const int check = 31 - sum % 31;
    return code.at(17) == charset.at(check == 31 ? 0 : check);
}

} // namespace

TEST_CASE("demo: the identifier checks of this test agree with the standards' examples")
{
    CHECK(idNumberValid(QStringLiteral("11010519491231002X")));
    CHECK(idNumberValid(QStringLiteral("440524188001010014")));
    CHECK_FALSE(idNumberValid(QStringLiteral("440524188001010015")));
    CHECK(creditCodeValid(QStringLiteral("91350100M000100Y43")));
    CHECK_FALSE(creditCodeValid(QStringLiteral("91350100M000100Y44")));
}

TEST_CASE("demo: the same seed gives the same roster, another seed another one")
{
    DemoDb a("a.sqlite"), b("b.sqlite"), c("c.sqlite");
    REQUIRE(a.roster(400, 7).ok());
    REQUIRE(b.roster(400, 7).ok());
    REQUIRE(c.roster(400, 8).ok());
    const QByteArray hashA = dumpHash(a.db);
    CHECK(hashA == dumpHash(b.db));
    CHECK(hashA != dumpHash(c.db));
}

TEST_CASE("demo: the same seed gives the same community, another seed another one")
{
    DemoDb a("a.sqlite"), b("b.sqlite"), c("c.sqlite");
    REQUIRE(a.generate(400, 7).ok());
    REQUIRE(b.generate(400, 7).ok());
    REQUIRE(c.generate(400, 8).ok());
    const QByteArray hashA = dumpHash(a.db);
    CHECK(hashA == dumpHash(b.db));
    CHECK(hashA != dumpHash(c.db));
    CHECK(rows(a.db, QStringLiteral("SELECT name FROM person ORDER BY id LIMIT 50"))
          != rows(c.db, QStringLiteral("SELECT name FROM person ORDER BY id LIMIT 50")));
}

TEST_CASE("demo: the default community has realistic counts")
{
    DemoDb d;
    std::vector<int> reported;
    const auto summary = d.roster(1500, 20261122, [&](int percent) {
        reported.push_back(percent);
        return true;
    });
    REQUIRE(summary.ok());
    cd::Database &db = d.db;
    CHECK(summary->estates == 2);
    CHECK(summary->dwellings == 1500);
    CHECK(summary->buildings >= 15);
    CHECK(summary->buildings <= 25);
    CHECK(summary->people >= 3500);
    CHECK(summary->people <= 4500);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person")) == summary->people);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM unit")) == summary->units);
    const qint64 companies = count(db, QStringLiteral("SELECT count(*) FROM property_company"));
    CHECK(companies >= 3);
    CHECK(companies <= 5);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grid WHERE worker_name <> '' AND worker_phone <> ''")) >= 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM building WHERE grid_id IS NULL OR property_company_id IS NULL"))
          == 0);

    // One 1990s walk-up estate and one 2010s high-rise estate.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM building b JOIN estate e ON e.id = b.estate_id "
                                   "WHERE e.id = 1 AND b.year_built < 2000 AND b.floors <= 7")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM building WHERE estate_id = 2 AND (year_built < 2010 "
                                   "OR floors < 11)")) == 0);
    // Areas: 2 decimals in realistic ranges; unsold flats only in the newer estate, a few of them.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling WHERE area_centi NOT BETWEEN 3500 AND 16000")) == 0);
    const qint64 unsold = count(db, QStringLiteral("SELECT count(*) FROM dwelling WHERE occupancy = 'unsold'"));
    CHECK(unsold > 0);
    CHECK(unsold < 60);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling d JOIN unit u ON u.id = d.unit_id JOIN building b "
                                   "ON b.id = u.building_id WHERE d.occupancy = 'unsold' AND b.estate_id = 1")) == 0);
    for (const char *occupancy : {"owner_occupied", "rented", "vacant"})
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling WHERE occupancy = '%1'")
                            .arg(QLatin1String(occupancy))) > 50);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling WHERE room <> CAST(floor * 100 + "
                                   "CAST(substr(room, -2) AS INTEGER) AS TEXT)")) == 0);

    // Party members among adults about 8 %; many elderly in the old estate.
    const double adults = double(count(db, QStringLiteral("SELECT count(*) FROM person WHERE birth_date <= '2008-11-01'")));
    const double members = double(count(db, QStringLiteral("SELECT count(*) FROM person WHERE political_status = "
                                                          "'cpc_member' AND birth_date <= '2008-11-01'")));
    CHECK(members / adults > 0.06);
    CHECK(members / adults < 0.11);
    const QString elderlyShare = QStringLiteral(
        "SELECT avg(p.birth_date <= '1966-11-01') FROM residence r JOIN person p ON p.id = r.person_id "
        "JOIN dwelling d ON d.id = r.dwelling_id JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
        "WHERE b.estate_id = %1");
    CHECK(scalar(db, elderlyShare.arg(1)).toDouble() > scalar(db, elderlyShare.arg(2)).toDouble() + 0.05);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person WHERE ethnicity = '汉族'")) > adults * 0.85);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT ethnicity) FROM person")) >= 4);

    // Every special group and every kind of building leader appears; 80+ always carry 高龄.
    for (const char *tag : {"elderly_alone", "oldest_old", "disabled", "subsistence", "veteran", "left_behind_child",
                            "key_attention"})
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM person_tag WHERE tag = '%1'").arg(QLatin1String(tag))) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM residence r JOIN person p ON p.id = r.person_id WHERE "
                                   "p.birth_date <= '1946-11-01' AND NOT EXISTS (SELECT 1 FROM person_tag t WHERE "
                                   "t.person_id = p.id AND t.tag = 'oldest_old')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT kind) FROM building_leader")) == 3);
    // Building leaders live in their building.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM building_leader l WHERE NOT EXISTS (SELECT 1 FROM residence r "
                                   "JOIN dwelling d ON d.id = r.dwelling_id JOIN unit u ON u.id = d.unit_id "
                                   "WHERE r.person_id = l.person_id AND u.building_id = l.building_id)")) == 0);
    // Red stewards: company staff (not residents), about ten households each.
    const qint64 stewards = count(db, QStringLiteral("SELECT count(*) FROM red_steward WHERE property_company_id "
                                                     "IS NOT NULL"));
    CHECK(stewards >= 10);
    const double perSteward = double(count(db, QStringLiteral("SELECT count(*) FROM red_steward_household"))) / stewards;
    CHECK(perSteward > 8.0);
    CHECK(perSteward < 12.0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM red_steward s JOIN residence r ON r.person_id = s.person_id"))
          == 0);
    // A history row per person.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person_history WHERE kind = 'created' AND detail = ''"))
          == summary->people);

    // Progress rose steadily to 100.
    REQUIRE_FALSE(reported.empty());
    CHECK(reported.front() == 0);
    CHECK(reported.back() == 100);
    CHECK(std::is_sorted(reported.begin(), reported.end()));
}

TEST_CASE("demo: ID numbers, phones, names and credit codes are valid")
{
    DemoDb d;
    REQUIRE(d.roster(1500).ok());
    cd::Database &db = d.db;
    const auto people = rows(db, QStringLiteral("SELECT id_number, birth_date, sex, phone, name, name_pinyin, "
                                                "name_initials FROM person"));
    const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    const QRegularExpression ascii(QStringLiteral("^[a-z]+$"));
    QSet<QString> ids, phones;
    int badId = 0, badBirth = 0, badSex = 0, badPhone = 0, badPinyin = 0;
    for (const QStringList &p : people) {
        const QString &id = p[0];
        badId += idNumberValid(id) ? 0 : 1;
        badBirth += id.mid(6, 8) == QString(p[1]).remove(QLatin1Char('-')) ? 0 : 1;
        badSex += ((id.at(16).digitValue() % 2 == 1) == (p[2] == QLatin1String("M"))) ? 0 : 1;
        ids.insert(id);
        if (!p[3].isEmpty()) {
            badPhone += mobile.match(p[3]).hasMatch() ? 0 : 1;
            phones.insert(p[3]);
        }
        badPinyin += ascii.match(p[5]).hasMatch() && p[6].size() == p[4].size() ? 0 : 1;
    }
    CHECK(badId == 0);
    CHECK(badBirth == 0);
    CHECK(badSex == 0);
    CHECK(badPhone == 0);
    CHECK(badPinyin == 0);
    CHECK(ids.size() == qsizetype(people.size()));
    const qint64 withPhone = count(db, QStringLiteral("SELECT count(*) FROM person WHERE phone <> ''"));
    CHECK(phones.size() == withPhone);
    CHECK(withPhone > qint64(people.size()) * 3 / 4);
    // Grid workers' phones are valid and unique among everyone's.
    for (const QStringList &g : rows(db, QStringLiteral("SELECT worker_phone FROM grid"))) {
        CHECK(mobile.match(g[0]).hasMatch());
        CHECK_FALSE(phones.contains(g[0]));
        phones.insert(g[0]);
    }
    // Birth dates are real dates before the demo's "today".
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person WHERE date(birth_date) IS NULL "
                                   "OR birth_date > '2026-11-01'")) == 0);
    for (const QStringList &c : rows(db, QStringLiteral("SELECT credit_code FROM property_company")))
        CHECK(creditCodeValid(c[0]));
}

TEST_CASE("demo: households, owners and voters follow the roster's rules")
{
    DemoDb d;
    REQUIRE(d.roster(1500).ok());
    cd::Database &db = d.db;
    // Every dwelling has an owner: a person, or the developer for unsold flats.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling d WHERE NOT EXISTS "
                                   "(SELECT 1 FROM ownership o WHERE o.dwelling_id = d.id)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling d WHERE d.occupancy = 'unsold' AND (d.delivered <> 0 "
                                   "OR EXISTS (SELECT 1 FROM ownership o WHERE o.dwelling_id = d.id AND "
                                   "(o.person_id IS NOT NULL OR o.is_developer <> 1)))")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM ownership WHERE is_developer = 1")) > 0);
    // Exactly one voter per dwelling, and some co-owned flats.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT dwelling_id FROM ownership GROUP BY dwelling_id "
                                   "HAVING sum(is_voter) <> 1)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT dwelling_id FROM ownership GROUP BY dwelling_id "
                                   "HAVING count(*) > 1)")) > 50);
    // Some owners hold several flats.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM ownership WHERE person_id IS NOT NULL "
                                   "GROUP BY person_id HAVING count(*) > 1)")) > 0);
    // Owner-occupied flats: one head, and the voting owner lives there.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling d WHERE d.occupancy = 'owner_occupied' AND "
                                   "(SELECT count(*) FROM residence r WHERE r.dwelling_id = d.id AND "
                                   "r.relation = '户主') <> 1")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM ownership o JOIN dwelling d ON d.id = o.dwelling_id WHERE "
                                   "d.occupancy = 'owner_occupied' AND o.is_voter = 1 AND NOT EXISTS (SELECT 1 FROM "
                                   "residence r WHERE r.dwelling_id = d.id AND r.person_id = o.person_id)")) == 0);
    // Rented flats: tenants only, owned by someone who lives elsewhere; empty flats have nobody.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM residence r JOIN dwelling d ON d.id = r.dwelling_id WHERE "
                                   "d.occupancy = 'rented' AND r.relation <> '租户'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM ownership o JOIN residence r ON r.dwelling_id = o.dwelling_id "
                                   "AND r.person_id = o.person_id JOIN dwelling d ON d.id = o.dwelling_id "
                                   "WHERE d.occupancy = 'rented'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM residence r JOIN dwelling d ON d.id = r.dwelling_id WHERE "
                                   "d.occupancy IN ('vacant', 'unsold')")) == 0);
    // Children are younger than the head by at least 16 years; nobody moves in before birth.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM residence c JOIN person pc ON pc.id = c.person_id "
                                   "JOIN residence h ON h.dwelling_id = c.dwelling_id AND h.relation = '户主' "
                                   "JOIN person ph ON ph.id = h.person_id WHERE c.relation IN ('子', '女') "
                                   "AND pc.birth_date < date(ph.birth_date, '+16 years')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM residence r JOIN person p ON p.id = r.person_id "
                                   "WHERE r.moved_in < p.birth_date OR r.moved_in > '2026-11-01'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM residence GROUP BY person_id "
                                   "HAVING count(*) > 1)")) == 0);
}

TEST_CASE("demo: the database stays consistent and searchable")
{
    DemoDb fresh("fresh.sqlite");
    DemoDb d;
    REQUIRE(d.generate(600, 99).ok());
    cd::Database &db = d.db;
    CHECK(rows(db, QStringLiteral("PRAGMA foreign_key_check")).empty());
    CHECK(db.integrityCheck().ok());
    // The schema (indexes, triggers) is exactly as before the demo; the planner's statistics
    // (sqlite_stat*, written by ANALYZE at the end) are not schema.
    const QString schema = QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                          "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name");
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")) == 1);
    CHECK(rows(db, schema) == rows(fresh.db, schema));

    // The person search structures, if this schema has them, match what their triggers would give.
    if (count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('person_fts', 'person_name_gram')"))
        == 2) {
        QSqlQuery check(db.sql());
        CHECK(check.exec(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('integrity-check')")));
        const auto person = rows(db, QStringLiteral("SELECT id, id_number, name FROM person WHERE id = 123"));
        REQUIRE(person.size() == 1);
        CHECK(rows(db, QStringLiteral("SELECT rowid FROM person_fts WHERE person_fts MATCH '\"%1\"'")
                           .arg(person[0][1]))
              == std::vector<QStringList>{{person[0][0]}});
        const QString grams = QStringLiteral("SELECT gram, person_id FROM person_name_gram ORDER BY 1, 2");
        const auto built = rows(db, grams);
        CHECK_FALSE(built.empty());
        // Re-running the update trigger over every name recomputes the grams the usual way.
        CHECK(check.exec(QStringLiteral("UPDATE person SET name = name")));
        CHECK(rows(db, grams) == built);
        CHECK(check.exec(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('integrity-check')")));
    }
}

TEST_CASE("demo: a database that already has a roster is refused and left unchanged")
{
    DemoDb d;
    REQUIRE(d.generate(200).ok());
    const QByteArray before = dumpHash(d.db);
    const auto again = d.generate(200, 5);
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("empty")));
    CHECK(dumpHash(d.db) == before);

    // One person typed in by hand is enough to refuse.
    DemoDb one("one.sqlite");
    QSqlQuery insert(one.db.sql());
    REQUIRE(insert.exec(QStringLiteral("INSERT INTO person(name) VALUES ('王芳')")));
    const QByteArray oneBefore = dumpHash(one.db);
    CHECK_FALSE(one.generate(100).ok());
    CHECK(dumpHash(one.db) == oneBefore);
}

TEST_CASE("demo: cancelling writes nothing")
{
    for (int stopAt : {0, 10, 50, 99, 100}) {
        DemoDb d;
        const QByteArray empty = dumpHash(d.db);
        int last = -1;
        const auto result = d.generate(1500, 3, [&](int percent) {
            last = percent;
            return percent < stopAt;
        });
        INFO("cancelled at " << stopAt);
        CHECK_FALSE(result.ok());
        CHECK(last >= stopAt);
        CHECK(count(d.db, QStringLiteral("SELECT count(*) FROM person")) == 0);
        CHECK(dumpHash(d.db) == empty);
        // The same database still takes the demo afterwards.
        CHECK(d.generate(50).ok());
    }
}

TEST_CASE("demo: sizes from one household up")
{
    DemoDb one("one.sqlite");
    const auto single = one.generate(1);
    REQUIRE(single.ok());
    CHECK(single->estates == 1);
    CHECK(single->buildings == 1);
    CHECK(single->units == 1);
    CHECK(single->dwellings == 1);
    CHECK(count(one.db, QStringLiteral("SELECT count(*) FROM ownership")) >= 1);
    CHECK(rows(one.db, QStringLiteral("PRAGMA foreign_key_check")).empty());

    DemoDb more("more.sqlite");
    const auto larger = more.generate(5000, 11);
    REQUIRE(larger.ok());
    CHECK(larger->dwellings == 5000);
    CHECK(larger->estates == 7);
    CHECK(count(more.db, QStringLiteral("SELECT count(*) FROM estate WHERE notes LIKE '%老旧小区%'")) == 4);
    CHECK(count(more.db, QStringLiteral("SELECT count(DISTINCT name) FROM estate")) == 7);
    CHECK(count(more.db, QStringLiteral("SELECT count(*) FROM (SELECT estate_id FROM building GROUP BY estate_id)")) == 7);

    DemoDb wrong("wrong.sqlite");
    CHECK_FALSE(wrong.generate(0).ok());
    CHECK_FALSE(wrong.generate(100001).ok());
    CHECK(count(wrong.db, QStringLiteral("SELECT count(*) FROM estate")) == 0);
}
