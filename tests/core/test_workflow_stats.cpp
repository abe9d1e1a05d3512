// 五单 statistics on a hand-made month with known answers, the joint-meeting list and the board.
#include "test_workflow_fixture.h"

#include "workflow/workflowboard.h"
#include "workflow/workflowstats.h"

using namespace cd;
using cd::test::WorkflowFixture;
using S = RequestState;

namespace {

/// March 2025, seen on 2025-04-10T12:00:00 (see the comment of each request for its part).
struct StatsFixture : WorkflowFixture
{
    qint64 r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0;

    StatsFixture()
    {
        // R1 ordinary 水电维修 at a dwelling of the estate: on site in 4 min, resolved in 20 (on time), 满意.
        NewRequest in;
        in.title = QStringLiteral("R1");
        in.categoryId = water;
        in.dwellingId = dwelling;
        in.listedAt = Clock::fromText(QStringLiteral("2025-03-01T08:00:00"));
        r1 = engine.add(in).value();
        move(r1, S::Accepted, QStringLiteral("2025-03-01T08:01:00"));
        move(r1, S::Dispatched, QStringLiteral("2025-03-01T08:02:00"), {}, property);
        move(r1, S::Taken, QStringLiteral("2025-03-01T08:04:00"));
        move(r1, S::Resolved, QStringLiteral("2025-03-01T08:20:00"), QStringLiteral("ok"));
        move(r1, S::Rated, QStringLiteral("2025-03-01T09:00:00"), {}, 0, Rating::Satisfied);
        move(r1, S::Closed, QStringLiteral("2025-03-01T09:10:00"));

        // R2 ordinary 水电维修: on site in 10 min, resolved in 60 (late), 基本满意.
        r2 = add(QStringLiteral("2025-03-02T08:00:00"), Severity::Ordinary, water, QStringLiteral("R2"));
        move(r2, S::Accepted, QStringLiteral("2025-03-02T08:01:00"));
        move(r2, S::Dispatched, QStringLiteral("2025-03-02T08:02:00"), {}, property);
        move(r2, S::Taken, QStringLiteral("2025-03-02T08:10:00"));
        move(r2, S::Resolved, QStringLiteral("2025-03-02T09:00:00"), QStringLiteral("ok"));
        move(r2, S::Rated, QStringLiteral("2025-03-02T10:00:00"), {}, 0, Rating::Basic);
        move(r2, S::Closed, QStringLiteral("2025-03-02T10:10:00"));

        // R3 complex 停车 by the utility: on site in 30 min, first resolution after 180 min (on time),
        // 不满意 → redo → 满意. Stays rated.
        r3 = add(QStringLiteral("2025-03-03T10:00:00"), Severity::Complex, parking, QStringLiteral("R3"));
        move(r3, S::Accepted, QStringLiteral("2025-03-03T10:05:00"));
        move(r3, S::Dispatched, QStringLiteral("2025-03-03T10:10:00"), {}, utility);
        move(r3, S::Taken, QStringLiteral("2025-03-03T10:30:00"));
        move(r3, S::Resolved, QStringLiteral("2025-03-03T13:00:00"), QStringLiteral("ok"));
        move(r3, S::Rated, QStringLiteral("2025-03-03T14:00:00"), {}, 0, Rating::Unsatisfied);
        move(r3, S::Taken, QStringLiteral("2025-03-03T14:30:00"));
        move(r3, S::Resolved, QStringLiteral("2025-03-03T15:00:00"), QStringLiteral("ok again"));
        move(r3, S::Rated, QStringLiteral("2025-03-03T16:00:00"), {}, 0, Rating::Satisfied);

        // R4 ordinary 停车, dispatched to the utility and never resolved: open and overdue.
        r4 = add(QStringLiteral("2025-03-04T10:00:00"), Severity::Ordinary, parking, QStringLiteral("R4"));
        move(r4, S::Accepted, QStringLiteral("2025-03-04T10:01:00"));
        move(r4, S::Dispatched, QStringLiteral("2025-03-04T10:02:00"), {}, utility);

        // R5 水电维修 returned to the resident: counts as listed, not as handled.
        r5 = add(QStringLiteral("2025-03-05T10:00:00"), Severity::Ordinary, water, QStringLiteral("R5"));
        move(r5, S::Returned, QStringLiteral("2025-03-05T10:30:00"), QStringLiteral("私人装修问题"));

        // R6 major 停车: on site in 60 min, plan after 9 h (within the day). Open, taken.
        r6 = add(QStringLiteral("2025-03-06T09:00:00"), Severity::Major, parking, QStringLiteral("R6"));
        move(r6, S::Accepted, QStringLiteral("2025-03-06T09:10:00"));
        move(r6, S::Dispatched, QStringLiteral("2025-03-06T09:30:00"), {}, property);
        move(r6, S::Taken, QStringLiteral("2025-03-06T10:00:00"));
        REQUIRE(engine.recordPlan(r6, QStringLiteral("方案"), Clock::fromText(QStringLiteral("2025-03-06T18:00:00")),
                                  QStringLiteral("物业经理"))
                    .ok());

        // Just outside March on either side.
        add(QStringLiteral("2025-02-28T23:59:59"), Severity::Ordinary, water, QStringLiteral("February"));
        add(QStringLiteral("2025-04-01T00:00:00"), Severity::Ordinary, water, QStringLiteral("April"));
    }
};

const FiguresRow &row(const QList<FiguresRow> &rows, const QString &name)
{
    for (const FiguresRow &r : rows) {
        if (r.name == name)
            return r;
    }
    FAIL("no row " << name.toStdString());
    return rows.first();
}

} // namespace

TEST_CASE("monthly statistics on a hand-made month", "[workflow][stats]")
{
    StatsFixture f;
    const Result<MonthlyStats> stats = WorkflowStats(f.db, f.clock).month(QStringLiteral("2025-03"));
    REQUIRE(stats.ok());
    const RequestFigures &t = stats->total;
    CHECK(stats->month == QLatin1String("2025-03"));
    CHECK(t.requests == 6);
    CHECK(t.returned == 1);
    CHECK(t.resolved == 3);                         // R1, R2 closed; R3 rated
    CHECK(*t.completionRate() == Approx(3.0 / 5));  // 办结率
    // On time: R1, R3 (first resolution), R6 (plan); late: R2; open overdue: R4.
    CHECK(t.onTime == 3);
    CHECK(t.openOverdue == 1);
    CHECK(t.judged == 5);
    CHECK(*t.onTimeRate() == Approx(0.6)); // 0.75 if the open overdue R4 were left out
    CHECK(*t.meanArriveMinutes() == Approx((4 + 10 + 30 + 60) / 4.0));
    CHECK(*t.meanResolveMinutes() == Approx((20 + 60 + 180) / 3.0));
    CHECK(t.satisfied == 2);
    CHECK(t.basic == 1);
    CHECK(t.unsatisfied == 1);
    CHECK(*t.satisfactionRate() == Approx(0.75)); // (满意 + 基本满意) / ratings = 3 / 4
    CHECK(t.ratedRequests == 3);
    CHECK(t.reopened == 1);
    CHECK(*t.reopenRate() == Approx(1.0 / 3));

    const FiguresRow &water = row(stats->byCategory, QStringLiteral("水电维修"));
    CHECK(water.id == f.water);
    CHECK(water.figures.requests == 3);
    CHECK(*water.figures.completionRate() == Approx(1.0));
    CHECK(*water.figures.onTimeRate() == Approx(0.5));
    CHECK(*water.figures.satisfactionRate() == Approx(1.0));
    const FiguresRow &parking = row(stats->byCategory, QStringLiteral("停车"));
    CHECK(parking.figures.requests == 3);
    CHECK(*parking.figures.completionRate() == Approx(1.0 / 3));
    CHECK(*parking.figures.onTimeRate() == Approx(2.0 / 3));
    CHECK(*parking.figures.satisfactionRate() == Approx(0.5));

    REQUIRE(stats->byHandler.size() == 3);
    CHECK(stats->byHandler.at(0).name == QStringLiteral("苏新物业")); // most requests first
    CHECK(stats->byHandler.at(0).figures.requests == 3);
    CHECK(row(stats->byHandler, QStringLiteral("自来水公司")).figures.openOverdue == 1);
    CHECK(row(stats->byHandler, QStringLiteral("Not dispatched")).figures.returned == 1);

    REQUIRE(stats->byEstate.size() == 2);
    CHECK(row(stats->byEstate, QStringLiteral("月亮门小区")).figures.requests == 1);
    CHECK(row(stats->byEstate, QStringLiteral("No estate")).figures.requests == 5);
}

TEST_CASE("an open request lowers the on-time rate only once it is overdue", "[workflow][stats]")
{
    WorkflowFixture f;
    f.clock.set(QStringLiteral("2025-05-01T08:00:00"));
    const qint64 done = f.add(QStringLiteral("2025-05-01T08:00:00"));
    f.move(done, S::Accepted);
    f.move(done, S::Dispatched, {}, {}, f.property);
    f.move(done, S::Taken);
    f.move(done, S::Resolved, {}, QStringLiteral("ok"));
    f.add(QStringLiteral("2025-05-01T08:00:00"));
    WorkflowStats stats(f.db, f.clock);
    f.clock.set(QStringLiteral("2025-05-01T08:30:00")); // the open one is due, not yet late
    CHECK(*stats.month(QStringLiteral("2025-05"))->total.onTimeRate() == Approx(1.0));
    f.clock.set(QStringLiteral("2025-05-01T08:30:01"));
    CHECK(*stats.month(QStringLiteral("2025-05"))->total.onTimeRate() == Approx(0.5));
    CHECK(stats.month(QStringLiteral("2025-05"))->total.openOverdue == 1);
    // A month without requests has no rates.
    CHECK_FALSE(stats.month(QStringLiteral("2025-06"))->total.onTimeRate().has_value());
    CHECK_FALSE(stats.month(QStringLiteral("2025-6")).ok());
    CHECK_FALSE(stats.month(QStringLiteral("2025-13")).ok());
}

TEST_CASE("trend per month", "[workflow][stats]")
{
    StatsFixture f;
    const auto trend = WorkflowStats(f.db, f.clock).trend(QDate(2025, 1, 15), QDate(2025, 4, 30));
    REQUIRE(trend.ok());
    REQUIRE(trend->size() == 4);
    CHECK(trend->at(0).first == QLatin1String("2025-01"));
    CHECK(trend->at(0).second.requests == 0);
    CHECK(trend->at(1).second.requests == 1);
    CHECK(trend->at(2).second.requests == 6);
    CHECK(*trend->at(2).second.satisfactionRate() == Approx(0.75));
    CHECK(trend->at(3).second.requests == 1);
}

TEST_CASE("the joint-meeting list: overdue major ones, reopened twice, rated 不满意", "[workflow][stats]")
{
    StatsFixture f; // R6 is major but has its plan; R4 is overdue but ordinary; R3 was reopened once and rated 满意
    const qint64 major = f.add(QStringLiteral("2025-04-05T10:00:00"), Severity::Major, f.parking, QStringLiteral("major"));
    f.move(major, S::Accepted, QStringLiteral("2025-04-05T10:10:00"));
    const qint64 twice = f.add(QStringLiteral("2025-04-06T10:00:00"), Severity::Ordinary, f.water, QStringLiteral("twice"));
    f.move(twice, S::Accepted, QStringLiteral("2025-04-06T10:01:00"));
    f.move(twice, S::Dispatched, QStringLiteral("2025-04-06T10:02:00"), {}, f.property);
    for (int round = 0; round < 2; ++round) {
        const QString hour = QStringLiteral("2025-04-06T1%1:").arg(round + 1);
        f.move(twice, S::Taken, hour + QStringLiteral("00:00"));
        f.move(twice, S::Resolved, hour + QStringLiteral("10:00"), QStringLiteral("ok"));
        f.move(twice, S::Rated, hour + QStringLiteral("20:00"), {}, 0, Rating::Unsatisfied);
    }
    const qint64 once = f.add(QStringLiteral("2025-04-07T10:00:00"), Severity::Ordinary, f.water, QStringLiteral("once"));
    f.move(once, S::Accepted, QStringLiteral("2025-04-07T10:01:00"));
    f.move(once, S::Dispatched, QStringLiteral("2025-04-07T10:02:00"), {}, f.property);
    f.move(once, S::Taken, QStringLiteral("2025-04-07T10:03:00"));
    f.move(once, S::Resolved, QStringLiteral("2025-04-07T10:04:00"), QStringLiteral("ok"));
    f.move(once, S::Rated, QStringLiteral("2025-04-07T10:05:00"), {}, 0, Rating::Unsatisfied);

    const Result<QList<MeetingItem>> items = WorkflowStats(f.db, f.clock).meetingCandidates();
    REQUIRE(items.ok());
    REQUIRE(items->size() == 3);
    CHECK(items->at(0).request.id == major);
    CHECK(items->at(0).reasons == QStringList{QStringLiteral("overdue_major")});
    CHECK(items->at(1).request.id == twice);
    CHECK(items->at(1).reasons == (QStringList{QStringLiteral("reopened_twice"), QStringLiteral("unsatisfied")}));
    CHECK(items->at(2).request.id == once);
    CHECK(items->at(2).reasons == QStringList{QStringLiteral("unsatisfied")});
}

TEST_CASE("the board: counts per stage, urgent first, filters", "[workflow][board]")
{
    StatsFixture f;
    WorkflowBoard board(f.db, f.clock);
    const Result<BoardSnapshot> snapshot = board.snapshot({}, 10);
    REQUIRE(snapshot.ok());
    REQUIRE(snapshot->queues.size() == 8);
    auto queue = [&](S state) { return snapshot->queues.at(int(state)); };
    CHECK(queue(S::Listed).count == 2); // February and April
    CHECK(queue(S::Listed).overdue == 2);
    CHECK(queue(S::Listed).firstPage.first().title == QLatin1String("February")); // earliest deadline first
    CHECK(queue(S::Listed).firstPage.first().colour == DeadlineColour::Red);
    CHECK(queue(S::Dispatched).count == 1);
    CHECK(queue(S::Taken).count == 1);
    CHECK(queue(S::Taken).overdue == 0); // R6 has its plan
    CHECK(queue(S::Rated).count == 1);
    CHECK(queue(S::Closed).count == 2);
    CHECK(queue(S::Closed).firstPage.first().id == f.r2); // latest first
    CHECK(queue(S::Returned).count == 1);
    CHECK(snapshot->open == 5); // listed 2, dispatched, taken, rated
    CHECK(snapshot->overdue == 3);

    RequestFilter filter;
    filter.categoryId = f.parking;
    CHECK(board.counts(filter)->value(S::Dispatched) == 1);
    CHECK(board.counts(filter)->value(S::Listed) == 0);
    filter = RequestFilter();
    filter.text = QStringLiteral("R");
    CHECK(board.counts(filter)->value(S::Closed) == 2);
    filter.text = QStringLiteral("%");
    CHECK(board.counts(filter)->isEmpty());
    filter = RequestFilter();
    filter.overdueOnly = true;
    int overdue = 0;
    const QMap<S, int> overdueCounts = board.counts(filter).value();
    for (int count : overdueCounts)
        overdue += count;
    CHECK(overdue == 3);
    filter = RequestFilter();
    filter.handlerId = f.utility;
    CHECK(board.page(S::Dispatched, filter, 0, 10)->first().id == f.r4);
    filter.listedFrom = QDate(2025, 3, 4);
    filter.listedTo = QDate(2025, 3, 4);
    CHECK(board.page(S::Dispatched, filter, 0, 10)->size() == 1);
    filter.listedTo = QDate(2025, 3, 3);
    CHECK(board.page(S::Dispatched, filter, 0, 10)->isEmpty());
    CHECK(board.page(S::Listed, {}, 1, 10)->size() == 1);
}
