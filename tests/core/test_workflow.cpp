// The 五单 state machine, its required fields and times, the 5341 clocks and the policy.
#include "test_workflow_fixture.h"

#include "workflow/deadlinepolicy.h"

#include <algorithm>
#include <map>
#include <vector>

using namespace cd;
using cd::test::WorkflowFixture;

namespace {

using S = RequestState;

// The rules as the issue states them, written out independently of WorkflowRules.
const std::map<S, std::vector<S>> expectedNext = {
    {S::Listed, {S::Accepted, S::Returned}},
    {S::Accepted, {S::Dispatched, S::Returned}},
    {S::Returned, {S::Listed, S::Closed}},
    {S::Dispatched, {S::Taken, S::Dispatched}},
    {S::Taken, {S::Resolved, S::Dispatched}},
    {S::Resolved, {S::Rated}},
    {S::Rated, {S::Closed}},
    {S::Closed, {}},
};

const char *expectedText(S state)
{
    switch (state) {
    case S::Listed: return "accepted, returned";
    case S::Accepted: return "dispatched, returned";
    case S::Returned: return "listed, closed";
    case S::Dispatched: return "taken, dispatched";
    case S::Taken: return "resolved, dispatched";
    case S::Resolved: return "rated";
    case S::Rated: return "closed";
    case S::Closed: return "none";
    }
    return "";
}

/// A new request brought to `state` along the shortest path, one minute per step.
qint64 reach(WorkflowFixture &f, S state)
{
    const qint64 id = f.add(QStringLiteral("2025-04-10T08:00:00"));
    int minute = 0;
    auto step = [&](S to, const QString &note = QString(), qint64 handler = 0, std::optional<Rating> rating = {}) {
        f.move(id, to, QStringLiteral("2025-04-10T08:%1:00").arg(++minute, 2, 10, QLatin1Char('0')), note, handler, rating);
    };
    if (state == S::Listed)
        return id;
    if (state == S::Returned) {
        step(S::Returned, QStringLiteral("不属于物业范围"));
        return id;
    }
    const std::vector<S> path = {S::Accepted, S::Dispatched, S::Taken, S::Resolved, S::Rated, S::Closed};
    for (S to : path) {
        step(to, to == S::Resolved ? QStringLiteral("已更换阀门") : QString(), to == S::Dispatched ? f.property : 0,
             to == S::Rated ? std::optional<Rating>(Rating::Satisfied) : std::nullopt);
        if (to == state)
            break;
    }
    return id;
}

} // namespace

TEST_CASE("the rules list exactly the issue's steps", "[workflow]")
{
    for (const auto &[state, next] : expectedNext) {
        CHECK(WorkflowRules::allowedNext(state) == QList<S>(next.begin(), next.end()));
        CHECK(WorkflowRules::allowedNextText(state) == QLatin1String(expectedText(state)));
        CHECK(WorkflowRules::stateFromCode(WorkflowRules::code(state)) == state);
    }
    CHECK(WorkflowRules::code(S::Dispatched) == QLatin1String("dispatched"));
    CHECK(WorkflowRules::severityFromCode(QStringLiteral("重大")) == Severity::Major);
    CHECK(WorkflowRules::severityFromCode(QStringLiteral("complex")) == Severity::Complex);
    CHECK(WorkflowRules::channelFromCode(QStringLiteral("12345转办")) == Channel::Hotline12345);
    CHECK(WorkflowRules::ratingFromCode(QStringLiteral("基本满意")) == Rating::Basic);
    CHECK_FALSE(WorkflowRules::stateFromCode(QStringLiteral("finished")));
}

TEST_CASE("every transition: allowed ones succeed, all others are refused naming the next steps", "[workflow]")
{
    const S from = GENERATE(S::Listed, S::Accepted, S::Returned, S::Dispatched, S::Taken, S::Resolved, S::Rated,
                            S::Closed);
    const S to = GENERATE(S::Listed, S::Accepted, S::Returned, S::Dispatched, S::Taken, S::Resolved, S::Rated,
                          S::Closed);
    const auto &allowed = expectedNext.at(from);
    const bool shouldPass = std::find(allowed.begin(), allowed.end(), to) != allowed.end();
    CAPTURE(WorkflowRules::code(from).toStdString(), WorkflowRules::code(to).toStdString(), shouldPass);

    WorkflowFixture f;
    const qint64 id = reach(f, from);
    REQUIRE(f.get(id).state == from);
    const int eventsBefore = f.events(id);

    // Every field any step needs, so that only the rules decide.
    const QString note = to == S::Returned ? QStringLiteral("请先联系业委会") : QStringLiteral("处理完毕");
    const qint64 handler = to == S::Dispatched ? f.utility : 0;
    const std::optional<Rating> rating = to == S::Rated ? std::optional<Rating>(Rating::Basic) : std::nullopt;
    const Status status = f.tryMove(id, to, QStringLiteral("2025-04-10T11:00:00"), note, handler, rating);

    const Request after = f.get(id);
    if (shouldPass) {
        INFO(status.message().toStdString());
        CHECK(status.ok());
        CHECK(after.state == to);
        CHECK(f.events(id) == eventsBefore + 1);
        CHECK(after.changedAt == Clock::fromText(QStringLiteral("2025-04-10T11:00:00")));
    } else {
        CHECK_FALSE(status.ok());
        const std::string message = status.message().toStdString();
        CHECK_THAT(message, Catch::Contains("it is " + WorkflowRules::code(from).toStdString()));
        CHECK_THAT(message, Catch::Contains(std::string("allowed next steps: ") + expectedText(from)));
        CHECK(after.state == from);
        CHECK(f.events(id) == eventsBefore);
    }
}

TEST_CASE("each step asks for what it needs", "[workflow]")
{
    WorkflowFixture f;
    const qint64 id = f.add(QStringLiteral("2025-04-10T08:00:00"));
    CHECK_THAT(f.tryMove(id, S::Returned).message().toStdString(), Catch::Contains("reason"));
    CHECK_THAT(f.tryMove(id, S::Accepted, {}, {}, f.property).message().toStdString(), Catch::Contains("handler"));
    CHECK_THAT(f.tryMove(id, S::Accepted, {}, {}, 0, Rating::Satisfied).message().toStdString(), Catch::Contains("rating"));
    f.move(id, S::Accepted);
    CHECK_THAT(f.tryMove(id, S::Dispatched).message().toStdString(), Catch::Contains("needs a handler"));
    CHECK_FALSE(f.tryMove(id, S::Dispatched, {}, {}, 99999).ok());
    f.move(id, S::Dispatched, {}, {}, f.property);
    // Re-dispatching to the same handler changes nothing and is refused.
    CHECK_THAT(f.tryMove(id, S::Dispatched, {}, {}, f.property).message().toStdString(), Catch::Contains("already dispatched"));
    f.move(id, S::Dispatched, {}, {}, f.utility);
    CHECK(f.get(id).handlerName == QStringLiteral("自来水公司"));
    f.move(id, S::Taken);
    CHECK_THAT(f.tryMove(id, S::Resolved).message().toStdString(), Catch::Contains("result"));
    f.move(id, S::Resolved, {}, QStringLiteral("  已修复  "));
    CHECK(f.get(id).result == QStringLiteral("已修复"));
    CHECK_THAT(f.tryMove(id, S::Rated).message().toStdString(), Catch::Contains("satisfied, basic or unsatisfied"));
    CHECK_FALSE(f.tryMove(999, S::Accepted).ok());
    CHECK_FALSE(f.engine.add(NewRequest{}).ok()); // no title
}

TEST_CASE("step times: never in the future, never before the previous step", "[workflow]")
{
    WorkflowFixture f; // now: 2025-04-10T12:00:00
    const qint64 id = f.add(QStringLiteral("2025-04-10T08:00:00"));
    CHECK_THAT(f.tryMove(id, S::Accepted, QStringLiteral("2025-04-10T07:59:59")).message().toStdString(),
               Catch::Contains("earlier than the request's previous step"));
    CHECK_THAT(f.tryMove(id, S::Accepted, QStringLiteral("2025-04-10T12:00:01")).message().toStdString(),
               Catch::Contains("future"));
    f.move(id, S::Accepted, QStringLiteral("2025-04-10T08:00:00")); // the same second is fine
    f.move(id, S::Dispatched, QString(), QString(), f.property);   // default: the clock's now
    CHECK(f.get(id).changedAt == f.clock.now());

    NewRequest future;
    future.title = QStringLiteral("x");
    future.categoryId = f.water;
    future.listedAt = Clock::fromText(QStringLiteral("2025-04-11T00:00:00"));
    CHECK_FALSE(f.engine.add(future).ok());
}

TEST_CASE("every step records actor, time and note in the timeline, which cannot be edited", "[workflow]")
{
    WorkflowFixture f;
    const qint64 id = reach(f, S::Closed);
    const Result<QList<RequestEvent>> events = f.engine.timeline(id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 7);
    CHECK(events->at(0).action == QLatin1String("listed"));
    CHECK_FALSE(events->at(0).fromState.has_value());
    CHECK(events->at(0).actor == QStringLiteral("网格员"));
    CHECK(events->at(2).action == QLatin1String("dispatched"));
    CHECK(events->at(2).handlerName == QStringLiteral("苏新物业"));
    CHECK(events->at(2).at == Clock::fromText(QStringLiteral("2025-04-10T08:02:00")));
    CHECK(events->at(4).note == QStringLiteral("已更换阀门"));
    CHECK(events->at(5).rating == Rating::Satisfied);
    CHECK(events->at(6).fromState == S::Rated);
    CHECK(events->at(6).actor == QStringLiteral("书记"));

    QSqlQuery query(f.db.sql());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE request_event SET note = 'x'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM request_event")));
    CHECK(f.events(id) == 7);
}

TEST_CASE("不满意 reopens the request to dispatched and counts the reopenings", "[workflow]")
{
    WorkflowFixture f;
    const qint64 id = reach(f, S::Resolved); // resolved at 08:04
    f.move(id, S::Rated, QStringLiteral("2025-04-10T09:00:00"), QStringLiteral("还在漏"), 0, Rating::Unsatisfied);
    Request r = f.get(id);
    CHECK(r.state == S::Dispatched);
    CHECK(r.reopenCount == 1);
    CHECK(r.rating == Rating::Unsatisfied);
    CHECK(r.ratingComment == QStringLiteral("还在漏"));
    CHECK(r.handlerId == f.property);
    // The first resolution still counts for the 5341 figures; the redo has its own clock.
    CHECK(r.metAt == Clock::fromText(QStringLiteral("2025-04-10T08:04:00")));
    CHECK(r.roundStartedAt == Clock::fromText(QStringLiteral("2025-04-10T09:00:00")));
    CHECK(r.roundDueAt == Clock::fromText(QStringLiteral("2025-04-10T09:30:00")));
    CHECK_FALSE(r.roundMetAt.isValid());
    const Result<QList<RequestEvent>> events = f.engine.timeline(id);
    REQUIRE(events->size() == 7);
    CHECK(events->at(5).action == QLatin1String("rated"));
    CHECK(events->at(6).action == QLatin1String("reopened"));
    CHECK(events->at(6).toState == S::Dispatched);

    // The second redo goes to another handler, named with the rating.
    f.move(id, S::Taken, QStringLiteral("2025-04-10T09:10:00"));
    f.move(id, S::Resolved, QStringLiteral("2025-04-10T09:20:00"), QStringLiteral("再次维修"));
    f.move(id, S::Rated, QStringLiteral("2025-04-10T09:30:00"), QString(), f.utility, Rating::Unsatisfied);
    r = f.get(id);
    CHECK(r.reopenCount == 2);
    CHECK(r.handlerId == f.utility);
    CHECK(r.result == QStringLiteral("再次维修"));

    f.move(id, S::Taken, QStringLiteral("2025-04-10T09:40:00"));
    f.move(id, S::Resolved, QStringLiteral("2025-04-10T09:50:00"), QStringLiteral("更换整段管道"));
    f.move(id, S::Rated, QStringLiteral("2025-04-10T10:00:00"), QString(), 0, Rating::Satisfied);
    f.move(id, S::Closed, QStringLiteral("2025-04-10T10:05:00"));
    r = f.get(id);
    CHECK(r.state == S::Closed);
    CHECK(r.reopenCount == 2);
    CHECK(r.rating == Rating::Satisfied);
    CHECK(r.closedAt == Clock::fromText(QStringLiteral("2025-04-10T10:05:00")));
}

TEST_CASE("deadline colours at the boundaries", "[workflow][deadline]")
{
    const QDateTime start = Clock::fromText(QStringLiteral("2025-03-01T08:00:00"));
    struct Row { int allowanceMinutes; qint64 seconds; DeadlineColour colour; };
    const Row rows[] = {
        {30, 0, DeadlineColour::Green},      {30, 1439, DeadlineColour::Green}, {30, 1440, DeadlineColour::Yellow},
        {30, 1800, DeadlineColour::Yellow},  {30, 1801, DeadlineColour::Red},   {240, 11519, DeadlineColour::Green},
        {240, 11520, DeadlineColour::Yellow}, {240, 14400, DeadlineColour::Yellow}, {240, 14401, DeadlineColour::Red},
        {1440, 69119, DeadlineColour::Green}, {1440, 69120, DeadlineColour::Yellow}, {1440, 86401, DeadlineColour::Red},
        {5, 239, DeadlineColour::Green},     {5, 240, DeadlineColour::Yellow},  {5, 301, DeadlineColour::Red},
    };
    for (const Row &row : rows) {
        CAPTURE(row.allowanceMinutes, row.seconds);
        CHECK(DeadlinePolicy::colourAt(start, start.addSecs(row.allowanceMinutes * 60), start.addSecs(row.seconds))
              == row.colour);
    }
    CHECK(DeadlinePolicy::colourAt(QDateTime(), start, start) == DeadlineColour::None);
}

TEST_CASE("a request's colour follows the clock until its deadline is met", "[workflow][deadline]")
{
    WorkflowFixture f;
    f.clock.set(QStringLiteral("2025-04-10T08:00:00"));
    const qint64 ordinary = f.add(QStringLiteral("2025-04-10T08:00:00"));
    const qint64 complex = f.add(QStringLiteral("2025-04-10T08:00:00"), Severity::Complex);
    const qint64 major = f.add(QStringLiteral("2025-04-10T08:00:00"), Severity::Major);
    CHECK(f.get(ordinary).deadlineAt == Clock::fromText(QStringLiteral("2025-04-10T08:30:00")));
    CHECK(f.get(ordinary).arriveDeadlineAt == Clock::fromText(QStringLiteral("2025-04-10T08:05:00")));
    CHECK(f.get(complex).deadlineAt == Clock::fromText(QStringLiteral("2025-04-10T12:00:00")));
    CHECK(f.get(major).deadlineAt == Clock::fromText(QStringLiteral("2025-04-11T08:00:00")));

    f.clock.set(QStringLiteral("2025-04-10T08:23:59"));
    CHECK(f.get(ordinary).colour == DeadlineColour::Green);
    f.clock.set(QStringLiteral("2025-04-10T08:24:00"));
    CHECK(f.get(ordinary).colour == DeadlineColour::Yellow);
    f.clock.set(QStringLiteral("2025-04-10T08:30:00"));
    CHECK(f.get(ordinary).colour == DeadlineColour::Yellow);
    f.clock.set(QStringLiteral("2025-04-10T08:30:01"));
    CHECK(f.get(ordinary).colour == DeadlineColour::Red);
    CHECK(f.get(complex).colour == DeadlineColour::Green);

    // Resolution stops the clock; so does a major problem's plan.
    f.move(ordinary, S::Accepted);
    f.move(ordinary, S::Dispatched, {}, {}, f.property);
    f.move(ordinary, S::Taken);
    f.move(ordinary, S::Resolved, {}, QStringLiteral("ok"));
    CHECK(f.get(ordinary).colour == DeadlineColour::None);

    f.move(major, S::Accepted);
    CHECK_FALSE(f.engine.recordPlan(major, QStringLiteral("plan"), {}, QStringLiteral("x")).ok()); // not yet dispatched
    f.move(major, S::Dispatched, {}, {}, f.property);
    f.clock.set(QStringLiteral("2025-04-11T03:12:00")); // 80% of a day
    CHECK(f.get(major).colour == DeadlineColour::Yellow);
    CHECK_FALSE(f.engine.recordPlan(complex, QStringLiteral("plan"), {}, QStringLiteral("x")).ok()); // not major
    REQUIRE(f.engine.recordPlan(major, QStringLiteral("周六更换立管"), {}, QStringLiteral("物业经理")).ok());
    const Request planned = f.get(major);
    CHECK(planned.colour == DeadlineColour::None);
    CHECK(planned.plan == QStringLiteral("周六更换立管"));
    CHECK(planned.metAt == Clock::fromText(QStringLiteral("2025-04-11T03:12:00")));
    CHECK(planned.state == S::Dispatched);

    // Returned and closed requests have no clock.
    const qint64 returned = f.add(QStringLiteral("2025-04-10T09:00:00"));
    f.move(returned, S::Returned, {}, QStringLiteral("重复诉求"));
    CHECK(f.get(returned).colour == DeadlineColour::None);
}

TEST_CASE("the 5341 policy lives in the setting table and applies to new requests", "[workflow][deadline]")
{
    WorkflowFixture f;
    CHECK(cd::test::sqlValue(f.db, QStringLiteral("SELECT value FROM setting WHERE key = 'workflow.ordinary_minutes'"))
              .toString() == QLatin1String("30"));
    const DeadlinePolicy defaults = DeadlinePolicy::load(f.db).value();
    CHECK(defaults == DeadlinePolicy{});
    CHECK(defaults.arriveMinutes == 5);
    CHECK(defaults.allowanceMinutes(Severity::Major) == 1440);

    const qint64 before = f.add(QStringLiteral("2025-04-10T08:00:00"));
    DeadlinePolicy changed = defaults;
    changed.ordinaryMinutes = 45;
    changed.arriveMinutes = 10;
    REQUIRE(changed.save(f.db).ok());
    CHECK(DeadlinePolicy::load(f.db).value() == changed);
    const qint64 after = f.add(QStringLiteral("2025-04-10T08:00:00"));
    CHECK(f.get(after).deadlineAt == Clock::fromText(QStringLiteral("2025-04-10T08:45:00")));
    CHECK(f.get(after).arriveDeadlineAt == Clock::fromText(QStringLiteral("2025-04-10T08:10:00")));
    CHECK(f.get(before).deadlineAt == Clock::fromText(QStringLiteral("2025-04-10T08:30:00")));

    changed.complexMinutes = 0;
    CHECK_FALSE(changed.save(f.db).ok());
    CHECK(DeadlinePolicy::load(f.db)->complexMinutes == 240);
    // A damaged stored value falls back to the default.
    QSqlQuery(f.db.sql()).exec(QStringLiteral("UPDATE setting SET value = 'abc' WHERE key = 'workflow.major_minutes'"));
    CHECK(DeadlinePolicy::load(f.db)->majorMinutes == 1440);
}

TEST_CASE("a returned request listed again starts its clocks again", "[workflow][deadline]")
{
    WorkflowFixture f;
    const qint64 id = f.add(QStringLiteral("2025-04-10T08:00:00"));
    f.move(id, S::Returned, QStringLiteral("2025-04-10T08:10:00"), QStringLiteral("请补充房号"));
    f.move(id, S::Listed, QStringLiteral("2025-04-10T10:00:00"));
    const Request r = f.get(id);
    CHECK(r.listedAt == Clock::fromText(QStringLiteral("2025-04-10T08:00:00")));
    CHECK(r.deadlineAt == Clock::fromText(QStringLiteral("2025-04-10T10:30:00")));
    CHECK(r.roundDueAt == Clock::fromText(QStringLiteral("2025-04-10T10:30:00")));
}
