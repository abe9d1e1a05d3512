#include "demo/rosterlayoutplanner.h"

#include "demo/demonames.h"
#include "demo/demopersonfactory.h"
#include "demo/demoplaces.h"
#include "demo/demorandom.h"

#include <algorithm>

namespace cd {

namespace {

constexpr int kDwellingsPerEstate = 750;
constexpr int kDwellingsPerGrid = 400;

const char kCreditCharset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // GB 32100: no I O S V Z

int creditValue(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (c == QLatin1Char(kCreditCharset[i]))
            return i;
    }
    return -1;
}

std::vector<QString> shuffled(DemoRandom &random, const QStringList &list)
{
    std::vector<QString> items(list.cbegin(), list.cend());
    random.shuffle(items);
    return items;
}

} // namespace

void RosterLayoutPlanner::plan(int households)
{
    m_oldNames = shuffled(m_random, DemoPlaces::estateNames(false));
    m_newNames = shuffled(m_random, DemoPlaces::estateNames(true));
    const int estates = std::max(1, (households + kDwellingsPerEstate / 2) / kDwellingsPerEstate);
    for (int e = 0; e < estates; ++e)
        planEstate(e, households / estates + (e < households % estates ? 1 : 0));
    planCompanies();
}

void RosterLayoutPlanner::planEstate(int index, int dwellings)
{
    DemoEstate estate;
    estate.id = index + 1;
    estate.modern = index % 2 == 1;
    std::vector<QString> &names = estate.modern ? m_newNames : m_oldNames;
    int &used = estate.modern ? m_newUsed : m_oldUsed;
    const int size = int(names.size());
    estate.name = names[size_t(used % size)];
    if (used >= size) // more estates than names: later phases of the same name
        estate.name += QString::fromUtf8("%1期").arg(used / size + 1);
    ++used;

    const QStringList &roads = DemoPlaces::roads();
    estate.road = roads.at(index % roads.size());
    // Door numbers on one road never repeat: each pass over the roads takes the next block of 40.
    estate.doorNumber = 6 + (index / int(roads.size())) * 40 + m_random.range(0, 35);
    estate.address = QString::fromUtf8("沈阳市苏家屯区%1%2号").arg(estate.road).arg(estate.doorNumber);
    estate.developer = DemoPlaces::developer(m_random, estate.modern);
    const int yearBase = estate.modern ? m_random.range(2010, 2019) : m_random.range(1986, 1998);
    estate.notes = estate.modern ? QString::fromUtf8("%1年建成，高层电梯住宅").arg(yearBase)
                                 : QString::fromUtf8("%1年建成的老旧小区，多层步梯住宅").arg(yearBase);
    estate.firstBuilding = int(m_plan.buildings.size());
    m_plan.estates.push_back(estate);

    int remaining = dwellings;
    for (int number = 1; remaining > 0; ++number)
        planBuilding(index, number, yearBase, &remaining);
    m_plan.estates.back().buildingCount = int(m_plan.buildings.size()) - estate.firstBuilding;
    planGrids(index, dwellings);
}

void RosterLayoutPlanner::planBuilding(int estateIndex, int number, int yearBase, int *remaining)
{
    const DemoEstate &estate = m_plan.estates[size_t(estateIndex)];
    DemoBuilding building;
    building.id = int(m_plan.buildings.size()) + 1;
    building.estateIndex = estateIndex;
    building.number = number;
    building.address = QString::fromUtf8("%1%2-%3号").arg(estate.road).arg(estate.doorNumber).arg(number);
    int units = 0;
    int perFloor = 0;
    int minArea = 0, maxArea = 0;
    if (estate.modern) {
        static const int floors[] = {11, 18, 24, 26, 28, 32, 33};
        static const int floorWeights[] = {2, 2, 2, 3, 2, 2, 2};
        building.floors = floors[m_random.weighted(floorWeights, 7)];
        units = building.floors <= 11 ? m_random.range(3, 4) : m_random.range(1, 3);
        perFloor = m_random.range(2, 4);
        building.yearBuilt = yearBase + m_random.range(0, 2);
        minArea = 7800, maxArea = 14500;
    } else {
        static const int floorWeights[] = {1, 8, 1}; // 5, 6 or 7 storeys, no lift
        building.floors = 5 + m_random.weighted(floorWeights, 3);
        units = m_random.range(3, 5);
        perFloor = m_random.chance(1500) ? 3 : 2;
        building.yearBuilt = yearBase + m_random.range(0, 3);
        minArea = 4200, maxArea = 7800;
    }
    // The last building of an estate registers only as many units as the remaining dwellings fill.
    const int perUnit = building.floors * perFloor;
    units = std::min(units, (*remaining + perUnit - 1) / perUnit);

    // Flats stacked above each other share a floor plan and so, mostly, a registered area.
    std::vector<int> planArea(static_cast<size_t>(perFloor));
    for (int &area : planArea)
        area = m_random.range(minArea, maxArea);

    const int buildingIndex = int(m_plan.buildings.size());
    building.firstUnit = int(m_plan.units.size());
    building.unitCount = units;
    m_plan.buildings.push_back(building);
    for (int u = 1; u <= units; ++u) {
        DemoUnit unit;
        unit.id = int(m_plan.units.size()) + 1;
        unit.buildingIndex = buildingIndex;
        unit.number = u;
        unit.firstDwelling = int(m_plan.dwellings.size());
        const int unitIndex = int(m_plan.units.size());
        for (int floor = 1; floor <= building.floors && *remaining > 0; ++floor) {
            for (int position = 1; position <= perFloor && *remaining > 0; ++position) {
                DemoDwelling dwelling;
                dwelling.id = int(m_plan.dwellings.size()) + 1;
                dwelling.unitIndex = unitIndex;
                dwelling.floor = floor;
                dwelling.room = floor * 100 + position;
                dwelling.areaCenti = planArea[size_t(position - 1)]
                                     + (m_random.chance(2000) ? m_random.range(-150, 150) : 0);
                dwelling.occupancy = occupancy(estate.modern);
                dwelling.delivered = dwelling.occupancy != DemoOccupancy::Unsold;
                m_plan.dwellings.push_back(dwelling);
                --*remaining;
            }
        }
        unit.dwellingCount = int(m_plan.dwellings.size()) - unit.firstDwelling;
        m_plan.units.push_back(unit);
    }
}

DemoOccupancy RosterLayoutPlanner::occupancy(bool modern)
{
    static const DemoOccupancy kinds[] = {DemoOccupancy::OwnerOccupied, DemoOccupancy::Rented,
                                          DemoOccupancy::Vacant, DemoOccupancy::Unsold};
    static const int oldWeights[] = {6600, 2200, 1200, 0};
    static const int newWeights[] = {7000, 1400, 1300, 300}; // a few flats still unsold
    return kinds[m_random.weighted(modern ? newWeights : oldWeights, 4)];
}

void RosterLayoutPlanner::planGrids(int estateIndex, int dwellings)
{
    const DemoEstate &estate = m_plan.estates[size_t(estateIndex)];
    const int grids = std::max(1, (dwellings + kDwellingsPerGrid / 2) / kDwellingsPerGrid);
    const int firstGridId = int(m_plan.grids.size()) + 1;
    for (int g = 0; g < grids; ++g) {
        DemoGrid grid;
        grid.id = firstGridId + g;
        grid.name = QString::fromUtf8("第%1网格").arg(grid.id);
        const bool male = m_random.chance(3000);
        const QDate birth = m_factory.birthForAge(m_random, 26, 52);
        grid.workerName = DemoNames::surname(m_random);
        grid.workerName += DemoNames::givenName(m_random, male, birth.year());
        grid.workerPhone = m_factory.mobile(m_random);
        m_plan.grids.push_back(grid);
    }
    // Consecutive buildings form a grid of roughly equal size.
    int before = 0;
    for (int b = 0; b < estate.buildingCount; ++b) {
        DemoBuilding &building = m_plan.buildings[size_t(estate.firstBuilding + b)];
        building.gridId = firstGridId + int(qint64(before) * grids / dwellings);
        for (int u = 0; u < building.unitCount; ++u)
            before += m_plan.units[size_t(building.firstUnit + u)].dwellingCount;
    }
}

void RosterLayoutPlanner::planCompanies()
{
    const int estates = int(m_plan.estates.size());
    const std::vector<QString> names = shuffled(m_random, DemoPlaces::companyNames());
    const int count = std::min(int(names.size()), std::max(3, (estates * 3 + 3) / 4));
    static const char *const districts[] = {"210111", "210111", "210111", "210112", "210106", "210103", "210114"};
    for (int c = 0; c < count; ++c) {
        DemoCompany company;
        company.id = c + 1;
        company.name = names[size_t(c)];
        company.creditCode = creditCode(m_random, QString::fromLatin1(districts[m_random.below(7)]));
        const int exchange = m_random.range(2, 8);
        const int line = m_random.range(0, 9999999);
        company.phone = QStringLiteral("024-%1%2").arg(exchange).arg(line, 7, 10, QLatin1Char('0'));
        m_plan.companies.push_back(company);
    }
    // Each estate has its company; an old estate's last third is often kept by a second one.
    int cursor = 0;
    for (const DemoEstate &estate : m_plan.estates) {
        const int primary = cursor++ % count + 1;
        int secondary = primary;
        if (!estate.modern && estate.buildingCount >= 4)
            secondary = cursor++ % count + 1;
        const int split = (estate.buildingCount * 2 + 2) / 3;
        for (int b = 0; b < estate.buildingCount; ++b)
            m_plan.buildings[size_t(estate.firstBuilding + b)].companyId = b < split ? primary : secondary;
    }
}

QString RosterLayoutPlanner::creditCode(DemoRandom &random, const QString &district)
{
    // Organisation code: eight characters and a GB 11714 check (weights 3 7 9 10 5 8 4 2).
    static const int orgWeights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    QString org;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        QChar c;
        if (i == 0 && random.chance(3000))
            c = QLatin1Char(kCreditCharset[10 + random.below(21)]); // a letter in the first place
        else
            c = QLatin1Char(char('0' + random.below(10)));
        const int value = c.isDigit() ? c.digitValue() : 10 + (c.unicode() - 'A');
        sum += value * orgWeights[i];
        org.append(c);
    }
    const int orgCheck = 11 - sum % 11;
    org.append(orgCheck == 10 ? QLatin1Char('X') : orgCheck == 11 ? QLatin1Char('0') : QLatin1Char(char('0' + orgCheck)));

    // 9 = registered by market regulation, 1 = enterprise; then the district and the organisation code.
    QString code = QStringLiteral("91") + district + org;
    int total = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        total += creditValue(code.at(i)) * weight;
        weight = weight * 3 % 31;
    }
    const int check = (31 - total % 31) % 31;
    code.append(QLatin1Char(kCreditCharset[check]));
    return code;
}

} // namespace cd
