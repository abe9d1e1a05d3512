// The census statistics on the hand-made fixture: every figure against the answer worked out
// by hand in test_party_fixture.h, and every list behind a figure against the figure.
#include "test_party_fixture.h"

#include "party/censusdrill.h"
#include "party/censusjson.h"
#include "party/censuskpis.h"

using namespace cd;

namespace {

QStringList memberNames(const CensusData &d, const QString &key)
{
    QStringList names;
    for (int i : censusdrill::members(d, key))
        names << d.memberRows[size_t(i)].name;
    names.sort();
    return names;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("Census members: status, sex, minority, education, join periods", "[party][census]")
{
    test::PartyFixture f;
    const CensusData d = f.census();
    const CensusMemberCounts &m = d.members;
    CHECK(d.year == 2026);
    CHECK(d.cutoff == QDate(2026, 12, 31));
    CHECK(d.community == QStringLiteral("幸福社区"));
    CHECK(m.total == 13); // 蒋十四 left in June
    CHECK(m.full == 11);
    CHECK(m.probationary == 2);
    CHECK(m.male == 8);
    CHECK(m.female == 5);
    CHECK(m.sexUnknown == 0);
    CHECK(m.minority == 2);         // 满族, 回族
    CHECK(m.ethnicityUnknown == 1); // 孙六
    CHECK(m.college == 9);          // 中专 and 高中 are not 大专及以上
    CHECK(m.joinPeriods[0] == 1);   // 1948
    CHECK(m.joinPeriods[1] == 0);   // (boundaries: test_party_rules)
    CHECK(m.joinPeriods[2] == 4);   // 1988, 1990, 2010, 2012-11-07
    CHECK(m.joinPeriods[3] == 8);   // from 2012-11-08
    CHECK(m.newlyAdmitted == 1);
    CHECK(m.converted == 1);
    CHECK(m.overdue == 1);
    CHECK(m.registered == 1);
    CHECK(m.mobile == 1);
    CHECK(m.lostContact == 1);
    CHECK(m.inCommunityOrgs == 11);
    CHECK(m.outsideOrgs == 2);
    CHECK(m.propertyStaff == 5);
    CHECK(memberNames(d, QStringLiteral("probationary")) == sorted({QStringLiteral("李二"), QStringLiteral("钱五")}));
    CHECK(memberNames(d, QStringLiteral("overdue")) == QStringList{QStringLiteral("钱五")});
    CHECK(memberNames(d, QStringLiteral("join_period:3")).contains(QStringLiteral("郑九")));
    CHECK(memberNames(d, QStringLiteral("join_period:2")).contains(QStringLiteral("冯十")));
    CHECK(memberNames(d, QStringLiteral("lost_contact")) == QStringList{QStringLiteral("吴八")});
    CHECK(memberNames(d, QStringLiteral("registered")) == QStringList{QStringLiteral("周七")});
}

TEST_CASE("Census age bands count the age on 31 December", "[party][census]")
{
    test::PartyFixture f;
    const CensusData d = f.census(); // counted on 30 November
    const std::array<int, 8> expected = {1, 3, 4, 1, 1, 0, 1, 2};
    CHECK(d.members.ageBands == expected);
    CHECK(d.members.ageUnknown == 0);
    // Born 1995-12-31: 30 on the day counted, 31 on 31 December -> 31–35.
    CHECK(memberNames(d, QStringLiteral("age_band:1")).contains(QStringLiteral("张一")));
    CHECK(memberNames(d, QStringLiteral("age_band:0")) == QStringList{QStringLiteral("李二")}); // born 1996-01-01: 30
    // Born 1965-12-31: 61 on 31 December; born 1966-01-01: 60.
    CHECK(memberNames(d, QStringLiteral("age_band:7")) == sorted({QStringLiteral("王三"), QStringLiteral("孙六")}));
    CHECK(memberNames(d, QStringLiteral("age_band:6")) == QStringList{QStringLiteral("赵四")});
}

TEST_CASE("Census organisations, the formation rule and its proposals", "[party][census]")
{
    test::PartyFixture f;
    const CensusData d = f.census();
    const CensusOrgCounts &o = d.orgs;
    CHECK(o.total == 6); // the dissolved branch is not counted
    CHECK(o.committees == 1);
    CHECK(o.generalBranches == 0);
    CHECK(o.branches == 4);
    CHECK(o.groups == 1);
    CHECK(o.hostCommunity == 5);
    CHECK(o.hostCompany == 1);
    CHECK(o.branchesBelowMinimum == 2);
    QStringList small;
    for (int i : censusdrill::organisations(d, QStringLiteral("below_minimum")))
        small << d.orgRows[size_t(i)].name;
    CHECK(sorted(small) == sorted({QStringLiteral("第二网格党支部"), QStringLiteral("第三网格党支部")}));
    // The tree: parents first, with depths; the first branch counts its party group's member.
    REQUIRE(d.orgRows.size() == 6);
    CHECK(d.orgRows[0].name == QStringLiteral("幸福社区党委"));
    CHECK(d.orgRows[0].depth == 0);
    const auto row = [&](qint64 id) {
        for (const CensusOrgRow &r : d.orgRows)
            if (r.id == id)
                return r;
        FAIL("organisation missing");
        return CensusOrgRow();
    };
    CHECK(row(f.group).depth == 2);
    CHECK(row(f.branchA).fullMembers == 3); // 张一, 王三, 褚十二 directly
    CHECK(row(f.branchA).meetsMinimum);     // and 赵四 in its party group
    const CensusOrgRow b = row(f.branchB);
    CHECK(b.fullMembers == 2);
    CHECK(b.probationaryMembers == 1);
    CHECK(b.proposal.kind == FormationProposal::Kind::FormJointMore);
    CHECK(b.proposal.partners == QStringList{QStringLiteral("第三网格党支部")});
    CHECK(b.proposal.chinese().contains(QStringLiteral("联合党支部")));

    // A joint branch under the same parent turns the proposal into "join it".
    PartyOrg joint;
    joint.name = QStringLiteral("联合党支部");
    joint.kind = QStringLiteral("branch");
    joint.host = QStringLiteral("joint");
    joint.parentId = f.committee;
    joint.jointCompanyIds = {f.companyZ};
    test::PartyFixture::ok(PartyOrgStore(f.db).save(joint));
    const std::vector<FormationCheck> checks = test::PartyFixture::ok(PartyOrgStore(f.db).formationChecks(f.asOf()));
    bool found = false;
    for (const FormationCheck &c : checks) {
        if (c.orgId == f.branchB) {
            found = true;
            CHECK(c.proposal.kind == FormationProposal::Kind::JoinJoint);
            CHECK(c.proposal.partners == QStringList{QStringLiteral("联合党支部")});
            CHECK(c.jointOrgId > 0);
        }
    }
    CHECK(found);
}

TEST_CASE("Census property companies: formation rate, forms, projects, coverage", "[party][census]")
{
    test::PartyFixture f;
    const CensusData d = f.census();
    const CensusCompanyCounts &c = d.companies;
    CHECK(c.total == 3); // 丁物业's only project ended in 2025
    CHECK(c.withMembers == 2);
    CHECK(c.withOrg == 1);
    CHECK(c.single == 1);
    CHECK(c.joint == 0);
    CHECK(c.instructor == 1);
    CHECK(c.none == 1);
    CHECK(c.staff == 60);
    CHECK(c.partyMembers == 5);
    CHECK(c.formation.numerator == 1);
    CHECK(c.formation.denominator == 2);
    CHECK_FALSE(c.formation.meets(70));
    CHECK(c.formation.missing(70) == 1);
    CHECK(c.projectFormation.numerator == 1);
    CHECK(c.projectFormation.denominator == 2);
    CHECK(c.coverage.numerator == 2);
    CHECK(c.coverage.denominator == 3);
    CHECK(c.cross.numerator == 1);
    CHECK(c.cross.denominator == 3);

    // The company with party members but no organisation is the list behind the gap.
    const QVector<int> missing = censusdrill::companies(d, QStringLiteral("members_without_org"));
    REQUIRE(missing.size() == 1);
    const CensusCompanyRow &y = d.companyRows[size_t(missing[0])];
    CHECK(y.name == QStringLiteral("乙物业"));
    CHECK(y.partyMembers == 2);
    CHECK(y.fullMembers == 2);
    CHECK(y.form == QStringLiteral("none"));
    CHECK(y.outward);
    CHECK_FALSE(y.inward);
    CHECK(y.proposal.kind == FormationProposal::Kind::Instructor);
    CHECK(censusdrill::projects(d, QStringLiteral("members_without_org")).size() == 1);

    const QVector<CensusKpi> kpis = CensusKpis::build(d);
    const auto kpi = [&](const char *key) {
        for (const CensusKpi &k : kpis)
            if (k.key == QLatin1String(key))
                return k;
        FAIL("KPI missing");
        return CensusKpi();
    };
    const CensusKpi formation = kpi("formation_rate");
    CHECK_FALSE(formation.met);
    CHECK(formation.targetPercent == 70);
    CHECK(formation.gap.contains(QStringLiteral("1")));
    CHECK(censusdrill::rows(d, formation.drillEntity, formation.drillKey) == missing);
}

TEST_CASE("Census owners' committees: exactly half is enough; cross-appointments", "[party][census]")
{
    test::PartyFixture f;
    const CensusData d = f.census();
    const CensusCommitteeCounts &k = d.committees;
    CHECK(k.estates == 3);
    CHECK(k.withCommittee == 2);
    CHECK(k.members == 7);
    CHECK(k.partyMembers == 3);
    CHECK(k.directorsInParty == 1);
    CHECK(k.share.numerator == 1);
    CHECK(k.share.denominator == 2);
    CHECK(k.cross.numerator == 1);
    CHECK(k.cross.denominator == 2);
    const auto row = [&](const QString &estate) {
        for (const CensusCommitteeRow &r : d.committeeRows)
            if (r.estateName == estate)
                return r;
        FAIL("estate missing");
        return CensusCommitteeRow();
    };
    const CensusCommitteeRow a = row(QStringLiteral("阳光花园"));
    CHECK(a.members == 4);
    CHECK(a.partyMembers == 2);
    CHECK(a.meetsShare); // 2 of 4: exactly 50% meets the target
    CHECK(a.director == QStringLiteral("张一"));
    CHECK(a.directorIsPartyMember);
    CHECK(a.covered);
    const CensusCommitteeRow b = row(QStringLiteral("翠湖苑"));
    CHECK(b.members == 3); // 李二 left the committee in 2025
    CHECK(b.partyMembers == 1);
    CHECK_FALSE(b.meetsShare);
    CHECK(b.inward);
    CHECK_FALSE(b.outward);
    CHECK(row(QStringLiteral("新建小区")).committeeId == 0); // its term ended in 2020
    CHECK(censusdrill::committees(d, QStringLiteral("below_share")).size() == 1);
    CHECK(d.crossAppointments == 6); // the 丙物业 supervisor's ended in 2025
    CHECK(censusdrill::crossAppointments(d, QStringLiteral("to:owners_committee")).size() == 2);
}

TEST_CASE("Every KPI's list matches its figure", "[party][census]")
{
    test::PartyFixture f;
    const CensusData d = f.census();
    for (const CensusKpi &k : CensusKpis::build(d)) {
        INFO(k.key.toStdString());
        const QVector<int> rows = censusdrill::rows(d, k.drillEntity, k.drillKey);
        if (k.ratio)
            CHECK(rows.size() == k.ratio->denominator - k.ratio->numerator); // the rows still missing
        else
            CHECK(rows.size() == k.value);
        CHECK(k.met == k.gap.isEmpty());
    }
    CHECK(censusdrill::members(d, QStringLiteral("all")).size() == d.members.total);
    CHECK(censusdrill::members(d, QStringLiteral("college")).size() == d.members.college);
    CHECK(censusdrill::members(d, QStringLiteral("nonsense")).isEmpty());
}

TEST_CASE("Census JSON keeps every figure", "[party][census]")
{
    test::PartyFixture f;
    const CensusData d = f.census();
    const QJsonObject json = censusjson::toJson(d);
    CHECK(json.value(QStringLiteral("members")).toObject().value(QStringLiteral("total")).toInt() == 13);
    CHECK(json.value(QStringLiteral("property_companies")).toObject().value(QStringLiteral("formation_rate")).toObject()
              .value(QStringLiteral("rate")).toDouble() == 0.5);
    const CensusData back = censusjson::fromJson(json);
    CHECK(censusjson::toJson(back) == json);
    for (const CensusMemberRow &row : d.memberRows)
        CHECK(censusjson::memberToJson(censusjson::memberFromJson(censusjson::memberToJson(row)))
              == censusjson::memberToJson(row));
}
