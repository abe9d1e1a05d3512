// The voter roll by the counting rules, and its isolation once frozen.
#include "election/voterrollbuilder.h"
#include "test_election_fixture.h"

using cd::RollVoter;
using cd::VoterRoll;
using cd::VoterRollBuilder;
using cd::test::election::Fixture;
using cd::test::election::insert;

namespace {

const RollVoter *find(const VoterRoll &roll, const QString &kind, const QString &name = QString())
{
    for (const RollVoter &v : roll.voters) {
        if (v.kind == kind && (name.isEmpty() || v.name == name))
            return &v;
    }
    return nullptr;
}

VoterRoll build(Fixture &f)
{
    const cd::Result<VoterRoll> roll = VoterRollBuilder::build(f.db, f.estate, QDate(2026, 11, 1));
    REQUIRE(roll.ok());
    return *roll;
}

} // namespace

TEST_CASE("election roll: an owner of several dwellings is one person with their total area", "[election][roll]")
{
    Fixture f;
    const qint64 wang = f.person(QStringLiteral("王建国"));
    f.own(f.dwelling(8850), wang);
    f.own(f.dwelling(12010), wang);
    f.owners(2, 10000);
    const VoterRoll roll = build(f);
    CHECK(roll.dwellings == 4);
    CHECK(roll.persons == 3);
    CHECK(roll.areaCenti == 8850 + 12010 + 20000);
    const RollVoter *v = find(roll, QStringLiteral("owner"), QStringLiteral("王建国"));
    REQUIRE(v);
    CHECK(v->dwellings.size() == 2);
    CHECK(v->areaCenti == 20860);
    CHECK(v->rooms == QStringLiteral("1-1-101、1-1-102"));
    CHECK(v->number == 1);
}

TEST_CASE("election roll: co-owners are one person voting through the named voter", "[election][roll]")
{
    Fixture f;
    const qint64 li = f.person(QStringLiteral("李秀英"));
    const qint64 zhang = f.person(QStringLiteral("张伟"));
    const qint64 shared = f.dwelling(9500);
    f.own(shared, li, false);
    f.own(shared, zhang, true);
    // Li also owns a flat alone: a different owner (同一买受人 is the same set of owners).
    f.own(f.dwelling(6000), li);
    const VoterRoll roll = build(f);
    CHECK(roll.persons == 2);
    const RollVoter *couple = find(roll, QStringLiteral("owner"), QStringLiteral("张伟"));
    REQUIRE(couple);
    CHECK(couple->personId == zhang);
    CHECK(couple->owners == QStringLiteral("张伟、李秀英"));
    CHECK(couple->areaCenti == 9500);
    const RollVoter *alone = find(roll, QStringLiteral("owner"), QStringLiteral("李秀英"));
    REQUIRE(alone);
    CHECK(alone->areaCenti == 6000);
}

TEST_CASE("election roll: the developer's unsold and undelivered units are one person", "[election][roll]")
{
    Fixture f;
    f.owners(3, 10000);
    f.developerOwns(f.dwelling(7000, QStringLiteral("unsold")));
    f.dwelling(7100, QStringLiteral("unsold")); // unsold, no ownership row at all
    const qint64 buyer = f.person(QStringLiteral("赵敏"));
    f.own(f.dwelling(7200, QStringLiteral("owner_occupied"), false), buyer); // sold, not delivered
    const VoterRoll roll = build(f);
    CHECK(roll.dwellings == 6);
    CHECK(roll.persons == 4); // three owners + the developer
    CHECK(roll.developerDwellings == 3);
    CHECK(roll.areaCenti == 30000 + 7000 + 7100 + 7200);
    const RollVoter *developer = find(roll, QStringLiteral("developer"));
    REQUIRE(developer);
    CHECK(developer->name == QStringLiteral("幸福置业有限公司"));
    CHECK(developer->areaCenti == 21300);
    CHECK(developer->dwellings.size() == 3);
    CHECK_FALSE(find(roll, QStringLiteral("owner"), QStringLiteral("赵敏")));
    CHECK(roll.warnings.isEmpty());
}

TEST_CASE("election roll: dwellings without an owner still count and are named", "[election][roll]")
{
    Fixture f;
    f.owners(2, 10000);
    f.dwelling(5000);
    f.dwelling(0);
    const VoterRoll roll = build(f);
    CHECK(roll.persons == 4);
    CHECK(roll.areaCenti == 25000);
    REQUIRE(roll.warnings.size() == 2);
    CHECK(roll.warnings.at(0).contains(QStringLiteral("1-1-103")));
    CHECK(roll.warnings.at(1).contains(QStringLiteral("1-1-104")));
    CHECK(find(roll, QStringLiteral("unknown")));
}

TEST_CASE("election roll: only ownerships current on the day count", "[election][roll]")
{
    Fixture f;
    const qint64 d = f.dwelling(9000);
    const qint64 seller = f.person(QStringLiteral("卖方"));
    const qint64 buyer = f.person(QStringLiteral("买方"));
    insert(f.db, QStringLiteral("INSERT INTO ownership(dwelling_id, person_id, is_voter, since, until) VALUES (?,?,1,'2010-01-01','2026-06-01')"),
           {d, seller});
    insert(f.db, QStringLiteral("INSERT INTO ownership(dwelling_id, person_id, is_voter, since) VALUES (?,?,1,'2026-06-01')"), {d, buyer});
    const VoterRoll roll = build(f);
    REQUIRE(roll.persons == 1);
    CHECK(roll.voters.front().name == QStringLiteral("买方"));
    const VoterRoll before = *VoterRollBuilder::build(f.db, f.estate, QDate(2026, 5, 31));
    CHECK(before.voters.front().name == QStringLiteral("卖方"));
}

TEST_CASE("election roll: a frozen roll ignores later roster edits", "[election][roll]")
{
    Fixture f;
    const std::vector<qint64> people = f.owners(4, 10000);
    const qint64 election = f.election(1, {people[0]});
    REQUIRE(f.store.openVoting(election).ok());
    const VoterRoll frozen = *f.store.roll(election);
    CHECK(frozen.frozen);
    CHECK(frozen.persons == 4);
    CHECK(frozen.areaCenti == 40000);

    // The roster changes: an area is corrected, a flat is sold to an existing owner, a new
    // dwelling appears, a name is corrected.
    QSqlQuery q(f.db.sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE dwelling SET area_centi = 12345 WHERE room = '101'")));
    REQUIRE(q.exec(QStringLiteral("UPDATE ownership SET person_id = %1 WHERE person_id = %2").arg(people[0]).arg(people[1])));
    f.own(f.dwelling(7777), f.person(QStringLiteral("新业主")));
    REQUIRE(q.exec(QStringLiteral("UPDATE person SET name = '改名' WHERE id = %1").arg(people[2])));

    const VoterRoll after = *f.store.roll(election);
    CHECK(after.persons == 4);
    CHECK(after.areaCenti == 40000);
    CHECK(after.dwellings == 4);
    for (size_t i = 0; i < frozen.voters.size(); ++i) {
        CHECK(after.voters[i].name == frozen.voters[i].name);
        CHECK(after.voters[i].areaCenti == frozen.voters[i].areaCenti);
        CHECK(after.voters[i].rooms == frozen.voters[i].rooms);
    }
    // The tally counts on the frozen roll too.
    const cd::TallyResult t = *cd::ElectionTally::run(f.db, election);
    CHECK(t.total == cd::Measures{4, 40000});

    // A new election sees the roster as it is now.
    const VoterRoll fresh = *VoterRollBuilder::build(f.db, f.estate, QDate(2026, 11, 1));
    CHECK(fresh.persons == 4); // people[0] now owns two flats; plus the new owner
    CHECK(fresh.areaCenti == 12345 + 30000 + 7777);
}
