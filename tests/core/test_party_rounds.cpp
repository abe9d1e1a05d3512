// Census rounds: frozen snapshots that the database refuses to change, compared year on year;
// and the refusals of the "Bad input" section.
#include "test_party_fixture.h"

#include "party/censusjson.h"
#include "party/censuskpis.h"
#include "party/censusrounds.h"
#include "roster/rosterrepository.h"

using namespace cd;

namespace {

bool execFails(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return !q.exec(sql);
}

} // namespace

TEST_CASE("A census round is a frozen snapshot", "[party][rounds]")
{
    test::PartyFixture f;
    CensusRounds rounds(f.db);
    const QDateTime takenAt(QDate(2026, 12, 1), QTime(9, 0));
    const CensusData taken = test::PartyFixture::ok(rounds.start(2026, QStringLiteral("王书记"), f.asOf(), takenAt));
    CHECK(taken.roundId > 0);
    CHECK(rounds.exists(2026));
    CHECK(test::PartyFixture::ok(rounds.rounds()).size() == 1);

    // The data changes afterwards: a new member, a new organisation for 乙物业.
    f.addPerson(0, QStringLiteral("新党员"), "M", "汉族", "本科", QDate(1990, 1, 1));
    f.addMember(0, QDate(2026, 6, 1), QDate(), f.branchA);
    f.addOrg(QStringLiteral("乙物业党支部"), "branch", f.committee, "property_company", f.companyY);
    CHECK(f.census().members.total == 14);

    // The round still says what was counted on the day.
    const CensusData loaded = test::PartyFixture::ok(rounds.load(2026));
    CHECK(loaded.isSnapshot());
    CHECK(loaded.takenBy == QStringLiteral("王书记"));
    CHECK(loaded.takenAt == takenAt);
    CHECK(loaded.members.total == 13);
    CHECK(loaded.companies.formation.numerator == 1);
    CHECK(loaded.memberRows.size() == 13);
    CHECK(censusjson::toJson(loaded) == censusjson::toJson(taken));
    for (size_t i = 0; i < loaded.memberRows.size(); ++i)
        CHECK(censusjson::memberToJson(loaded.memberRows[i]) == censusjson::memberToJson(taken.memberRows[i]));
    CHECK(test::PartyFixture::ok(rounds.census(2026, false)).members.total == 13);

    // Neither the program nor a hand-written statement can change or remove it.
    const Result<CensusData> again = rounds.start(2026);
    CHECK_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("2026")));
    CHECK(execFails(f.db, QStringLiteral("UPDATE census_round SET data = '{}'")));
    CHECK(execFails(f.db, QStringLiteral("UPDATE census_round SET sealed = 0")));
    CHECK(execFails(f.db, QStringLiteral("DELETE FROM census_round")));
    CHECK(execFails(f.db, QStringLiteral("UPDATE census_member SET data = '{}'")));
    CHECK(execFails(f.db, QStringLiteral("DELETE FROM census_member")));
    CHECK(execFails(f.db, QStringLiteral("INSERT INTO census_member (round_id, line, data) "
                                         "SELECT id, 999, '{}' FROM census_round")));
    CHECK(test::PartyFixture::ok(rounds.load(2026)).memberRows.size() == 13);
}

TEST_CASE("Rounds are compared year on year", "[party][rounds]")
{
    test::PartyFixture f;
    CensusRounds rounds(f.db);
    // The 2025 round counted on 31 December 2025: 李二 was not yet admitted, 蒋十四 had not yet
    // left, 卫十三 was still probationary.
    const CensusData last = test::PartyFixture::ok(rounds.start(2025, QString(), QDate(2025, 12, 31)));
    CHECK(last.members.total == 13);
    CHECK(last.members.probationary == 2); // 钱五 and 卫十三
    CHECK(last.members.newlyAdmitted == 2);
    CHECK(last.members.overdue == 0);      // 钱五's probation ran until 2026-01-10
    CHECK(last.companies.total == 3);      // 丁物业's project ended in June 2025
    CHECK(rounds.previousYear(2026) == 2025);
    CHECK(rounds.previousYear(2025) == 0);
    CHECK(rounds.census(2026, false)->members.total == 13); // no 2026 round: computed now

    // 2026: a branch for 乙物业 — the formation rate goes from 1 of 2 to 2 of 2.
    f.addOrg(QStringLiteral("乙物业党支部"), "branch", f.committee, "property_company", f.companyY);
    const CensusData now = f.census();
    const QVector<CensusChange> changes = CensusKpis::compare(last, now);
    const auto change = [&](const char *key) {
        for (const CensusChange &c : changes)
            if (c.key == QLatin1String(key))
                return c;
        FAIL("line missing");
        return CensusChange();
    };
    const CensusChange probationary = change("members_probationary");
    CHECK(*probationary.previous == 2);
    CHECK(*probationary.current == 2);
    const CensusChange full = change("members_full");
    CHECK(*full.previous == 11);
    CHECK(*full.current == 11);
    const CensusChange withOrg = change("companies_with_organisation");
    CHECK(*withOrg.change == 1);
    CHECK(*withOrg.changePercent == Approx(100.0));
    const CensusChange rate = change("formation_rate");
    CHECK(rate.isRate);
    CHECK(*rate.previous == Approx(0.5));
    CHECK(*rate.current == Approx(1.0));
    CHECK(*rate.change == Approx(0.5));        // 50 percentage points
    CHECK(*rate.changePercent == Approx(100.0)); // doubled
}

TEST_CASE("Deleting an organisation with members or a party member is refused", "[party][bad-input]")
{
    test::PartyFixture f;
    PartyOrgStore orgs(f.db);
    const Status withMembers = orgs.remove(f.branchB);
    CHECK_FALSE(withMembers.ok());
    CHECK(withMembers.message().contains(QStringLiteral("第二网格党支部")));
    CHECK(withMembers.message().contains(QStringLiteral("3 member")));
    const Status withChildren = orgs.remove(f.committee);
    CHECK_FALSE(withChildren.ok());
    CHECK(withChildren.message().contains(QStringLiteral("sub-organisation")));
    CHECK_FALSE(orgs.dissolve(f.branchB, QDate(2026, 11, 1)).ok());
    CHECK(test::PartyFixture::ok(orgs.org(f.branchB)).id == f.branchB); // still there

    // An empty branch can go; one with former members only is dissolved instead.
    CHECK(orgs.remove(f.branchC).ok());
    CHECK_FALSE(orgs.org(f.branchC).ok());

    // The roster refuses to delete a person who is a party member, and says why.
    RosterRepository roster(f.db);
    const Result<RosterChange> deleted = roster.deletePerson(f.person[1]);
    CHECK_FALSE(deleted.ok());
    CHECK(deleted.message().contains(QStringLiteral("party_member")));
    CHECK(roster.person(f.person[1]).ok());

    // A member holding a post is not deleted either: the record says the member left.
    PartyPost post;
    post.orgId = f.branchA;
    post.personId = f.person[1];
    post.title = QStringLiteral("secretary");
    post.since = QDate(2024, 1, 1);
    test::PartyFixture::ok(orgs.savePost(post));
    const PartyMember one = test::PartyFixture::ok(PartyMemberStore(f.db).memberOfPerson(f.person[1]));
    CHECK_FALSE(PartyMemberStore(f.db).remove(one.id).ok());
}

TEST_CASE("A credit code failing its check is kept only with a note", "[party][bad-input]")
{
    test::PartyFixture f;
    PropertyCompanyStore store(f.db);
    CompanyPartyInfo c;
    c.name = QStringLiteral("戊物业");
    c.creditCode = QStringLiteral("91350100M000100Y44"); // the check asks for 3
    const QVector<FieldProblem> problems = PropertyCompanyStore::checkCreditCode(c.creditCode, QString());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("creditCode"));
    CHECK_FALSE(problems[0].warning);
    CHECK(problems[0].message.contains(QStringLiteral("3")));
    CHECK_FALSE(store.save(c).ok());

    c.creditCodeNote = QStringLiteral("与营业执照一致");
    CHECK(PropertyCompanyStore::checkCreditCode(c.creditCode, c.creditCodeNote)[0].warning);
    const qint64 id = test::PartyFixture::ok(store.save(c));
    const CompanyPartyInfo saved = test::PartyFixture::ok(store.company(id));
    CHECK(saved.creditCode == QStringLiteral("91350100M000100Y44"));
    CHECK(saved.creditCodeNote == QStringLiteral("与营业执照一致"));

    // Wrong length is refused even with a note; full-width input is normalised.
    c.name = QStringLiteral("己物业");
    c.creditCode = QStringLiteral("91350100M000100Y4");
    CHECK_FALSE(store.save(c).ok());
    c.creditCode = QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３");
    c.creditCodeNote.clear();
    const qint64 normalised = test::PartyFixture::ok(store.save(c));
    CHECK(test::PartyFixture::ok(store.company(normalised)).creditCode == QStringLiteral("91350100M000100Y43"));
}

TEST_CASE("Owners' committee checks: share is a warning, overlapping terms are refused", "[party][bad-input]")
{
    test::PartyFixture f;
    OwnersCommitteeStore store(f.db);
    OwnersCommittee c = test::PartyFixture::ok(store.current(f.estateB, f.asOf()));
    REQUIRE(c.id > 0);
    bool shareWarning = false;
    for (const FieldProblem &p : store.check(c))
        shareWarning = shareWarning || (p.warning && p.message.contains(QStringLiteral("50%")));
    CHECK(shareWarning);

    OwnersCommittee overlap;
    overlap.estateId = f.estateB;
    overlap.termStart = QDate(2026, 1, 1);
    CHECK_FALSE(store.save(overlap).ok());
    OwnersCommittee tooLong;
    tooLong.estateId = f.estateC;
    tooLong.termStart = QDate(2021, 1, 1);
    tooLong.termEnd = QDate(2026, 1, 2);
    CHECK_FALSE(store.save(tooLong).ok());
}
