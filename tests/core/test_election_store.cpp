// Elections step by step: settings, vetting, the workflow's readiness, ballots, closing,
// corrections, ties and run-offs, the committee in the census and the 备案 checklist.
#include "election/electionfiling.h"
#include "election/electionworkflow.h"
#include "election/partymembership.h"
#include "election/turnoutpanel.h"
#include "test_election_fixture.h"

using cd::BallotEntry;
using cd::Candidate;
using cd::Election;
using cd::ElectionStep;
using cd::ElectionWorkflow;
using cd::StepReport;
using cd::test::election::Fixture;
using cd::test::election::value;

namespace {

StepReport step(Fixture &f, qint64 election, ElectionStep which)
{
    const cd::Result<StepReport> report = ElectionWorkflow(f.store).step(election, which);
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("election: committee size bounds and seats", "[election][store]")
{
    Fixture f;
    Election e;
    e.estateId = f.estate;
    e.title = QStringLiteral("换届选举");
    e.kind = QStringLiteral("renewal");
    e.seats = 6;
    CHECK_FALSE(f.store.create(e).ok()); // even
    e.seats = 13;
    CHECK_FALSE(f.store.create(e).ok()); // above 11
    e.seats = 3;
    CHECK_FALSE(f.store.create(e).ok()); // below 5
    e.minSize = 3;                       // a city that allows 3 for small estates
    CHECK(f.store.create(e).ok());
    e.kind = QStringLiteral("by_election");
    e.seats = 2; // a by-election fills vacancies
    CHECK(f.store.create(e).ok());
    e.kind = QStringLiteral("first");
    e.seats = 7;
    e.estateId = 999;
    CHECK_FALSE(f.store.create(e).ok());
}

TEST_CASE("election: vetting by the four haves, conditions and disqualifiers", "[election][store]")
{
    Fixture f;
    const std::vector<qint64> people = f.owners(3, 10000);
    const qint64 election = f.election(1, {});
    const cd::Result<qint64> added = f.store.addCandidate(election, people[0], QStringLiteral("party_org"));
    REQUIRE(added.ok());
    CHECK_FALSE(f.store.addCandidate(election, people[0], QStringLiteral("self")).ok()); // twice
    CHECK_FALSE(f.store.addCandidate(election, people[1], QStringLiteral("lottery")).ok());
    const qint64 c = *added;

    const std::vector<cd::ElectionCondition> conditions = *f.store.conditions(election);
    REQUIRE(conditions.size() == 8);
    CHECK(std::any_of(conditions.begin(), conditions.end(), [](const cd::ElectionCondition &k) {
        return k.isDisqualifier() && k.text == QStringLiteral("欠缴物业费或专项维修资金");
    }));

    // Nothing confirmed yet: refused with every reason.
    const cd::Status refused = f.store.approve(c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("four haves")));
    CHECK(refused.message().contains(QStringLiteral("本小区业主")));

    cd::FourHas four;
    four.ability = four.conduct = four.publicSpirit = four.enthusiasm = true;
    REQUIRE(f.store.setFourHas(c, four).ok());
    for (const cd::ElectionCondition &k : conditions)
        REQUIRE(f.store.setCheck(c, {k.id, !k.isDisqualifier(), QString()}).ok());
    // One disqualifier applies: 欠缴物业费.
    const cd::ElectionCondition arrears = *std::find_if(conditions.begin(), conditions.end(), [](const cd::ElectionCondition &k) {
        return k.isDisqualifier();
    });
    REQUIRE(f.store.setCheck(c, {arrears.id, true, QStringLiteral("欠费两年")}).ok());
    const cd::Status disqualified = f.store.approve(c);
    REQUIRE_FALSE(disqualified.ok());
    CHECK(disqualified.message().contains(arrears.text));
    CHECK_FALSE(f.store.approveAllChecks(c, QString()).ok()); // --vetted does not wipe the finding

    REQUIRE(f.store.setCheck(c, {arrears.id, false, QStringLiteral("已结清")}).ok());
    REQUIRE(f.store.approve(c).ok());
    CHECK(f.store.candidate(c)->isApproved());

    // A new condition sends approved candidates back to vetting.
    REQUIRE(f.store.addCondition(election, {0, QStringLiteral("disqualifier"), QStringLiteral("本届筹备组成员"), 0}).ok());
    CHECK(f.store.candidate(c)->isPending());
    CHECK_FALSE(f.store.reject(c, QString()).ok()); // a rejection needs its reason
    REQUIRE(f.store.reject(c, QStringLiteral("本人放弃")).ok());
}

TEST_CASE("election: each step says what is missing and never runs early", "[election][workflow]")
{
    Fixture f;
    const std::vector<qint64> people = f.owners(6, 10000);
    Election e;
    e.estateId = f.estate;
    e.title = QStringLiteral("首次选举");
    e.seats = 5;
    const qint64 election = *f.store.create(e);

    std::vector<StepReport> steps = *ElectionWorkflow(f.store).steps(election);
    REQUIRE(steps.size() == 6);
    CHECK(steps[0].state == StepReport::State::InProgress);
    CHECK_FALSE(steps[0].missing.filter(QStringLiteral("date")).isEmpty());
    for (int i = 1; i < 6; ++i)
        CHECK(steps[size_t(i)].state == StepReport::State::Blocked);
    const cd::Status early = f.store.openVoting(election);
    REQUIRE_FALSE(early.ok());
    CHECK(early.message().contains(QStringLiteral("Complete the preparation")));
    CHECK_FALSE(f.store.close(election).ok());
    CHECK_FALSE(f.store.enterBallot(election, BallotEntry{1, {}, {}, false, {}, false, {}}).ok());

    e = *f.store.election(election);
    e.meetingDate = QDate(2026, 12, 5);
    REQUIRE(f.store.update(e).ok());
    CHECK(step(f, election, ElectionStep::Prepare).isDone());
    StepReport slate = step(f, election, ElectionStep::Candidates);
    CHECK(slate.state == StepReport::State::InProgress);
    CHECK_FALSE(slate.missing.filter(QStringLiteral("5 are needed")).isEmpty());

    // Five approved, one still pending: the pending one blocks the roll.
    for (int i = 0; i < 5; ++i)
        REQUIRE(f.store.approveAllChecks(*f.store.addCandidate(election, people[size_t(i)], QStringLiteral("self")), {}).ok());
    const qint64 pending = *f.store.addCandidate(election, people[5], QStringLiteral("joint"));
    slate = step(f, election, ElectionStep::Candidates);
    CHECK_FALSE(slate.missing.filter(QStringLiteral("waiting for vetting")).isEmpty());
    CHECK(step(f, election, ElectionStep::Roll).state == StepReport::State::Blocked);
    // No party members among them: a warning, not a block.
    CHECK_FALSE(slate.warnings.filter(QStringLiteral("under half")).isEmpty());
    REQUIRE(f.store.withdraw(pending, QStringLiteral("工作调动")).ok());

    const StepReport roll = step(f, election, ElectionStep::Roll);
    CHECK(roll.canRun());
    CHECK(step(f, election, ElectionStep::Voting).state == StepReport::State::Blocked);
    REQUIRE(f.store.openVoting(election).ok());
    CHECK(step(f, election, ElectionStep::Roll).isDone());
    CHECK(step(f, election, ElectionStep::Voting).state == StepReport::State::InProgress);
    const StepReport counting = step(f, election, ElectionStep::Counting);
    CHECK_FALSE(counting.canRun()); // no ballots yet
    CHECK_FALSE(f.store.close(election).ok());
    // Preparation is over: candidates and settings are fixed.
    CHECK_FALSE(f.store.addCandidate(election, people[5], QStringLiteral("self")).ok());
    CHECK_FALSE(f.store.update(e).ok());
    CHECK_FALSE(f.store.openVoting(election).ok());

    f.vote(election, 1, {f.ballotOrder(election)[0]});
    CHECK(step(f, election, ElectionStep::Counting).canRun());
    CHECK(step(f, election, ElectionStep::Results).state == StepReport::State::Blocked);
    REQUIRE(f.store.close(election).ok());
    CHECK(step(f, election, ElectionStep::Counting).isDone());
    // One ballot of six: the vote decided nothing, so there is nothing to file, and it says so.
    const StepReport results = step(f, election, ElectionStep::Results);
    CHECK(results.isDone());
    CHECK_FALSE(results.warnings.filter(QStringLiteral("Turnout below two thirds")).isEmpty());
}

TEST_CASE("election: ballots, statuses, proxies and the turnout panel", "[election][voting]")
{
    Fixture f;
    const std::vector<qint64> people = f.owners(6, 10000);
    const qint64 election = f.election(2, {people[0], people[1], people[2]});
    REQUIRE(f.store.openVoting(election).ok());
    const std::vector<qint64> c = f.ballotOrder(election);
    REQUIRE(c.size() == 3);
    CHECK(f.store.candidates(election)->front().ballotNumber == 1);

    f.vote(election, 1, {c[0], c[1]}, {c[2]});
    CHECK(f.store.voter(election, 1)->status == QStringLiteral("voted"));
    // Entered twice: refused, a correction is needed.
    BallotEntry again{1, {c[0]}, {}, false, {}, false, {}};
    CHECK_FALSE(f.store.enterBallot(election, again).ok());
    // Yes and no for one candidate, or someone not on the ballot: refused.
    CHECK_FALSE(f.store.enterBallot(election, BallotEntry{2, {c[0]}, {c[0]}, false, {}, false, {}}).ok());
    CHECK_FALSE(f.store.enterBallot(election, BallotEntry{2, {people[5]}, {}, false, {}, false, {}}).ok());
    CHECK_FALSE(f.store.enterBallot(election, BallotEntry{99, {c[0]}, {}, false, {}, false, {}}).ok());
    // More yes than seats: recorded as invalid.
    f.vote(election, 2, {c[0], c[1], c[2]});
    CHECK(value(f.db, QStringLiteral("SELECT invalid_reason FROM election_ballot b JOIN election_voter v ON v.id = b.voter_id "
                                     "WHERE v.number = 2")).toString() == QStringLiteral("overvote"));

    // A proxy ballot needs the written proxy first.
    CHECK_FALSE(f.store.enterBallot(election, BallotEntry{3, {c[0]}, {}, false, {}, true, {}}).ok());
    REQUIRE(f.store.setProxy(election, 3, QStringLiteral("王代理"), QStringLiteral("委托书第3号")).ok());
    REQUIRE(f.store.enterBallot(election, BallotEntry{3, {c[0]}, {}, false, {}, true, QStringLiteral("计票员甲")}).ok());

    REQUIRE(f.store.setVoterStatus(election, 4, QStringLiteral("refused")).ok());
    REQUIRE(f.store.setVoterStatus(election, 5, QStringLiteral("unreachable")).ok());
    CHECK_FALSE(f.store.setVoterStatus(election, 1, QStringLiteral("refused")).ok()); // has voted
    CHECK_FALSE(f.store.setVoterStatus(election, 4, QStringLiteral("voted")).ok());
    REQUIRE(f.store.setCanvass(election, 6, QStringLiteral("delivered"), QStringLiteral("周六上门")).ok());
    CHECK(f.store.voter(election, 6)->canvass == QStringLiteral("delivered"));
    CHECK(f.store.voter(election, 4)->status == QStringLiteral("refused"));

    // 3 of 6 persons and 300 of 600 m²: one more of each is missing.
    const cd::TallyResult t = *cd::ElectionTally::run(f.db, election);
    CHECK(t.participating == cd::Measures{3, 30000});
    CHECK(t.turnoutGap() == cd::Measures{1, 10000});
    CHECK(cd::OwnersVote::turnoutGapText(t.total, t.participating).contains(QStringLiteral("1 more owners and 100.00")));
    // The panel: statuses, visits and the same per building.
    const cd::TurnoutPanelData panel = *cd::TurnoutPanel::compute(f.db, election);
    CHECK(panel.total == cd::Measures{6, 60000});
    CHECK(panel.participating == t.participating);
    CHECK(panel.missing == cd::Measures{1, 10000});
    CHECK(panel.text == cd::OwnersVote::turnoutGapText(t.total, t.participating));
    CHECK(panel.voted == 3);
    CHECK(panel.pending == 1);
    CHECK(panel.refused == 1);
    CHECK(panel.unreachable == 1);
    CHECK(panel.delivered == 1);
    REQUIRE(panel.buildings.size() == 1);
    CHECK(panel.buildings[0].building == QStringLiteral("1"));
    CHECK(panel.buildings[0].voted.persons == 3);
    CHECK(panel.buildings[0].notVisited == 2); // voters 4 and 5; 6 had its ballot delivered
    f.vote(election, 4, {c[0]}); // the refusal changed its mind
    CHECK(f.store.voter(election, 4)->status == QStringLiteral("voted"));
    CHECK(cd::ElectionTally::run(f.db, election)->turnoutMet());
}

TEST_CASE("election: closing freezes ballots; corrections need a reason and are logged", "[election][voting]")
{
    Fixture f;
    const std::vector<qint64> people = f.owners(5, 10000);
    const qint64 election = f.election(1, {people[0], people[1]});
    REQUIRE(f.store.openVoting(election).ok());
    const std::vector<qint64> c = f.ballotOrder(election);
    for (int n = 1; n <= 4; ++n)
        f.vote(election, n, {c[0]});
    REQUIRE(f.store.close(election).ok());
    std::vector<cd::ElectedMember> members = *f.store.members(election);
    REQUIRE(members.size() == 1);
    CHECK(members.front().candidateId == c[0]);

    CHECK_FALSE(f.store.enterBallot(election, BallotEntry{5, {c[0]}, {}, false, {}, false, {}}).ok());
    CHECK_FALSE(f.store.correctBallot(election, BallotEntry{1, {c[1]}, {}, false, {}, false, {}}, QStringLiteral("  ")).ok());

    // Two ballots were misread: they were for candidate 2. Candidate 1 keeps 2 of 4: not over half.
    REQUIRE(f.store.correctBallot(election, BallotEntry{1, {c[1]}, {}, false, {}, false, {}}, QStringLiteral("录入错误"),
                                  QStringLiteral("计票员乙")).ok());
    REQUIRE(f.store.correctBallot(election, BallotEntry{2, {c[1]}, {}, false, {}, false, {}}, QStringLiteral("录入错误")).ok());
    const std::vector<cd::BallotCorrection> log = *f.store.corrections(election);
    REQUIRE(log.size() == 2);
    CHECK(log[0].voterNumber == 1);
    CHECK(log[0].reason == QStringLiteral("录入错误"));
    CHECK(log[0].actor == QStringLiteral("计票员乙"));
    CHECK(log[0].before.contains(QStringLiteral("yes: 1")));
    CHECK(log[0].after.contains(QStringLiteral("yes: 2")));
    CHECK(value(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'election_correction'")).toInt() == 2);
    CHECK(f.store.members(election)->empty()); // the committee follows the corrected count

    REQUIRE(f.store.removeBallot(election, 2, QStringLiteral("选票编号登记错误")).ok());
    CHECK(f.store.voter(election, 2)->status == QStringLiteral("pending"));
    CHECK(f.store.corrections(election)->size() == 3);
}

TEST_CASE("election: a tie at the last seat is reported and settled by a recorded run-off", "[election][voting]")
{
    Fixture f;
    const std::vector<qint64> people = f.owners(6, 10000);
    const qint64 election = f.election(2, {people[0], people[1], people[2]});
    REQUIRE(f.store.openVoting(election).ok());
    const std::vector<qint64> c = f.ballotOrder(election);
    f.vote(election, 1, {c[0], c[1]});
    f.vote(election, 2, {c[0], c[2]});
    f.vote(election, 3, {c[0], c[1]});
    f.vote(election, 4, {c[1], c[2]});
    f.vote(election, 5, {c[0], c[2]});
    const cd::TallyResult t = *cd::ElectionTally::run(f.db, election);
    REQUIRE(t.elected == std::vector<qint64>{c[0]});
    REQUIRE(t.tied.size() == 2);
    CHECK(t.runOffSeats == 1);

    REQUIRE(f.store.close(election).ok());
    CHECK(f.store.members(election)->size() == 1); // the tied seat stays open
    StepReport results = step(f, election, ElectionStep::Results);
    CHECK_FALSE(results.missing.filter(QStringLiteral("run-off")).isEmpty());
    CHECK_FALSE(f.store.recordRunOff(election, {c[1]}, QString()).ok());          // needs a note
    CHECK_FALSE(f.store.recordRunOff(election, {c[0]}, QStringLiteral("x")).ok()); // not tied
    CHECK_FALSE(f.store.recordRunOff(election, {c[1], c[2]}, QStringLiteral("x")).ok()); // one seat only
    REQUIRE(f.store.recordRunOff(election, {c[2]}, QStringLiteral("12月12日另行投票，3比2")).ok());
    const std::vector<cd::ElectedMember> members = *f.store.members(election);
    REQUIRE(members.size() == 2);
    CHECK(std::any_of(members.begin(), members.end(), [&](const cd::ElectedMember &m) {
        return m.candidateId == c[2] && m.source == QStringLiteral("runoff");
    }));
    results = step(f, election, ElectionStep::Results);
    CHECK(results.missing.filter(QStringLiteral("run-off")).isEmpty());
}

TEST_CASE("election: the committee goes to the census with roles and the 备案 deadline", "[election][results]")
{
    Fixture f;
    const std::vector<qint64> party = f.owners(2, 10000, QStringLiteral("cpc_member"));
    const std::vector<qint64> others = f.owners(2, 10000);
    const qint64 election = f.election(3, {party[0], party[1], others[0]});
    REQUIRE(f.store.openVoting(election).ok());
    const std::vector<qint64> c = f.ballotOrder(election);
    for (int n = 1; n <= 4; ++n)
        f.vote(election, n, c);
    f.clock.set(QStringLiteral("2026-11-20T18:00:00"));
    REQUIRE(f.store.close(election).ok());
    const cd::TallyResult t = *cd::ElectionTally::run(f.db, election);
    CHECK(t.electedPartyMembers == 2);
    CHECK(t.warnings.filter(QStringLiteral("Party members")).isEmpty()); // 2 of 3: over half

    CHECK_FALSE(f.store.setRole(election, c[0], QStringLiteral("chair")).ok());
    REQUIRE(f.store.setRole(election, c[0], QStringLiteral("director")).ok());
    CHECK_FALSE(f.store.setRole(election, c[1], QStringLiteral("director")).ok()); // one director
    REQUIRE(f.store.setRole(election, c[1], QStringLiteral("deputy_director")).ok());

    if (cd::PartyMembership::hasCensusTables(f.db)) {
        CHECK(value(f.db, QStringLiteral("SELECT count(*) FROM owners_committee WHERE estate_id = ?"), {f.estate}).toInt() == 1);
        CHECK(value(f.db, QStringLiteral("SELECT term_start || '/' || term_end FROM owners_committee")).toString()
              == QStringLiteral("2026-11-20/2031-11-19"));
        CHECK(value(f.db, QStringLiteral("SELECT count(*) FROM owners_committee_member")).toInt() == 3);
        CHECK(value(f.db, QStringLiteral("SELECT role FROM owners_committee_member WHERE person_id = ?"),
                    {f.store.candidate(c[0])->personId}).toString() == QStringLiteral("director"));
    }

    cd::ElectionFiling filing(f.store);
    cd::FilingStatus status = *filing.status(election);
    CHECK(status.deadline == QDate(2026, 12, 20));
    CHECK(status.daysLeft == 30);
    CHECK(status.outstanding() == 7);
    CHECK_FALSE(filing.markFiled(election, QDate(2026, 11, 25)).ok());
    for (const QString &code : cd::ElectionFiling::itemCodes())
        REQUIRE(filing.setItem(election, code, true).ok());
    f.clock.set(QStringLiteral("2026-12-21T10:00:00"));
    status = *filing.status(election);
    CHECK(status.overdue);
    CHECK_FALSE(step(f, election, ElectionStep::Results).warnings.filter(QStringLiteral("deadline")).isEmpty());
    CHECK_FALSE(filing.markFiled(election, QDate(2026, 12, 22)).ok()); // in the future
    REQUIRE(filing.markFiled(election, QDate(2026, 12, 21)).ok());
    CHECK(step(f, election, ElectionStep::Results).isDone());
    // Filed: ballots can no longer be corrected.
    CHECK_FALSE(f.store.correctBallot(election, BallotEntry{1, {}, {}, false, {}, false, {}}, QStringLiteral("x")).ok());
    if (cd::PartyMembership::hasCensusTables(f.db))
        CHECK(value(f.db, QStringLiteral("SELECT filed_on FROM owners_committee")).toString() == QStringLiteral("2026-12-21"));
}

TEST_CASE("election: party membership comes from the census when it lists the person", "[election][results]")
{
    Fixture f;
    const qint64 member = f.person(QStringLiteral("党员甲"), QStringLiteral("cpc_member"));
    const qint64 masses = f.person(QStringLiteral("群众乙"));
    CHECK(*cd::PartyMembership::isMember(f.db, member));
    CHECK_FALSE(*cd::PartyMembership::isMember(f.db, masses));
    if (cd::PartyMembership::hasCensusTables(f.db)) {
        // Listed by the census as having left the party: no longer counted, whatever the roster says.
        cd::test::election::insert(f.db, QStringLiteral("INSERT INTO party_member(person_id, joined, left_on, left_reason) "
                                                        "VALUES (?, '1990-07-01', '2020-01-01', 'transferred_out')"),
                                   {member});
        CHECK_FALSE(*cd::PartyMembership::isMember(f.db, member));
        cd::test::election::insert(f.db, QStringLiteral("INSERT INTO party_member(person_id, joined) VALUES (?, '2025-07-01')"),
                                   {masses});
        CHECK(*cd::PartyMembership::isMember(f.db, masses));
    }
}
