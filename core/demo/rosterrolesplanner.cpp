#include "demo/rosterrolesplanner.h"

#include "demo/demonames.h"
#include "demo/demopersonfactory.h"
#include "demo/demoplaces.h"
#include "demo/demorandom.h"

#include <algorithm>

namespace cd {

void RosterRolesPlanner::plan()
{
    indexResidences();
    planTags();
    planLeaders();
    planStewards();
}

void RosterRolesPlanner::indexResidences()
{
    // Households were planned flat by flat, so each dwelling's residents are one run.
    m_firstResidence.assign(m_plan.dwellings.size() + 1, 0);
    for (const DemoResidence &residence : m_plan.residences)
        ++m_firstResidence[size_t(residence.dwellingIndex) + 1];
    for (size_t d = 1; d < m_firstResidence.size(); ++d)
        m_firstResidence[d] += m_firstResidence[d - 1];
}

void RosterRolesPlanner::planTags()
{
    for (size_t d = 0; d < m_plan.dwellings.size(); ++d) {
        const int first = m_firstResidence[d];
        const int end = m_firstResidence[d + 1];
        if (first == end)
            continue;
        const DemoDwelling &dwelling = m_plan.dwellings[d];
        const bool modern = m_plan.estates[size_t(m_plan.estateOfDwelling(int(d)))].modern;
        // 低保 is granted to a household, so every member carries it.
        const int subsistence = dwelling.occupancy == DemoOccupancy::Rented ? 150 : modern ? 60 : 250;
        const bool poor = m_random.chance(subsistence);
        for (int r = first; r < end; ++r) {
            DemoPerson &person = m_plan.people[size_t(m_plan.residences[size_t(r)].personIndex)];
            const int age = m_plan.ageOf(person);
            if (end - first == 1 && age >= 60)
                person.tags |= TagElderlyAlone;
            if (age >= 80)
                person.tags |= TagOldestOld;
            if (poor)
                person.tags |= TagSubsistence;
            if (m_random.chance(age >= 60 ? 500 : age >= 16 ? 120 : 40))
                person.tags |= TagDisabled;
            if (age >= 40 && m_random.chance(person.male ? 350 : 15))
                person.tags |= TagVeteran;
            if (age >= 18 && m_random.chance(60))
                person.tags |= TagKeyAttention;
        }
    }
}

int RosterRolesPlanner::pick(const std::vector<int> &residences, bool preferPartyMembers)
{
    if (preferPartyMembers && m_random.chance(7000)) {
        std::vector<int> members;
        for (int r : residences) {
            if (m_plan.people[size_t(m_plan.residences[size_t(r)].personIndex)].political == DemoPolitical::CpcMember)
                members.push_back(r);
        }
        if (!members.empty())
            return members[m_random.below(quint32(members.size()))];
    }
    return residences[m_random.below(quint32(residences.size()))];
}

void RosterRolesPlanner::planLeaders()
{
    static const DemoLeaderKind kinds[] = {DemoLeaderKind::Senior, DemoLeaderKind::Young, DemoLeaderKind::Junior};
    static const int shares[] = {9000, 6500, 4500};
    for (size_t b = 0; b < m_plan.buildings.size(); ++b) {
        const DemoBuilding &building = m_plan.buildings[b];
        // Candidates (residence indexes) of the three kinds: 老 retired people, 青 young adults, 少 pupils.
        std::vector<int> candidates[3];
        const DemoUnit &firstUnit = m_plan.units[size_t(building.firstUnit)];
        const DemoUnit &lastUnit = m_plan.units[size_t(building.firstUnit + building.unitCount - 1)];
        const int end = m_firstResidence[size_t(lastUnit.firstDwelling + lastUnit.dwellingCount)];
        for (int r = m_firstResidence[size_t(firstUnit.firstDwelling)]; r < end; ++r) {
            const int age = m_plan.ageOf(m_plan.people[size_t(m_plan.residences[size_t(r)].personIndex)]);
            if (age >= 60 && age <= 75)
                candidates[0].push_back(r);
            else if (age >= 25 && age <= 45)
                candidates[1].push_back(r);
            else if (age >= 10 && age <= 16)
                candidates[2].push_back(r);
        }
        for (int k = 0; k < 3; ++k) {
            if (candidates[k].empty() || !m_random.chance(shares[k]))
                continue;
            const DemoResidence &chosen = m_plan.residences[size_t(pick(candidates[k], k < 2))];
            const QDate earliest = std::max(chosen.movedIn, m_plan.referenceDate.addYears(-4));
            const QDate latest = m_plan.referenceDate.addDays(-30);
            const QDate since = earliest < latest ? earliest.addDays(m_random.below(quint32(earliest.daysTo(latest))))
                                                  : latest;
            m_plan.leaders.push_back({int(b), chosen.personIndex, kinds[k], since});
        }
    }
}

void RosterRolesPlanner::planStewards()
{
    // One team per company and estate, serving the occupied flats of that company's buildings.
    for (const DemoEstate &estate : m_plan.estates) {
        std::vector<int> companies;
        std::vector<std::vector<int>> dwellings;
        for (int b = 0; b < estate.buildingCount; ++b) {
            const DemoBuilding &building = m_plan.buildings[size_t(estate.firstBuilding + b)];
            auto found = std::find(companies.begin(), companies.end(), building.companyId);
            if (found == companies.end()) {
                companies.push_back(building.companyId);
                dwellings.emplace_back();
                found = companies.end() - 1;
            }
            std::vector<int> &list = dwellings[size_t(found - companies.begin())];
            for (int u = 0; u < building.unitCount; ++u) {
                const DemoUnit &unit = m_plan.units[size_t(building.firstUnit + u)];
                for (int d = unit.firstDwelling; d < unit.firstDwelling + unit.dwellingCount; ++d) {
                    if (m_firstResidence[size_t(d)] < m_firstResidence[size_t(d) + 1])
                        list.push_back(d);
                }
            }
        }
        for (size_t c = 0; c < companies.size(); ++c)
            planStewardsFor(companies[c], dwellings[c]);
    }
}

void RosterRolesPlanner::planStewardsFor(int companyId, const std::vector<int> &dwellings)
{
    if (dwellings.empty())
        return;
    // Households with someone old, disabled or on 低保 are paired first, the rest at random.
    constexpr quint8 needsCare = TagElderlyAlone | TagOldestOld | TagDisabled | TagSubsistence;
    std::vector<int> priority;
    std::vector<int> others;
    for (int d : dwellings) {
        bool care = false;
        for (int r = m_firstResidence[size_t(d)]; r < m_firstResidence[size_t(d) + 1]; ++r)
            care = care || (m_plan.people[size_t(m_plan.residences[size_t(r)].personIndex)].tags & needsCare);
        (care ? priority : others).push_back(d);
    }
    m_random.shuffle(others);
    priority.insert(priority.end(), others.begin(), others.end());

    const DemoCompany &company = m_plan.companies[size_t(companyId - 1)];
    const int count = std::max(1, (int(dwellings.size()) + 25) / 50);
    size_t next = 0;
    for (int s = 0; s < count && next < priority.size(); ++s) {
        const int ethnicity = DemoPlaces::ethnicity(m_random);
        const bool male = m_random.chance(5000);
        const QDate birth = m_factory.birthForAge(m_random, 24, 50);
        const QString surname = DemoNames::surname(m_random, ethnicity);
        DemoPerson person = m_factory.make(m_random, male, birth, surname, ethnicity, DemoHukou::Registered, true);
        person.id = int(m_plan.people.size()) + 1;
        person.workplace = company.name;
        if (m_random.chance(6000))
            person.political = DemoPolitical::CpcMember; // 红色管家 teams are led by party members
        m_plan.people.push_back(std::move(person));

        DemoSteward steward;
        steward.id = int(m_plan.stewards.size()) + 1;
        steward.personIndex = int(m_plan.people.size()) - 1;
        steward.companyId = companyId;
        steward.since = m_plan.referenceDate.addDays(-m_random.range(30, 900));
        const size_t households = size_t(m_random.range(8, 12));
        for (size_t h = 0; h < households && next < priority.size(); ++h)
            steward.dwellingIndexes.push_back(priority[next++]);
        m_plan.stewards.push_back(std::move(steward));
    }
}

} // namespace cd
