// PartyDemo: the party members — planned from the roster's CPC members, then written in bulk.
#include "demo/partydemo.h"

#include "db/database.h"
#include "demo/democontext.h"
#include "demo/demoinserter.h"
#include "demo/demorandom.h"
#include "party/partysql.h"

#include <QHash>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cd {

namespace {

const char *const mobileDestinations[] = {"广东省深圳市", "江苏省苏州市", "北京市朝阳区", "上海市浦东新区", "浙江省杭州市"};

QDate maxDate(QDate a, QDate b)
{
    return a > b ? a : b;
}

} // namespace

void PartyDemo::planMembers(DemoContext &context, DemoRandom &random)
{
    const RosterPlan &plan = context.roster;
    const QDate ref = context.referenceDate;
    QHash<int, qint64> groupOfBuilding;
    for (const auto &g : m_groups)
        groupOfBuilding.insert(g.first, g.second);
    QHash<int, int> gridIndex; // grid id -> index
    for (size_t g = 0; g < plan.grids.size(); ++g)
        gridIndex.insert(plan.grids[g].id, int(g));

    QHash<int, int> memberOf; // person index -> member index
    for (size_t i = 0; i < plan.people.size(); ++i) {
        const DemoPerson &p = plan.people[i];
        if (p.political != DemoPolitical::CpcMember && p.political != DemoPolitical::CpcProbationary)
            continue;
        const int age = plan.ageOf(p);
        if (age < 18)
            continue;
        PlannedMember m;
        m.personIndex = int(i);
        const QDate adult = p.birth.addYears(18);
        if (p.political == DemoPolitical::CpcProbationary || age < 20) {
            m.joined = std::min(ref, maxDate(adult, ref.addDays(-random.range(30, 330))));
        } else {
            const int upper = std::max(18, std::min(age - 2, age >= 60 ? 55 : 45));
            m.joined = p.birth.addYears(random.range(18, upper)).addDays(random.range(0, 300));
            const QDate latest = ref.addYears(-1).addDays(-30);
            if (m.joined > latest)
                m.joined = maxDate(adult, latest.addDays(-random.range(0, 200)));
            m.fullDate = std::min(ref, m.joined.addYears(1).addDays(random.range(0, 20)));
        }
        if (p.dwellingIndex < 0) {
            // Non-resident owners hold their membership where they work.
            m.outsideOrg = (p.workplace.isEmpty() ? QStringLiteral("工作单位") : p.workplace) + QStringLiteral("党支部");
        } else if (age >= 23 && age <= 59 && random.chance(2800)) {
            // 在职党员: the membership is at work; they register with the home community.
            m.outsideOrg = (p.workplace.isEmpty() ? QStringLiteral("工作单位") : p.workplace) + QStringLiteral("党支部");
            m.registeredOn = std::min(ref, maxDate(m.joined, ref.addDays(-random.range(30, 1500))));
        } else {
            const DemoDwelling &dwelling = plan.dwellings[size_t(p.dwellingIndex)];
            const int building = plan.units[size_t(dwelling.unitIndex)].buildingIndex;
            const qint64 group = groupOfBuilding.value(building);
            const int grid = gridIndex.value(plan.buildings[size_t(building)].gridId, 0);
            m.orgId = group > 0 && random.chance(5000) ? group : m_gridBranches[size_t(grid)];
            m.lastContact = ref.addDays(-random.range(3, 90));
            if (age >= 20 && age <= 50 && random.chance(450)) {
                m.mobile = true;
                m.mobileTo = QString::fromUtf8(mobileDestinations[random.below(5)]);
                m.lastContact = ref.addDays(-random.range(20, 150));
            }
        }
        memberOf.insert(int(i), int(m_members.size()));
        m_members.push_back(m);
    }

    // A few cases the census must flag: two mobile members out of contact, one probation
    // overdue, and two who left (transferred out, deceased) and are no longer counted.
    int lost = 0;
    for (PlannedMember &m : m_members) {
        if (m.mobile && lost < 2)
            m.lastContact = ref.addMonths(-(7 + 2 * lost++));
    }
    for (PlannedMember &m : m_members) {
        if (!m.fullDate.isValid() && plan.people[size_t(m.personIndex)].birth.addYears(18) <= ref.addMonths(-14)) {
            m.joined = ref.addMonths(-14);
            break;
        }
    }
    int left = 0;
    for (PlannedMember &m : m_members) {
        if (left < 2 && m.orgId > 0 && m.fullDate.isValid() && plan.ageOf(plan.people[size_t(m.personIndex)]) >= 70) {
            m.leftOn = ref.addMonths(-(3 + left));
            m.leftReason = left++ == 0 ? QStringLiteral("transferred_out") : QStringLiteral("deceased");
        }
    }

    // Property staff: working-age members not yet placed, non-residents first.
    std::vector<int> pool;
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t k = 0; k < m_members.size(); ++k) {
            const PlannedMember &m = m_members[k];
            const DemoPerson &p = plan.people[size_t(m.personIndex)];
            const int age = plan.ageOf(p);
            if ((p.dwellingIndex < 0) != (pass == 0) || age < 25 || age > 55 || m.mobile || m.leftOn.isValid())
                continue;
            pool.push_back(int(k));
        }
    }
    std::stable_partition(pool.begin(), pool.end(), [&](int k) { return m_members[size_t(k)].fullDate.isValid(); });
    size_t next = 0;
    const size_t d = m_companies.size() - 2; // the added company with members but no organisation
    const std::vector<std::pair<size_t, int>> wanted = {{0, 5}, {1, 2}, {2, 2}, {d, 2}};
    m_staff.assign(m_companies.size(), {});
    for (const auto &[company, count] : wanted) {
        for (int n = 0; n < count && next < pool.size(); ++n) {
            PlannedMember &m = m_members[size_t(pool[next])];
            m.companyId = m_companies[company];
            m.projectId = m_projects[company];
            if (company == 0 || company == 1 || company == 2) {
                m.orgId = company == 0 ? m_companyBranch : m_jointBranch;
                m.outsideOrg.clear();
                m.registeredOn = QDate();
            }
            m_staff[company].push_back(pool[next++]);
        }
    }

    // 社区党委: a secretary and four committee members from the residents in community branches.
    QSet<int> taken;
    for (const auto &staff : m_staff)
        for (int k : staff)
            taken.insert(m_members[size_t(k)].personIndex);
    for (const PlannedMember &m : m_members) {
        const int age = plan.ageOf(plan.people[size_t(m.personIndex)]);
        if (m_committeePeople.size() < 5 && m.orgId > 0 && m.fullDate.isValid() && !m.mobile && !m.leftOn.isValid()
            && age >= 35 && age <= 60 && !taken.contains(m.personIndex)) {
            m_committeePeople.push_back(m.personIndex);
            taken.insert(m.personIndex);
        }
    }

    // Owners' committees: 5 members where party members reach half, 7 where they do not.
    m_ownersCommittees.assign(plan.estates.size(), {});
    std::vector<std::vector<int>> owners(plan.estates.size());
    QSet<int> seen;
    for (const DemoOwnership &o : plan.ownerships) {
        if (o.personIndex < 0 || seen.contains(o.personIndex) || taken.contains(o.personIndex))
            continue;
        const int age = plan.ageOf(plan.people[size_t(o.personIndex)]);
        if (age < 30 || age > 72)
            continue;
        seen.insert(o.personIndex);
        owners[size_t(plan.estateOfDwelling(o.dwellingIndex))].push_back(o.personIndex);
    }
    for (size_t e = 0; e < plan.estates.size(); ++e) {
        std::vector<int> party, others;
        for (int person : owners[e]) {
            const auto found = memberOf.constFind(person);
            const bool member = found != memberOf.constEnd() && !m_members[size_t(*found)].leftOn.isValid()
                                && m_members[size_t(*found)].companyId == 0;
            (member ? party : others).push_back(person);
        }
        random.shuffle(party);
        random.shuffle(others);
        const bool meets = e % 2 == 0;
        const size_t size = meets ? 5 : 7;
        const size_t partySeats = std::min(party.size(), size_t(meets ? 3 : 2));
        std::vector<int> &committee = m_ownersCommittees[e];
        committee.assign(party.begin(), party.begin() + long(partySeats));
        for (size_t i = 0; i < others.size() && committee.size() < size; ++i)
            committee.push_back(others[i]);
        // The first estate's party members on the committee form its 业委会党支部.
        if (e == 0) {
            for (size_t i = 0; i < partySeats; ++i) {
                PlannedMember &m = m_members[size_t(memberOf.value(committee[i]))];
                m.orgId = m_ownersBranch;
                m.outsideOrg.clear();
            }
        }
    }
}

Status PartyDemo::writeMembers(DemoContext &context)
{
    const RosterPlan &plan = context.roster;
    using partysql::date;
    using partysql::ref;
    using partysql::text;
    DemoInserter insert(context.database.sql(), "party_member",
                        {QStringLiteral("person_id"), QStringLiteral("org_id"), QStringLiteral("outside_org"),
                         QStringLiteral("joined"), QStringLiteral("full_date"), QStringLiteral("probation_extended"),
                         QStringLiteral("company_id"), QStringLiteral("project_id"), QStringLiteral("registered_on"),
                         QStringLiteral("mobile"), QStringLiteral("mobile_to"), QStringLiteral("last_contact"),
                         QStringLiteral("left_on"), QStringLiteral("left_reason")});
    if (!insert.isReady())
        return insert.status();
    for (const PlannedMember &m : m_members) {
        if (Status s = insert.insert({qint64(plan.people[size_t(m.personIndex)].id), ref(m.orgId), text(m.outsideOrg),
                                      date(m.joined), date(m.fullDate), m.extended ? 1 : 0, ref(m.companyId),
                                      ref(m.projectId), date(m.registeredOn), m.mobile ? 1 : 0, text(m.mobileTo),
                                      date(m.lastContact), date(m.leftOn), text(m.leftReason)});
            !s)
            return s;
    }
    // The roster's political status follows the party records.
    QSqlQuery q(context.database.sql());
    if (!q.exec(QStringLiteral("UPDATE person SET political_status = (SELECT CASE WHEN m.full_date IS NULL "
                               "THEN 'cpc_probationary' ELSE 'cpc_member' END FROM party_member m WHERE m.person_id = person.id) "
                               "WHERE id IN (SELECT person_id FROM party_member WHERE left_on IS NULL)")))
        return Status::failure(tr("Party demo data: %1").arg(q.lastError().text()));
    return Status::success();
}

} // namespace cd
