#pragma once

#include "demo/rosterplan.h"

#include <vector>

namespace cd {

class DemoPersonFactory;
class DemoRandom;

/// Plans the community's physical layout: estates (about 750 dwellings each, alternating a 1990s
/// walk-up 老旧小区 and a 2010s high-rise estate), their buildings, units and dwellings with rooms,
/// areas and occupancy, the grids with their workers and the property companies.
class RosterLayoutPlanner
{
public:
    RosterLayoutPlanner(RosterPlan &plan, DemoRandom &random, DemoPersonFactory &factory)
        : m_plan(plan), m_random(random), m_factory(factory)
    {
    }

    void plan(int households);

    /// A unified social credit code (GB 32100) for an enterprise registered in `district`, its
    /// organisation code valid by GB 11714 and its last character by GB 32100's check.
    static QString creditCode(DemoRandom &random, const QString &district);

private:
    void planEstate(int index, int dwellings);
    void planBuilding(int estateIndex, int number, int yearBase, int *remaining);
    DemoOccupancy occupancy(bool modern);
    void planGrids(int estateIndex, int dwellings);
    void planCompanies();

    RosterPlan &m_plan;
    DemoRandom &m_random;
    DemoPersonFactory &m_factory;
    std::vector<QString> m_oldNames;
    std::vector<QString> m_newNames;
    int m_oldUsed = 0;
    int m_newUsed = 0;
};

} // namespace cd
