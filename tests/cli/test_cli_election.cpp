// The election commands of communitydesk-cli on a small prepared estate: the whole run from
// creation to the result notice, the JSON of roll and tally, and the exit codes.
#include "db/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

using cd::test::ProcessResult;

namespace {

ProcessResult cli(const QString &db, QStringList arguments)
{
    arguments << QStringLiteral("--db") << db;
    return cd::test::runProgram(QStringLiteral(CD_CLI_PATH), arguments);
}

QJsonObject json(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

// 幸福小区: six owners of one 100.00 m² flat each, one owner of two flats (85.50 + 120.25)
// and one unsold flat of the developer (300.00). Person ids 1..7 in that order.
QString prepare(const cd::test::TempDir &dir)
{
    const QString path = dir.file(QStringLiteral("cli-election.sqlite"));
    cd::Database db;
    REQUIRE(db.open(path).ok());
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO estate(id, name, developer) VALUES (1, '幸福小区', '幸福置业')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO building(id, estate_id, number) VALUES (1, 1, '1')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO unit(id, building_id, number) VALUES (1, 1, '1')")));
    const auto dwelling = [&](int id, qint64 area, const char *occupancy) {
        q.prepare(QStringLiteral("INSERT INTO dwelling(id, unit_id, room, area_centi, occupancy) VALUES (?, 1, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(QString::number(100 + id));
        q.addBindValue(area);
        q.addBindValue(QLatin1String(occupancy));
        REQUIRE(q.exec());
    };
    const auto owner = [&](int dwellingId, int person) {
        q.prepare(QStringLiteral("INSERT INTO ownership(dwelling_id, person_id, is_voter) VALUES (?, ?, 1)"));
        q.addBindValue(dwellingId);
        q.addBindValue(person);
        REQUIRE(q.exec());
    };
    for (int p = 1; p <= 7; ++p) {
        q.prepare(QStringLiteral("INSERT INTO person(id, name, political_status) VALUES (?, ?, ?)"));
        q.addBindValue(p);
        q.addBindValue(QStringLiteral("业主%1").arg(p));
        q.addBindValue(p <= 2 ? QStringLiteral("cpc_member") : QStringLiteral("masses"));
        REQUIRE(q.exec());
    }
    for (int d = 1; d <= 6; ++d) {
        dwelling(d, 10000, "owner_occupied");
        owner(d, d);
    }
    dwelling(7, 8550, "owner_occupied");
    dwelling(8, 12025, "owner_occupied");
    owner(7, 7);
    owner(8, 7);
    dwelling(9, 30000, "unsold");
    db.close();
    return path;
}

QJsonObject candidateIn(const QJsonObject &tally, int number)
{
    for (const QJsonValue &c : tally.value(QStringLiteral("candidates")).toArray()) {
        if (c.toObject().value(QStringLiteral("number")).toInt() == number)
            return c.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("cli: election usage errors and refusals", "[cli][election]")
{
    cd::test::TempDir dir;
    const QString db = prepare(dir);
    CHECK(cli(db, {QStringLiteral("election"), QStringLiteral("tally")}).exitCode == 2);                // missing ID
    CHECK(cli(db, {QStringLiteral("election"), QStringLiteral("roll"), QStringLiteral("1"), QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(cli(db, {QStringLiteral("election"), QStringLiteral("ballot"), QStringLiteral("1"), QStringLiteral("--voter")}).exitCode == 2);
    CHECK(cli(db, {QStringLiteral("print"), QStringLiteral("ballots"), QStringLiteral("1")}).exitCode == 2); // missing OUT
    CHECK(cli(db, {QStringLiteral("election"), QStringLiteral("tally"), QStringLiteral("abc")}).exitCode == 1);
    CHECK(cli(db, {QStringLiteral("election"), QStringLiteral("tally"), QStringLiteral("99")}).exitCode == 1);
    const ProcessResult noEstate = cli(db, {QStringLiteral("election"), QStringLiteral("create"), QStringLiteral("--estate"),
                                            QStringLiteral("无此小区"), QStringLiteral("--seats"), QStringLiteral("5")});
    CHECK(noEstate.exitCode == 1);
    CHECK(noEstate.err.contains("无此小区"));
    CHECK(cli(db, {QStringLiteral("election"), QStringLiteral("create"), QStringLiteral("--estate"), QStringLiteral("幸福小区"),
                   QStringLiteral("--seats"), QStringLiteral("6")})
              .exitCode == 1); // even
    const ProcessResult help = cd::test::runProgram(QStringLiteral(CD_CLI_PATH), {QStringLiteral("--help")});
    for (const char *command : {"elections list", "election create", "election roll", "election ballot", "election tally",
                                "print ballots", "print election-result"})
        CHECK(help.out.contains(QByteArray("  ") + command));
}

TEST_CASE("cli: an election from creation to the result notice", "[cli][election]")
{
    cd::test::TempDir dir;
    const QString db = prepare(dir);
    const auto run = [&](QStringList arguments) { return cli(db, arguments); };
    const QString e = QStringLiteral("election");

    ProcessResult created = run({e, QStringLiteral("create"), QStringLiteral("--estate"), QStringLiteral("幸福小区"),
                                 QStringLiteral("--seats"), QStringLiteral("3"), QStringLiteral("--min"), QStringLiteral("3"),
                                 QStringLiteral("--meeting-date"), QStringLiteral("2026-12-05"), QStringLiteral("--json")});
    REQUIRE(created.exitCode == 0);
    const QString id = QString::number(json(created).value(QStringLiteral("id")).toInt());
    REQUIRE(id != QStringLiteral("0"));

    // Not ready: no candidates yet.
    CHECK(run({e, QStringLiteral("open"), id}).exitCode == 1);
    for (const char *person : {"1", "2", "3", "4"})
        REQUIRE(run({e, QStringLiteral("candidate"), id, QStringLiteral("--person"), QLatin1String(person),
                     QStringLiteral("--source"), QStringLiteral("party-org"), QStringLiteral("--vetted")})
                    .exitCode == 0);
    CHECK(run({e, QStringLiteral("candidate"), id, QStringLiteral("--person"), QStringLiteral("1")}).exitCode == 1); // twice

    // The roll: 6 single owners + the owner of two flats + the developer = 8 persons.
    const ProcessResult preview = run({e, QStringLiteral("roll"), id, QStringLiteral("--json")});
    REQUIRE(preview.exitCode == 0);
    QJsonObject roll = json(preview);
    CHECK_FALSE(roll.value(QStringLiteral("frozen")).toBool());
    CHECK(roll.value(QStringLiteral("persons")).toInt() == 8);
    CHECK(roll.value(QStringLiteral("area")).toString() == QStringLiteral("1105.75"));
    CHECK(roll.value(QStringLiteral("area_centi")).toInt() == 110575);

    REQUIRE(run({e, QStringLiteral("open"), id}).exitCode == 0);
    CHECK(run({e, QStringLiteral("open"), id}).exitCode == 1);
    roll = json(run({e, QStringLiteral("roll"), id, QStringLiteral("--json")}));
    CHECK(roll.value(QStringLiteral("frozen")).toBool());
    CHECK(roll.value(QStringLiteral("voters")).toArray().size() == 8);

    const QString ballots = dir.file(QStringLiteral("ballots.pdf"));
    REQUIRE(run({QStringLiteral("print"), QStringLiteral("ballots"), id, ballots}).exitCode == 0);
    CHECK(cd::test::runProgram(QStringLiteral("pdfinfo"), {ballots}).out.contains("Pages:           8"));

    // Six ballots: voters 1..6 (100.00 m² each); candidates 1 and 2 win, 3 and 4 do not.
    const auto ballot = [&](int voter, const char *yes, const char *no = "") {
        QStringList arguments{e, QStringLiteral("ballot"), id, QStringLiteral("--voter"), QString::number(voter),
                              QStringLiteral("--yes"), QLatin1String(yes)};
        if (*no)
            arguments << QStringLiteral("--no") << QLatin1String(no);
        return run(arguments);
    };
    REQUIRE(ballot(1, "1,2", "3").exitCode == 0);
    REQUIRE(ballot(2, "1,2").exitCode == 0);
    REQUIRE(ballot(3, "1,2,3").exitCode == 0);
    REQUIRE(ballot(4, "1,4").exitCode == 0);
    CHECK(ballot(4, "1").exitCode == 1);   // already entered
    CHECK(ballot(5, "9").exitCode == 1);   // no candidate 9
    CHECK(ballot(99, "1").exitCode == 1);  // no voter 99
    CHECK(ballot(5, "1,1x").exitCode == 1);

    // 4 of 8 persons: two more are needed; 400.00 of 1105.75 m²: ceil(2 × 110575 / 3) = 73717 → 337.17 m² more.
    QJsonObject turnout = json(run({e, QStringLiteral("turnout"), id, QStringLiteral("--json")}));
    CHECK(turnout.value(QStringLiteral("missing")).toObject().value(QStringLiteral("persons")).toInt() == 2);
    CHECK(turnout.value(QStringLiteral("missing")).toObject().value(QStringLiteral("area")).toString() == QStringLiteral("337.17"));
    CHECK(turnout.value(QStringLiteral("buildings")).toArray().size() == 1);
    CHECK(turnout.value(QStringLiteral("status")).toObject().value(QStringLiteral("voted")).toInt() == 4);
    REQUIRE(ballot(5, "1,2").exitCode == 0);
    REQUIRE(ballot(6, "2", "1").exitCode == 0);

    const ProcessResult tallied = run({e, QStringLiteral("tally"), id, QStringLiteral("--json")});
    REQUIRE(tallied.exitCode == 0);
    const QJsonObject tally = json(tallied);
    const QJsonObject t = tally.value(QStringLiteral("turnout")).toObject();
    CHECK(t.value(QStringLiteral("persons_met")).toBool());  // 6 of 8
    CHECK_FALSE(t.value(QStringLiteral("area_met")).toBool()); // 600.00 of 1105.75 < 2/3
    CHECK(tally.value(QStringLiteral("elected")).toArray().isEmpty());
    CHECK(candidateIn(tally, 1).value(QStringLiteral("yes")).toObject().value(QStringLiteral("persons")).toInt() == 5);
    CHECK(candidateIn(tally, 1).value(QStringLiteral("yes")).toObject().value(QStringLiteral("area")).toString() == QStringLiteral("500.00"));
    CHECK(candidateIn(tally, 1).value(QStringLiteral("outcome")).toString() == QStringLiteral("no_turnout"));

    // The owner of two flats (voter 7) brings the area over two thirds.
    REQUIRE(ballot(7, "1,3").exitCode == 0);
    const QJsonObject after = json(run({e, QStringLiteral("tally"), id, QStringLiteral("--json")}));
    CHECK(after.value(QStringLiteral("turnout")).toObject().value(QStringLiteral("met")).toBool());
    const QJsonArray elected = after.value(QStringLiteral("elected")).toArray();
    REQUIRE(elected.size() == 2);
    CHECK(elected.at(0).toObject().value(QStringLiteral("number")).toInt() == 1);
    CHECK(elected.at(1).toObject().value(QStringLiteral("number")).toInt() == 2);
    CHECK(candidateIn(after, 3).value(QStringLiteral("outcome")).toString() == QStringLiteral("no_majority"));
    CHECK(candidateIn(after, 1).value(QStringLiteral("yes")).toObject().value(QStringLiteral("area_centi")).toInt() == 70575);
    CHECK(after.value(QStringLiteral("ties")).toArray().isEmpty());

    REQUIRE(run({e, QStringLiteral("close"), id}).exitCode == 0);
    CHECK(ballot(8, "1").exitCode == 1); // closed: ballots are frozen
    CHECK(run({e, QStringLiteral("correct"), id, QStringLiteral("--voter"), QStringLiteral("6"), QStringLiteral("--yes"),
               QStringLiteral("2")}).exitCode == 1); // no reason
    CHECK(run({e, QStringLiteral("correct"), id, QStringLiteral("--voter"), QStringLiteral("6"), QStringLiteral("--yes"),
               QStringLiteral("2,3"), QStringLiteral("--reason"), QStringLiteral("唱票时漏记")}).exitCode == 0);
    CHECK(run({e, QStringLiteral("role"), id, QStringLiteral("--candidate"), QStringLiteral("1"), QStringLiteral("--role"),
               QStringLiteral("director")}).exitCode == 0);

    const QString notice = dir.file(QStringLiteral("notice.pdf"));
    REQUIRE(run({QStringLiteral("print"), QStringLiteral("election-result"), id, notice}).exitCode == 0);
    const QString text = QString::fromUtf8(cd::test::runProgram(QStringLiteral("pdftotext"), {notice, QStringLiteral("-")}).out)
                             .remove(QLatin1Char(' '))
                             .remove(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("选举结果公告")));
    CHECK(text.contains(QStringLiteral("业主1（主任）")));
    const QString xlsx = dir.file(QStringLiteral("结果.xlsx"));
    REQUIRE(run({e, QStringLiteral("export"), id, xlsx}).exitCode == 0);
    CHECK(cd::test::readAll(xlsx).startsWith("PK"));

    const QJsonObject filing = json(run({e, QStringLiteral("filing"), id, QStringLiteral("--done"),
                                         QStringLiteral("application,result_notice"), QStringLiteral("--json")}));
    CHECK(filing.value(QStringLiteral("items")).toArray().size() == 7);
    CHECK(run({e, QStringLiteral("filing"), id, QStringLiteral("--done"), QStringLiteral("nonsense")}).exitCode == 1);

    const QJsonArray list = json(run({QStringLiteral("elections"), QStringLiteral("list"), QStringLiteral("--json")}))
                                .value(QStringLiteral("elections")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
}

TEST_CASE("cli: a tie at the last seat is reported, not decided", "[cli][election]")
{
    cd::test::TempDir dir;
    const QString db = prepare(dir);
    const auto run = [&](QStringList arguments) { return cli(db, arguments); };
    const QString e = QStringLiteral("election");
    const QString id = QString::number(json(run({e, QStringLiteral("create"), QStringLiteral("--estate"), QStringLiteral("幸福小区"),
                                                 QStringLiteral("--kind"), QStringLiteral("by-election"), QStringLiteral("--seats"),
                                                 QStringLiteral("2"), QStringLiteral("--meeting-date"), QStringLiteral("2026-12-05"),
                                                 QStringLiteral("--json")}))
                                           .value(QStringLiteral("id"))
                                           .toInt());
    for (const char *person : {"1", "2", "3"})
        REQUIRE(run({e, QStringLiteral("candidate"), id, QStringLiteral("--person"), QLatin1String(person), QStringLiteral("--vetted")})
                    .exitCode == 0);
    REQUIRE(run({e, QStringLiteral("open"), id}).exitCode == 0);
    // Candidate 1: 6 yes; candidates 2 and 3: 5 yes and 805.75 m² each, both over half, one seat left.
    const char *const marks[] = {"1,2", "1,2", "1,2", "1,3", "1,3", "1,3", "2,3", "2,3"};
    for (int voter = 1; voter <= 8; ++voter)
        REQUIRE(run({e, QStringLiteral("ballot"), id, QStringLiteral("--voter"), QString::number(voter), QStringLiteral("--yes"),
                     QLatin1String(marks[voter - 1])}).exitCode == 0);
    const QJsonObject tally = json(run({e, QStringLiteral("tally"), id, QStringLiteral("--json")}));
    REQUIRE(tally.value(QStringLiteral("elected")).toArray().size() == 1);
    CHECK(tally.value(QStringLiteral("elected")).toArray().at(0).toObject().value(QStringLiteral("number")).toInt() == 1);
    CHECK(tally.value(QStringLiteral("ties")).toArray().size() == 2);
    CHECK(tally.value(QStringLiteral("runoff_seats")).toInt() == 1);
    CHECK(candidateIn(tally, 2).value(QStringLiteral("outcome")).toString() == QStringLiteral("tie"));
    CHECK(candidateIn(tally, 3).value(QStringLiteral("yes")).toObject().value(QStringLiteral("area")).toString() == QStringLiteral("805.75"));
    REQUIRE(run({e, QStringLiteral("close"), id}).exitCode == 0);
    CHECK(run({e, QStringLiteral("runoff"), id, QStringLiteral("--winners"), QStringLiteral("1"), QStringLiteral("--note"),
               QStringLiteral("x")}).exitCode == 1); // not tied
    CHECK(run({e, QStringLiteral("runoff"), id, QStringLiteral("--winners"), QStringLiteral("3"), QStringLiteral("--note"),
               QStringLiteral("另行投票")}).exitCode == 0);
}
