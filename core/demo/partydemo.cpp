// PartyDemo: companies, organisations, posts, committees, cross-appointments and census
// rounds; the members are planned and written in partydemo_members.cpp.
#include "demo/partydemo.h"

#include "db/database.h"
#include "demo/democontext.h"
#include "demo/demoprogress.h"
#include "demo/demorandom.h"
#include "party/censusrounds.h"
#include "party/crossappointmentstore.h"
#include "party/ownerscommitteestore.h"
#include "party/partyorgstore.h"
#include "party/propertycompanystore.h"
#include "roster/creditcode.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

QString creditCode(DemoRandom &random)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    QString first17 = QStringLiteral("91210111");
    for (int i = 0; i < 9; ++i)
        first17 += QLatin1Char(alphabet[random.below(31)]);
    return first17 + creditcode::checkCharacter(first17);
}

Status failed(const Status &status, const char *what)
{
    return Status::failure(PartyDemo::tr("Party demo data (%1): %2").arg(QLatin1String(what), status.message()));
}

} // namespace

int PartyDemo::weight(const DemoOptions &options) const
{
    return std::max(1, options.households / 8);
}

Status PartyDemo::checkEmpty(Database &database) const
{
    QSqlQuery query(database.sql());
    for (const char *table : {"party_org", "party_member", "census_round", "cross_appointment"}) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !query.next())
            return Status::failure(tr("Cannot read the party data: %1").arg(query.lastError().text()));
        if (query.value(0).toLongLong() > 0)
            return Status::failure(tr("The database already holds party data (table %1). The demo community is "
                                      "written only into an empty database; nothing was changed.")
                                       .arg(QLatin1String(table)));
    }
    return Status::success();
}

Status PartyDemo::run(DemoContext &context, DemoProgress &progress)
{
    DemoRandom random(context.options.seed, DemoRandom::streamId(name()));
    if (Status s = addCompanies(context, random); !s)
        return s;
    if (Status s = addOrganisations(context); !s)
        return s;
    if (!progress.update(10, 100))
        return Status::failure(tr("Cancelled."));
    planMembers(context, random);
    if (Status s = writeMembers(context); !s)
        return s;
    if (!progress.update(40, 100))
        return Status::failure(tr("Cancelled."));
    if (Status s = addPostsAndCommittees(context, random); !s)
        return s;
    if (Status s = addCrossAppointments(context); !s)
        return s;
    if (!progress.update(50, 100))
        return Status::failure(tr("Cancelled."));
    if (Status s = takeRounds(context); !s)
        return s;
    progress.update(100, 100);
    return Status::success();
}

Status PartyDemo::addCompanies(DemoContext &context, DemoRandom &random)
{
    PropertyCompanyStore store(context.database);
    for (const DemoCompany &c : context.roster.companies)
        m_companies.push_back(c.id);
    // Two more companies: one with party members but no organisation, one with neither (and
    // a credit code that fails its check, kept with a note).
    CompanyPartyInfo withMembers;
    withMembers.name = QStringLiteral("沈阳惠民物业服务有限公司");
    withMembers.creditCode = creditCode(random);
    withMembers.phone = QStringLiteral("024-8966%1").arg(random.range(1000, 9999));
    CompanyPartyInfo without;
    without.name = QStringLiteral("沈阳康泰物业管理有限公司");
    QString code = creditCode(random);
    code[17] = code.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    without.creditCode = code;
    without.creditCodeNote = QStringLiteral("与营业执照原件一致，已向市场监管部门核实");
    without.phone = QStringLiteral("024-3187%1").arg(random.range(1000, 9999));
    for (const CompanyPartyInfo &c : {withMembers, without}) {
        const Result<qint64> id = store.save(c);
        if (!id)
            return failed(id.status(), "company");
        m_companies.push_back(id.value());
    }
    if (Result<int> added = store.addProjectsFromBuildings(QDate(2018, 1, 1)); !added)
        return failed(added.status(), "projects");
    const int estates = int(context.roster.estates.size());
    const qint64 extraEstates[2] = {1, qint64(estates)};
    for (int i = 0; i < 2; ++i) {
        PropertyProject p;
        p.companyId = m_companies[m_companies.size() - 2 + size_t(i)];
        p.estateId = extraEstates[i];
        p.since = QDate(2022 + i, 3, 1);
        if (Result<qint64> id = store.saveProject(p); !id)
            return failed(id.status(), "project");
    }
    const Result<std::vector<PropertyProject>> projects = store.projects();
    if (!projects)
        return failed(projects.status(), "projects");
    m_projects.assign(m_companies.size(), 0);
    for (PropertyProject p : projects.value()) {
        p.staffCount = random.range(12, 48);
        if (Result<qint64> saved = store.saveProject(p); !saved)
            return failed(saved.status(), "project");
        for (size_t c = 0; c < m_companies.size(); ++c) {
            if (m_companies[c] == p.companyId && m_projects[c] == 0)
                m_projects[c] = p.id;
        }
    }
    return Status::success();
}

Status PartyDemo::addOrganisations(DemoContext &context)
{
    const RosterPlan &plan = context.roster;
    PartyOrgStore store(context.database);
    const auto save = [&](PartyOrg org, qint64 *id) -> Status {
        const Result<qint64> saved = store.save(org);
        if (!saved)
            return failed(saved.status(), "organisation");
        *id = saved.value();
        return Status::success();
    };
    PartyOrg committee;
    committee.name = QStringLiteral("社区党委");
    committee.kind = QStringLiteral("committee");
    committee.founded = QDate(2006, 7, 1);
    if (Status s = save(committee, &m_committee); !s)
        return s;

    m_gridBranches.assign(plan.grids.size(), 0);
    for (size_t g = 0; g < plan.grids.size(); ++g) {
        PartyOrg branch;
        branch.parentId = m_committee;
        branch.name = plan.grids[g].name + QStringLiteral("党支部");
        branch.gridId = plan.grids[g].id;
        branch.founded = QDate(2012, 7, 1).addMonths(int(g));
        branch.sortOrder = int(g);
        if (Status s = save(branch, &m_gridBranches[g]); !s)
            return s;
        // The first two buildings of the grid each get a 楼院党小组.
        int groups = 0;
        for (size_t b = 0; b < plan.buildings.size() && groups < 2; ++b) {
            const DemoBuilding &building = plan.buildings[b];
            if (building.gridId != plan.grids[g].id)
                continue;
            PartyOrg group;
            group.parentId = m_gridBranches[g];
            group.kind = QStringLiteral("group");
            group.name = QStringLiteral("%1%2号楼院党小组").arg(plan.estates[size_t(building.estateIndex)].name).arg(building.number);
            group.founded = QDate(2018, 3, 1);
            group.sortOrder = groups++;
            qint64 id = 0;
            if (Status s = save(group, &id); !s)
                return s;
            m_groups.emplace_back(int(b), id);
        }
    }

    const auto companyName = [&](size_t index) {
        return index < plan.companies.size() ? plan.companies[index].name : QString();
    };
    PartyOrg own;
    own.parentId = m_committee;
    own.name = companyName(0) + QStringLiteral("党支部");
    own.host = QStringLiteral("property_company");
    own.companyId = m_companies[0];
    own.founded = QDate(2019, 5, 20);
    own.sortOrder = 100;
    if (Status s = save(own, &m_companyBranch); !s)
        return s;

    PartyOrg joint;
    joint.parentId = m_committee;
    joint.name = QStringLiteral("物业企业联合党支部");
    joint.host = QStringLiteral("joint");
    joint.jointCompanyIds = {m_companies[1], m_companies[2]};
    joint.founded = QDate(2026, 3, 15); // formed this year: the 建组率 rises year on year
    joint.sortOrder = 101;
    if (Status s = save(joint, &m_jointBranch); !s)
        return s;

    PartyOrg owners;
    owners.parentId = m_committee;
    owners.name = plan.estates[0].name + QStringLiteral("业委会党支部");
    owners.host = QStringLiteral("owners_committee");
    owners.estateId = plan.estates[0].id;
    owners.founded = QDate(2024, 1, 10);
    owners.sortOrder = 102;
    return save(owners, &m_ownersBranch);
}

Status PartyDemo::addPostsAndCommittees(DemoContext &context, DemoRandom &random)
{
    const RosterPlan &plan = context.roster;
    PartyOrgStore orgs(context.database);
    const auto personId = [&](int index) { return qint64(plan.people[size_t(index)].id); };
    const auto post = [&](qint64 org, int person, const char *title, QDate since) -> Status {
        PartyPost p;
        p.orgId = org;
        p.personId = personId(person);
        p.title = QString::fromLatin1(title);
        p.since = since;
        const Result<qint64> saved = orgs.savePost(p);
        return saved ? Status::success() : failed(saved.status(), "post");
    };
    // 社区党委: the secretary and four committee members.
    for (size_t i = 0; i < m_committeePeople.size(); ++i) {
        if (Status s = post(m_committee, m_committeePeople[i], i == 0 ? "secretary" : "committee_member",
                            QDate(2021, 10, 15));
            !s)
            return s;
    }
    // Every other organisation: its first full member leads it.
    QSet<qint64> led;
    const QSet<int> committeePeople(m_committeePeople.begin(), m_committeePeople.end());
    for (const PlannedMember &m : m_members) {
        if (m.orgId <= 0 || !m.fullDate.isValid() || m.leftOn.isValid() || led.contains(m.orgId)
            || m.orgId == m_committee || committeePeople.contains(m.personIndex))
            continue;
        led.insert(m.orgId);
        bool group = false;
        for (const auto &g : m_groups)
            group = group || g.second == m.orgId;
        const QDate since = std::max(m.fullDate, QDate(2021, 10, 15));
        if (Status s = post(m.orgId, m.personIndex, group ? "group_leader" : "secretary", since); !s)
            return s;
    }

    // Companies' party work: red property status, ratings, and an instructor for the company
    // with members but no organisation.
    PropertyCompanyStore companies(context.database);
    static const char *const red[] = {"benchmark", "achieved", "building"};
    static const char *const ratings[] = {"excellent", "good", "pass"};
    for (size_t c = 0; c < m_companies.size(); ++c) {
        Result<CompanyPartyInfo> info = companies.company(m_companies[c]);
        if (!info)
            return failed(info.status(), "company");
        CompanyPartyInfo changed = info.value();
        const bool added = c + 2 >= m_companies.size(); // the two companies this step added
        changed.redProperty = added ? QStringLiteral("none") : QString::fromLatin1(red[c % 3]);
        if (c + 1 == m_companies.size())
            changed.rating.clear();
        else if (c + 2 == m_companies.size())
            changed.rating = QStringLiteral("fail"); // 亮黄灯
        else
            changed.rating = QString::fromLatin1(ratings[c % 3]);
        if (!changed.rating.isEmpty()) {
            changed.ratedOn = QDate(2026, 6, 30);
            if (changed.rating == QLatin1String("fail"))
                changed.ratingNote = QStringLiteral("群众满意率低于80%，限期整改");
        }
        if (c + 2 == m_companies.size() && m_committeePeople.size() > 2)
            changed.instructorPersonId = personId(m_committeePeople[2]);
        if (Result<qint64> saved = companies.save(changed); !saved)
            return failed(saved.status(), "company");
    }

    // An owners' committee per estate (unless the election step recorded one already).
    OwnersCommitteeStore committees(context.database);
    for (size_t e = 0; e < plan.estates.size(); ++e) {
        const std::vector<int> &people = m_ownersCommittees[e];
        if (people.empty())
            continue;
        const Result<OwnersCommittee> existing = committees.current(plan.estates[e].id, context.referenceDate);
        if (existing && existing->id > 0)
            continue;
        OwnersCommittee committee;
        committee.estateId = plan.estates[e].id;
        committee.name = plan.estates[e].name + QStringLiteral("业主委员会");
        committee.termStart = QDate(2022 + int(e % 3), 3 + random.range(0, 8), random.range(1, 28));
        committee.termEnd = committee.termStart.addYears(5).addDays(-1);
        committee.filedOn = committee.termStart.addDays(random.range(7, 25));
        for (size_t i = 0; i < people.size(); ++i) {
            CommitteeMember member;
            member.personId = personId(people[i]);
            member.role = i == 0 ? QStringLiteral("director") : i == 1 ? QStringLiteral("deputy_director")
                                                                        : QStringLiteral("member");
            member.since = committee.termStart;
            committee.members.append(member);
        }
        if (Result<qint64> saved = committees.save(committee); !saved)
            return failed(saved.status(), "owners' committee");
    }
    return Status::success();
}

Status PartyDemo::addCrossAppointments(DemoContext &context)
{
    const RosterPlan &plan = context.roster;
    CrossAppointmentStore store(context.database);
    const auto add = [&](int person, const char *from, qint64 fromCompany, qint64 fromEstate, const char *to,
                         qint64 toCompany, qint64 toEstate, qint64 toOrg, const QString &postName, QDate since) -> Status {
        CrossAppointment a;
        a.personId = plan.people[size_t(person)].id;
        a.fromBody = QString::fromLatin1(from);
        a.fromCompanyId = fromCompany;
        a.fromEstateId = fromEstate;
        a.toBody = QString::fromLatin1(to);
        a.toCompanyId = toCompany;
        a.toEstateId = toEstate;
        a.toOrgId = toOrg;
        a.post = postName;
        a.since = since;
        const Result<qint64> saved = store.save(a);
        return saved ? Status::success() : failed(saved.status(), "cross-appointment");
    };
    const QString partTime = QStringLiteral("兼职委员");
    const auto staff = [&](size_t company) {
        return company < m_staff.size() && !m_staff[company].empty() ? m_members[size_t(m_staff[company][0])].personIndex : -1;
    };
    const auto community = [&](size_t i) { return i < m_committeePeople.size() ? m_committeePeople[i] : -1; };
    struct Link { int person; const char *from; size_t company; const char *to; qint64 org; QString post; QDate since; };
    const size_t d = m_companies.size() - 2;
    const std::vector<Link> links = {
        {staff(0), "property_company", 0, "community_party", m_committee, partTime, QDate(2024, 3, 1)},
        {community(1), "community_party", 0, "property_company", m_companyBranch, partTime, QDate(2024, 3, 1)},
        {staff(1), "property_company", 1, "community_party", m_committee, partTime, QDate(2026, 4, 1)},
        {community(2), "community_party", 1, "property_company", m_jointBranch, partTime, QDate(2026, 4, 1)},
        {staff(2), "property_company", 2, "residents_committee", 0, QStringLiteral("居委会兼职委员"), QDate(2025, 6, 1)},
        {community(3), "community_party", d, "property_company", 0, QStringLiteral("物业服务质量监督员"), QDate(2025, 9, 1)},
        {staff(d), "property_company", d, "residents_committee", 0, QStringLiteral("居委会兼职委员"), QDate(2026, 5, 1)},
    };
    for (const Link &l : links) {
        if (l.person < 0)
            continue;
        const bool fromCompany = QLatin1String(l.from) == QLatin1String("property_company");
        if (Status s = add(l.person, l.from, fromCompany ? m_companies[l.company] : 0, 0, l.to,
                           fromCompany ? 0 : m_companies[l.company], 0, l.org, l.post, l.since);
            !s)
            return s;
    }
    // Owners' committees: the first estate both ways, the second only one way.
    for (size_t e = 0; e < m_ownersCommittees.size() && e < 2; ++e) {
        const std::vector<int> &people = m_ownersCommittees[e];
        if (people.size() < 2)
            continue;
        const qint64 estate = plan.estates[e].id;
        if (Status s = add(people[0], "community_party", 0, 0, "owners_committee", 0, estate, 0,
                           QStringLiteral("业委会主任"), QDate(2023, 6, 18));
            !s)
            return s;
        if (e == 0) {
            if (Status s = add(people[1], "owners_committee", 0, estate, "community_party", 0, 0, m_committee, partTime,
                               QDate(2024, 1, 10));
                !s)
                return s;
        }
    }
    return Status::success();
}

Status PartyDemo::takeRounds(DemoContext &context)
{
    CensusRounds rounds(context.database);
    const int year = context.referenceDate.year();
    const QString by = QStringLiteral("社区党委（示例）");
    if (Result<CensusData> last = rounds.start(year - 1, by, QDate(year - 1, 12, 31),
                                               QDateTime(QDate(year, 1, 6), QTime(10, 0)));
        !last)
        return failed(last.status(), "census round");
    if (Result<CensusData> current = rounds.start(year, by, context.referenceDate,
                                                  QDateTime(context.referenceDate, QTime(9, 30)));
        !current)
        return failed(current.status(), "census round");
    return Status::success();
}

} // namespace cd
