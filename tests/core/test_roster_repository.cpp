#include "db/transaction.h"
#include "roster/householdview.h"
#include "roster/personplaces.h"
#include "roster/privacymask.h"
#include "test_roster_fixture.h"

#include <QSqlQuery>

using namespace rosterfixture;
using cd::Person;

namespace {

std::vector<cd::PersonHistoryEntry> historyOf(cd::RosterRepository &repo, qint64 id)
{
    auto h = repo.history(id);
    REQUIRE(h.ok());
    return h.value();
}

int currentVoters(cd::Database &db, qint64 dwellingId)
{
    return scalarInt(db, QStringLiteral("SELECT count(*) FROM ownership WHERE dwelling_id = ? AND until IS NULL "
                                        "AND is_voter = 1"),
                     dwellingId);
}

} // namespace

TEST_CASE("person validation names the wrong field and never shows the numbers", "[roster][person]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const QString goodId = makeId("110105", "19491231", "002"); // female, 1949-12-31

    SECTION("empty name")
    {
        Person p;
        p.name = QStringLiteral("  ");
        const auto r = repo.createPerson(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("name")));
    }
    SECTION("invalid ID number")
    {
        Person p;
        p.name = QStringLiteral("钱七");
        p.idNumber = goodId.left(17) + (goodId.endsWith(QLatin1Char('1')) ? QStringLiteral("2") : QStringLiteral("1"));
        const auto r = repo.createPerson(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("ID number")));
        CHECK_FALSE(r.message().contains(p.idNumber));
        auto problems = cd::PersonValidator::check(p);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == QStringLiteral("id_number"));
    }
    SECTION("birth date and sex that disagree with the ID number")
    {
        Person p;
        p.name = QStringLiteral("钱七");
        p.idNumber = goodId;
        p.birthDate = QDate(1950, 1, 1);
        p.sex = QStringLiteral("M");
        auto problems = cd::PersonValidator::check(p);
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].field == QStringLiteral("birth_date"));
        CHECK(problems[0].message.contains(QStringLiteral("birth date")));
        CHECK(problems[1].field == QStringLiteral("sex"));
        CHECK(problems[1].message.contains(QStringLiteral("sex")));
        CHECK_FALSE(repo.createPerson(p).ok());
    }
    SECTION("phone")
    {
        Person p;
        p.name = QStringLiteral("钱七");
        p.phone = QStringLiteral("12345");
        auto problems = cd::PersonValidator::check(p);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == QStringLiteral("phone"));
        const auto r = repo.createPerson(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("phone")));
        CHECK_FALSE(r.message().contains(QStringLiteral("12345")));
    }
    SECTION("normalised and completed from the ID number")
    {
        Person p;
        p.name = QStringLiteral(" 钱  七 ");
        p.idNumber = goodId.toLower() + QString(); // lower-case x is normalised (if any)
        p.phone = QStringLiteral("+86 138-0013-8001");
        p.politicalStatus = QStringLiteral("中共党员");
        p.tags = {QStringLiteral("低保"), QStringLiteral("disabled")};
        const qint64 id = saved(repo.createPerson(p));
        const Person stored = repo.person(id).value();
        CHECK(stored.name == QStringLiteral("钱 七"));
        CHECK(stored.idNumber == goodId);
        CHECK(stored.sex == QStringLiteral("F"));
        CHECK(stored.birthDate == QDate(1949, 12, 31));
        CHECK(stored.phone == QStringLiteral("13800138001"));
        CHECK(stored.politicalStatus == QStringLiteral("cpc_member"));
        CHECK(stored.tags == QStringList{QStringLiteral("disabled"), QStringLiteral("subsistence")});
        QSqlQuery q(c.db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT name_pinyin, name_initials FROM person WHERE id = %1").arg(id)));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("qianqi"));
        CHECK(q.value(1).toString() == QStringLiteral("qq"));
    }
    SECTION("a legacy 15-digit number is stored as 18 digits")
    {
        Person p;
        p.name = QStringLiteral("孙八");
        p.idNumber = QStringLiteral("110105491231002");
        const qint64 id = saved(repo.createPerson(p));
        CHECK(repo.person(id)->idNumber == QStringLiteral("11010519491231002X"));
        CHECK(repo.findPersonByIdNumber(QStringLiteral("110105491231002")).value() == id);
    }
}

TEST_CASE("a duplicate ID number is refused with the name of its holder", "[roster][person]")
{
    Community c;
    Person p;
    p.name = QStringLiteral("冒名者");
    p.idNumber = makeId("110105", "19491231", "001"); // 张三丰's
    const auto r = c.repo->createPerson(p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("ID number already belongs to 张三丰")));
    CHECK_FALSE(r.message().contains(p.idNumber));

    // Also when editing someone else to that number, and also for an archived holder.
    Person other = c.repo->person(c.person.at(QStringLiteral("王芳"))).value();
    other.idNumber = makeId("120101", "19600101", "009"); // archived 赵六
    other.birthDate = QDate();
    other.sex.clear();
    const auto edit = c.repo->updatePerson(other);
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.message().contains(QStringLiteral("赵六")));
    CHECK(edit.message().contains(QStringLiteral("archived")));
}

TEST_CASE("every edit of a person leaves a history line listing the changed fields", "[roster][history]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const qint64 id = c.person.at(QStringLiteral("王建国"));
    Person p = repo.person(id).value();
    p.phone = QStringLiteral("13711112222");
    p.workplace = QStringLiteral("市第一医院");
    saved(repo.updatePerson(p));

    // An edit that changes nothing writes no history.
    saved(repo.updatePerson(repo.person(id).value()));

    const auto h = historyOf(repo, id);
    REQUIRE(h.size() == 3);
    CHECK(h[0].kind == QStringLiteral("created"));
    CHECK(h[1].kind == QStringLiteral("moved_in"));
    CHECK(h[1].detail == QStringLiteral("幸福小区 3-2-502"));
    CHECK(h[2].kind == QStringLiteral("edited"));
    CHECK(h[2].detail == QStringLiteral("phone, workplace"));
    CHECK_FALSE(h[2].detail.contains(QStringLiteral("1371")));
    CHECK(h[2].describe() == QStringLiteral("Changed: Phone, Workplace"));

    saved(repo.archivePerson(id, QStringLiteral("moved abroad")));
    CHECK(historyOf(repo, id).back().kind == QStringLiteral("archived"));
    CHECK(repo.person(id)->archived);
    saved(repo.unarchivePerson(id));
    CHECK(historyOf(repo, id).back().kind == QStringLiteral("restored"));
    CHECK_FALSE(repo.person(id)->archived);
}

TEST_CASE("moving ends the old residence and starts the new one", "[roster][move]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const qint64 id = c.person.at(QStringLiteral("王芳"));
    const qint64 from = c.dwelling.at(QStringLiteral("幸福小区 5-1-501"));
    const qint64 to = c.dwelling.at(QStringLiteral("幸福小区 3-2-502"));
    saved(repo.movePerson(id, to, QStringLiteral("配偶"), QDate(2024, 3, 5)));

    const auto links = repo.residencesOfPerson(id).value();
    REQUIRE(links.size() == 2);
    CHECK(links[0].dwellingId == to);
    CHECK(links[0].isCurrent());
    CHECK(links[0].movedIn == QDate(2024, 3, 5));
    CHECK(links[0].relation == QStringLiteral("配偶"));
    CHECK(links[1].dwellingId == from);
    CHECK(links[1].movedOut == QDate(2024, 3, 5));

    const auto h = historyOf(repo, id);
    REQUIRE(h.size() >= 4);
    CHECK(h[h.size() - 2].kind == QStringLiteral("moved_out"));
    CHECK(h[h.size() - 2].detail == QStringLiteral("幸福小区 5-1-501"));
    CHECK(h.back().kind == QStringLiteral("moved_in"));
    CHECK(h.back().detail == QStringLiteral("幸福小区 3-2-502"));

    // Moving out before moving in is refused; so is moving to where one already lives.
    CHECK_FALSE(repo.moveOut(id, QDate(2000, 1, 1)).ok());
    CHECK_FALSE(repo.movePerson(id, to, QString(), QDate(2024, 4, 1)).ok());

    const auto view = cd::HouseholdView::load(c.db, from).value();
    CHECK(view.residents.empty());
    REQUIRE(view.former.size() == 1);
    CHECK(view.former[0].name == QStringLiteral("王芳"));
    CHECK(view.history.back().kind == QStringLiteral("moved_out"));
}

TEST_CASE("a failed step of a multi-row write rolls back the whole write", "[roster][transaction]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const qint64 id = c.person.at(QStringLiteral("王芳"));
    const int historyBefore = int(historyOf(repo, id).size());
    // Moving out succeeds first, then moving in fails: the dwelling does not exist.
    const auto r = repo.movePerson(id, 999999, QString(), QDate(2024, 3, 5));
    REQUIRE_FALSE(r.ok());
    const auto links = repo.residencesOfPerson(id).value();
    REQUIRE(links.size() == 1);
    CHECK(links[0].isCurrent());
    CHECK(int(historyOf(repo, id).size()) == historyBefore);
    CHECK(c.db.transactionDepth() == 0);

    // An outer transaction that is not committed takes the nested writes with it.
    {
        cd::Transaction tx(c.db);
        saved(repo.moveOut(id, QDate(2024, 3, 5)));
        Person p;
        p.name = QStringLiteral("临时");
        saved(repo.createPerson(p));
    }
    CHECK(repo.residencesOfPerson(id)->front().isCurrent());
    CHECK(scalarInt(c.db, QStringLiteral("SELECT count(*) FROM person WHERE name = '临时'")) == 0);
}

TEST_CASE("co-owners name exactly one voter; the developer sells", "[roster][ownership]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const qint64 d = c.dwelling.at(QStringLiteral("幸福小区 3-2-502"));
    const qint64 wjg = c.person.at(QStringLiteral("王建国"));
    const qint64 wj = c.person.at(QStringLiteral("王建"));
    const qint64 wf = c.person.at(QStringLiteral("王芳"));

    saved(repo.addOwner({0, d, wjg, false, QDate(2005, 1, 1), {}}));
    CHECK(currentVoters(c.db, d) == 1);
    saved(repo.addOwner({0, d, wj, false, QDate(2006, 1, 1), {}}));
    auto owners = repo.ownersOfDwelling(d).value();
    REQUIRE(owners.size() == 2);
    CHECK(owners[0].personId == wjg);
    CHECK(owners[0].isVoter);
    CHECK_FALSE(owners[1].isVoter);

    saved(repo.addOwner({0, d, wf, true, QDate(2007, 1, 1), {}}));
    CHECK(currentVoters(c.db, d) == 1);
    CHECK(scalarInt(c.db, QStringLiteral("SELECT person_id FROM ownership WHERE dwelling_id = ? AND is_voter = 1"), d) == wf);

    saved(repo.setVoter(d, wj));
    CHECK(currentVoters(c.db, d) == 1);
    CHECK(scalarInt(c.db, QStringLiteral("SELECT person_id FROM ownership WHERE dwelling_id = ? AND is_voter = 1"), d) == wj);

    // The voter's ownership ends: the longest-standing remaining owner votes.
    const qint64 wjOwnership = scalarInt(c.db, QStringLiteral("SELECT id FROM ownership WHERE person_id = ?"), wj);
    saved(repo.endOwnership(wjOwnership, QDate(2020, 1, 1)));
    CHECK(currentVoters(c.db, d) == 1);
    CHECK(scalarInt(c.db, QStringLiteral("SELECT person_id FROM ownership WHERE dwelling_id = ? AND is_voter = 1 "
                                         "AND until IS NULL"), d) == wjg);
    CHECK_FALSE(repo.setVoter(d, wj).ok()); // no longer an owner
    CHECK_FALSE(repo.addOwner({0, d, wjg, false, {}, {}}).ok()); // already an owner
    CHECK_FALSE(repo.addOwner({0, d, 0, false, {}, {}}).ok());   // developer while people own it

    // The developer owns an unsold dwelling until a buyer is recorded.
    const qint64 unsold = c.dwelling.at(QStringLiteral("和谐家园 3-2-501"));
    saved(repo.addOwner({0, unsold, 0, false, QDate(2015, 1, 1), {}}));
    auto before = cd::HouseholdView::load(c.db, unsold).value();
    REQUIRE(before.owners.size() == 1);
    CHECK(before.owners[0].personId == 0);
    CHECK(before.owners[0].name == QStringLiteral("Developer"));
    saved(repo.addOwner({0, unsold, c.person.at(QStringLiteral("李四")), false, QDate(2016, 6, 1), {}}));
    auto after = cd::HouseholdView::load(c.db, unsold).value();
    REQUIRE(after.owners.size() == 1);
    CHECK(after.owners[0].name == QStringLiteral("李四"));
    CHECK(after.owners[0].isVoter);
    REQUIRE(after.formerOwners.size() == 1);
    CHECK(after.formerOwners[0].until == QDate(2016, 6, 1));

    const auto places = cd::PersonPlaces::load(c.db, wjg).value();
    REQUIRE(places.ownerships.size() == 1);
    CHECK(places.ownerships[0].address == QStringLiteral("幸福小区 3-2-502"));
    CHECK(places.ownerships[0].coOwners == QStringList{QStringLiteral("王芳")});
    REQUIRE(places.residences.size() == 1);
    CHECK(places.residences[0].address == QStringLiteral("幸福小区 3-2-502"));
}

TEST_CASE("deleting a referenced person is refused with the reason", "[roster][person]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const qint64 id = c.person.at(QStringLiteral("王建国"));
    saved(repo.addOwner({0, c.dwelling.at(QStringLiteral("幸福小区 3-2-502")), id, true, {}, {}}));
    cd::BuildingLeader leader;
    leader.buildingId = repo.buildings(c.xingfu)->front().id;
    leader.personId = id;
    leader.kind = QStringLiteral("老");
    saved(repo.addBuildingLeader(leader));
    CHECK(repo.buildingLeaders(leader.buildingId)->front().kind == QStringLiteral("senior"));

    const auto r = repo.deletePerson(id);
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("王建国")));
    CHECK(r.message().contains(QStringLiteral("owner")));
    CHECK(r.message().contains(QStringLiteral("building leader")));
    CHECK(repo.person(id).ok());

    // Someone referenced only by residence and tags can be deleted (with them).
    const qint64 other = c.person.at(QStringLiteral("张三丰"));
    saved(repo.deletePerson(other));
    CHECK_FALSE(repo.person(other).ok());
    CHECK(scalarInt(c.db, QStringLiteral("SELECT count(*) FROM residence WHERE person_id = ?"), other) == 0);

    // Places that are in use cannot be removed either.
    CHECK_FALSE(repo.removeDwelling(c.dwelling.at(QStringLiteral("幸福小区 3-2-502"))).ok());
    CHECK_FALSE(repo.removeEstate(c.xingfu).ok());
}

TEST_CASE("dwellings are found by estate, building, unit and room", "[roster][room]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const qint64 d = c.dwelling.at(QStringLiteral("幸福小区 3-2-501"));
    CHECK(repo.findDwelling(QStringLiteral("幸福小区"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("501")).value() == d);
    CHECK(repo.findDwelling(QStringLiteral("幸福小区"), QStringLiteral("03"), QStringLiteral("02"), QStringLiteral("501")).value() == d);
    CHECK(repo.findDwelling(*cd::RoomReference::parse(u"幸福小区3号楼2单元501室")).value() == d);
    CHECK(repo.findDwelling(*cd::RoomReference::parse(u"3栋2单元501室"), QStringLiteral("幸福小区")).value() == d);
    // Without an estate, 3-2-501 exists twice.
    const auto twice = repo.findDwelling(*cd::RoomReference::parse(u"3-2-501"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.message().contains(QStringLiteral("more than one")));
    const auto missing = repo.findDwelling(QStringLiteral("幸福小区"), QStringLiteral("9"), QStringLiteral("9"), QStringLiteral("909"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.message().contains(QStringLiteral("9-9-909")));
    CHECK_FALSE(repo.findDwelling(QStringLiteral("不存在小区"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("501")).ok());
    CHECK(repo.dwellingAddress(d) == QStringLiteral("幸福小区 3-2-501"));
}

TEST_CASE("red stewards and their households", "[roster][steward]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    cd::RedSteward s;
    s.personId = c.person.at(QStringLiteral("王建"));
    s.dwellingIds = {c.dwelling.at(QStringLiteral("幸福小区 3-2-501")), c.dwelling.at(QStringLiteral("幸福小区 3-2-502"))};
    s.id = saved(repo.saveRedSteward(s));
    s.dwellingIds = {c.dwelling.at(QStringLiteral("幸福小区 3-2-502")), c.dwelling.at(QStringLiteral("幸福小区 5-1-501"))};
    saved(repo.saveRedSteward(s));
    const auto all = repo.redStewards().value();
    REQUIRE(all.size() == 1);
    CHECK(all[0].dwellingIds.size() == 2);
    CHECK(cd::HouseholdView::load(c.db, c.dwelling.at(QStringLiteral("幸福小区 5-1-501")))->stewardName == QStringLiteral("王建"));
    CHECK(cd::HouseholdView::load(c.db, c.dwelling.at(QStringLiteral("幸福小区 3-2-501")))->stewardName.isEmpty());
    cd::RedSteward again;
    again.personId = s.personId;
    CHECK_FALSE(repo.saveRedSteward(again).ok()); // one steward record per person
}

TEST_CASE("unmasking is logged without the values", "[roster][privacy]")
{
    Community c;
    cd::PrivacyMask mask(c.db);
    const QString id = makeId("110105", "19491231", "001");
    CHECK(mask.isMasked(cd::PrivacyMask::IdNumber));
    CHECK(mask.display(cd::PrivacyMask::IdNumber, id) == cd::idnumber::mask(id));
    CHECK(mask.display(cd::PrivacyMask::Phone, u"13800138000") == QStringLiteral("138****8000"));

    REQUIRE(mask.reveal(cd::PrivacyMask::Phone, 7, QStringLiteral("household page")).ok());
    CHECK(mask.display(cd::PrivacyMask::Phone, u"13800138000", 7) == QStringLiteral("13800138000"));
    CHECK(mask.display(cd::PrivacyMask::Phone, u"13800138000", 8) == QStringLiteral("138****8000"));

    REQUIRE(mask.unmaskAll(cd::PrivacyMask::IdNumber, QStringLiteral("roster page")).ok());
    CHECK(mask.display(cd::PrivacyMask::IdNumber, id) == id);
    mask.maskAll();
    CHECK(mask.display(cd::PrivacyMask::IdNumber, id) == cd::idnumber::mask(id));
    CHECK(mask.display(cd::PrivacyMask::Phone, u"13800138000", 7) == QStringLiteral("138****8000"));

    QSqlQuery q(c.db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT action, detail, at FROM audit_log ORDER BY id")));
    QStringList details;
    while (q.next()) {
        CHECK(q.value(0).toString() == QStringLiteral("unmask"));
        CHECK_FALSE(q.value(2).toString().isEmpty());
        details << q.value(1).toString();
    }
    REQUIRE(details.size() == 2);
    CHECK(details[0].contains(QStringLiteral("phone")));
    CHECK(details[0].contains(QStringLiteral("household page")));
    CHECK(details[1].contains(QStringLiteral("id_number")));
    for (const QString &d : details) {
        CHECK_FALSE(d.contains(QStringLiteral("13800138000")));
        CHECK_FALSE(d.contains(id));
    }
}
