// The demo community's elections: one finished (closed, committee with roles, filed) and one
// in progress (voting open, part of the ballots in), written through the real rules.
#include "demo/demorunner.h"
#include "demo/electiondemo.h"
#include "demo/rosterdemo.h"
#include "election/electiontally.h"
#include "election/electionworkflow.h"
#include "test_election_fixture.h"

using cd::test::election::value;

namespace {

void runDemo(cd::Database &db, int households, quint64 seed)
{
    std::vector<std::unique_ptr<cd::DemoStep>> steps;
    steps.push_back(std::make_unique<cd::RosterDemo>());
    steps.push_back(std::make_unique<cd::ElectionDemo>());
    cd::DemoOptions options;
    options.households = households;
    options.seed = seed;
    const cd::Result<cd::DemoSummary> done = cd::DemoRunner::run(db, options, steps);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

QString fingerprint(cd::Database &db)
{
    QStringList parts;
    for (const char *sql : {"SELECT group_concat(id || status || seats || coalesce(closed_at, ''), ';') FROM election",
                            "SELECT group_concat(number || status || canvass || area_centi, ';') FROM election_voter",
                            "SELECT group_concat(candidate_id || choice, ';') FROM election_ballot_mark",
                            "SELECT group_concat(name || role, ';') FROM election_member"})
        parts << value(db, QString::fromLatin1(sql)).toString();
    return parts.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("election demo: a finished election and one in progress", "[election][demo]")
{
    cd::test::TempDir dir;
    cd::Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("demo.sqlite"))).ok());
    runDemo(db, 800, 11);

    cd::ManualClock clock(QStringLiteral("2026-11-01T09:00:00"));
    cd::ElectionStore store(db, clock);
    const std::vector<cd::Election> elections = *store.elections();
    REQUIRE(elections.size() == 2);
    const cd::Election &open = elections[0];   // newest first
    const cd::Election &closed = elections[1];
    CHECK(closed.isClosed());
    CHECK(open.isVoting());

    // Finished: turnout met, a committee with a director, filed within 30 days.
    const cd::TallyResult done = *cd::ElectionTally::run(db, closed.id);
    CHECK(done.turnoutMet());
    const std::vector<cd::ElectedMember> members = *store.members(closed.id);
    CHECK(int(members.size()) >= closed.minSize);
    CHECK(std::count_if(members.begin(), members.end(), [](const cd::ElectedMember &m) { return m.role == QStringLiteral("director"); }) == 1);
    CHECK(closed.filedAt.isValid());
    CHECK(cd::Clock::fromText(closed.closedAt).date().daysTo(closed.filedAt) <= 30);
    const std::vector<cd::StepReport> steps = *cd::ElectionWorkflow(store).steps(closed.id);
    for (const cd::StepReport &s : steps)
        CHECK(s.isDone());

    // In progress: part of the ballots in, statuses and visits recorded, not at two thirds yet.
    const cd::TallyResult running = *cd::ElectionTally::run(db, open.id);
    CHECK(running.participating.persons > 0);
    CHECK_FALSE(running.turnoutMet());
    CHECK(running.turnoutGap().persons > 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM election_voter WHERE election_id = ? AND status IN ('refused', 'unreachable')"),
                {open.id}).toInt() > 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM election_voter WHERE election_id = ? AND canvass = 'delivered'"),
                {open.id}).toInt() > 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM election_ballot WHERE by_proxy = 1")).toInt() > 0);
    CHECK(cd::ElectionWorkflow(store).step(open.id, cd::ElectionStep::Voting)->state == cd::StepReport::State::InProgress);

    // Party members are at least half of the slate.
    int party = 0, approved = 0;
    const std::vector<cd::Candidate> candidates = *store.candidates(open.id);
    for (const cd::Candidate &c : candidates) {
        approved += c.isApproved() ? 1 : 0;
        party += c.isApproved() && c.partyMember ? 1 : 0;
    }
    CHECK(2 * party >= approved);
}

TEST_CASE("election demo: the same seed gives the same elections", "[election][demo]")
{
    cd::test::TempDir dir;
    cd::Database a, b, c;
    REQUIRE(a.open(dir.file(QStringLiteral("a.sqlite"))).ok());
    REQUIRE(b.open(dir.file(QStringLiteral("b.sqlite"))).ok());
    REQUIRE(c.open(dir.file(QStringLiteral("c.sqlite"))).ok());
    runDemo(a, 300, 5);
    runDemo(b, 300, 5);
    runDemo(c, 300, 6);
    CHECK(fingerprint(a) == fingerprint(b));
    CHECK(fingerprint(a) != fingerprint(c));
    // A second run into the same database is refused before anything is written.
    std::vector<std::unique_ptr<cd::DemoStep>> steps;
    steps.push_back(std::make_unique<cd::ElectionDemo>());
    CHECK_FALSE(cd::DemoRunner::run(a, cd::DemoOptions(), steps).ok());
}
