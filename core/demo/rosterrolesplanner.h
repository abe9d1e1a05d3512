#pragma once

#include "demo/rosterplan.h"

#include <vector>

namespace cd {

class DemoPersonFactory;
class DemoRandom;

/// Plans what the community knows about its residents beyond the household: special-group tags
/// (独居老人, 高龄, 残疾, 低保, 退役军人, 留守儿童, 重点关注), the 老/青/少 building leaders of each
/// building, and the property companies' 红色管家, each paired with about ten households, the
/// households with elderly, disabled or low-income members first.
class RosterRolesPlanner
{
public:
    RosterRolesPlanner(RosterPlan &plan, DemoRandom &random, DemoPersonFactory &factory)
        : m_plan(plan), m_random(random), m_factory(factory)
    {
    }

    void plan();

private:
    void indexResidences();
    void planTags();
    void planLeaders();
    void planStewards();
    void planStewardsFor(int companyId, const std::vector<int> &dwellings);
    int pick(const std::vector<int> &residences, bool preferPartyMembers);

    RosterPlan &m_plan;
    DemoRandom &m_random;
    DemoPersonFactory &m_factory;
    std::vector<int> m_firstResidence; // per dwelling, into RosterPlan::residences (size dwellings + 1)
};

} // namespace cd
