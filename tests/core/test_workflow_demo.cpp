// The demo year of 五单 requests: every stage, overdue and reopened ones, plausible figures, same seed same rows.
#include "test_workflow_fixture.h"

#include "demo/demorunner.h"
#include "demo/rosterdemo.h"
#include "demo/workflowdemo.h"
#include "workflow/workflowboard.h"
#include "workflow/workflowstats.h"

#include <QCryptographicHash>

using namespace cd;
using S = RequestState;

namespace {

QByteArray requestDigest(Database &db)
{
    QSqlQuery query(db.sql());
    REQUIRE(query.exec(QStringLiteral("SELECT r.id, r.title, r.state, r.listed_at, r.changed_at, r.handler_id, r.person_id, "
                                      "r.rating, r.reopen_count, (SELECT count(*) FROM request_event e "
                                      "WHERE e.request_id = r.id) FROM request r ORDER BY r.id")));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next()) {
        for (int i = 0; i < 10; ++i)
            hash.addData(query.value(i).toString().toUtf8() + '|');
    }
    return hash.result();
}

} // namespace

TEST_CASE("demo requests without a roster: every stage, overdue and reopened ones", "[workflow][demo]")
{
    cd::test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("a.sqlite"))).ok());
    const ManualClock clock(QStringLiteral("2026-11-01T17:00:00"));
    qint64 lastDone = 0;
    REQUIRE(addWorkflowDemo(db, 7, clock, 0, [&](qint64 done, qint64) { return (lastDone = done) > 0; }).ok());
    CHECK(cd::test::sqlValue(db, QStringLiteral("SELECT count(*) FROM request")).toInt() == 60);
    CHECK(lastDone == 60);

    const BoardSnapshot board = WorkflowBoard(db, clock).snapshot().value();
    for (const BoardQueue &queue : board.queues) {
        CAPTURE(WorkflowRules::code(queue.state).toStdString());
        CHECK(queue.count > 0);
    }
    CHECK(board.overdue > 0);
    CHECK(cd::test::sqlValue(db, QStringLiteral("SELECT max(reopen_count) FROM request")).toInt() == 2);
    const QList<MeetingItem> meeting = WorkflowStats(db, clock).meetingCandidates().value();
    QStringList reasons;
    for (const MeetingItem &item : meeting)
        reasons << item.reasons;
    CHECK(reasons.contains(QStringLiteral("overdue_major")));
    CHECK(reasons.contains(QStringLiteral("reopened_twice")));
    // Nothing is dated after the clock.
    CHECK(cd::test::sqlValue(db, QStringLiteral("SELECT max(at) FROM request_event")).toString() <= clock.nowText());

    // Cancelling writes nothing.
    Database other;
    REQUIRE(other.open(dir.file(QStringLiteral("b.sqlite"))).ok());
    CHECK_FALSE(addWorkflowDemo(other, 7, clock, 0, [](qint64 done, qint64) { return done < 10; }).ok());
    CHECK(cd::test::sqlValue(other, QStringLiteral("SELECT count(*) FROM request")).toInt() == 0);
}

TEST_CASE("demo requests on the demo roster: realistic figures, same seed same rows", "[workflow][demo]")
{
    cd::test::TempDir dir;
    auto generate = [&](const QString &name, quint64 seed, Database &db) {
        REQUIRE(db.open(dir.file(name)).ok());
        std::vector<std::unique_ptr<DemoStep>> steps;
        steps.push_back(std::make_unique<RosterDemo>());
        steps.push_back(std::make_unique<WorkflowDemo>());
        DemoOptions options;
        options.households = 600;
        options.seed = seed;
        const Result<DemoSummary> summary = DemoRunner::run(db, options, steps, {});
        INFO(summary.message().toStdString());
        REQUIRE(summary.ok());
    };
    Database first, second, third;
    generate(QStringLiteral("1.sqlite"), 11, first);
    generate(QStringLiteral("2.sqlite"), 11, second);
    generate(QStringLiteral("3.sqlite"), 12, third);
    CHECK(requestDigest(first) == requestDigest(second));
    CHECK(requestDigest(first) != requestDigest(third));

    const int requests = cd::test::sqlValue(first, QStringLiteral("SELECT count(*) FROM request")).toInt();
    CHECK(requests == WorkflowDemo::requestsPerYear(600));
    // Requests are linked to residents, dwellings and the buildings' property companies.
    CHECK(cd::test::sqlValue(first, QStringLiteral("SELECT count(*) FROM request WHERE person_id IS NOT NULL")).toInt()
          > requests / 2);
    CHECK(cd::test::sqlValue(first, QStringLiteral("SELECT count(*) FROM request WHERE place_kind = 'dwelling'")).toInt() > 0);
    CHECK(cd::test::sqlValue(first, QStringLiteral("SELECT count(DISTINCT h.kind) FROM request r "
                                                   "JOIN handler h ON h.id = r.handler_id")).toInt() >= 2);
    CHECK(cd::test::sqlValue(first, QStringLiteral("SELECT count(*) FROM request_photo")).toInt() > 0);

    // A whole year seen from the demo's "today": mostly closed, most owners satisfied, mostly on time.
    const ManualClock clock(QStringLiteral("2026-11-01T17:00:00"));
    const auto trend = WorkflowStats(first, clock).trend(QDate(2025, 11, 1), QDate(2026, 10, 1)).value();
    RequestFigures year;
    for (const auto &month : trend) {
        CHECK(month.second.requests > 0);
        year.requests += month.second.requests;
        year.satisfied += month.second.satisfied;
        year.basic += month.second.basic;
        year.unsatisfied += month.second.unsatisfied;
        year.onTime += month.second.onTime;
        year.judged += month.second.judged;
    }
    CHECK(*year.satisfactionRate() > 0.9);
    CHECK(*year.onTimeRate() > 0.7);
    CHECK(*year.onTimeRate() < 0.98);
}
