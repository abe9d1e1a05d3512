#pragma once

#include "demo/rosterplan.h"

#include <utility>
#include <vector>

namespace cd {

class DemoPersonFactory;
class DemoRandom;

/// Plans who lives in and who owns each dwelling. Owner-occupied flats get a household of a kind
/// that fits the estate (many elderly couples and 独居老人 in the old estates, young families in
/// the new ones) owned by its head, sometimes with the spouse as co-owner; rented flats get
/// tenants and an owner who lives elsewhere (sometimes one who owns several flats, or a resident
/// of another flat); vacant flats only an owner; unsold flats belong to the developer.
class RosterHouseholdPlanner
{
public:
    RosterHouseholdPlanner(RosterPlan &plan, DemoRandom &random, DemoPersonFactory &factory)
        : m_plan(plan), m_random(random), m_factory(factory)
    {
    }

    void plan();

private:
    using Members = std::vector<std::pair<int, DemoRelation>>;

    void planOwnerOccupied(int dwellingIndex);
    void planTenants(int dwellingIndex);
    void planAbsentOwner(int dwellingIndex, QDate latestSince);

    int addPerson(bool male, QDate birth, const QString &surname, int ethnicity, DemoHukou hukou,
                  int dwellingIndex, const QString &addressCode = QString());
    void addChildren(Members &members, int count, int maxAge, const QString &surname, int ethnicity,
                     DemoHukou hukou, int dwellingIndex, bool grandchildren);
    void moveIn(const Members &members, int dwellingIndex, QDate movedIn);
    void addOwner(int dwellingIndex, int personIndex, bool voter, QDate since);

    QDate completion(int dwellingIndex) const;
    QDate dateBetween(QDate from, QDate to);
    bool isLocal(DemoHukou hukou);

    RosterPlan &m_plan;
    DemoRandom &m_random;
    DemoPersonFactory &m_factory;
    // Owners within the current estate who may own a second flat there.
    int m_estate = -1;
    std::vector<int> m_absentOwners;
    std::vector<int> m_residentOwners;
};

} // namespace cd
