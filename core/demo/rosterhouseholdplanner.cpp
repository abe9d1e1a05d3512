#include "demo/rosterhouseholdplanner.h"

#include "demo/demonames.h"
#include "demo/demopersonfactory.h"
#include "demo/demoplaces.h"
#include "demo/demorandom.h"

#include <algorithm>

namespace cd {

namespace {

// Households of owner-occupied flats, with their share per hundred in old and new estates.
enum HouseholdKind {
    ElderlyAlone,     // 独居老人
    ElderlyCouple,
    Single,
    Couple,
    Family,           // parents and one or two children
    ThreeGenerations, // a family with one or both of the head's parents
    Grandparents,     // grandparents raising a grandchild whose parents work elsewhere (留守儿童)
    SingleParent,
    ElderWithChild,   // an old parent and a grown-up child
    HouseholdKindCount
};
const int kOldEstateKinds[HouseholdKindCount] = {12, 20, 6, 10, 23, 18, 4, 4, 3};
const int kNewEstateKinds[HouseholdKindCount] = {3, 8, 7, 13, 40, 20, 2, 5, 2};

DemoRelation childRelation(bool male, bool grandchild)
{
    if (grandchild)
        return male ? DemoRelation::Grandson : DemoRelation::Granddaughter;
    return male ? DemoRelation::Son : DemoRelation::Daughter;
}

} // namespace

void RosterHouseholdPlanner::plan()
{
    for (int d = 0; d < int(m_plan.dwellings.size()); ++d) {
        const int estate = m_plan.estateOfDwelling(d);
        if (estate != m_estate) {
            m_estate = estate;
            m_absentOwners.clear();
            m_residentOwners.clear();
        }
        switch (m_plan.dwellings[size_t(d)].occupancy) {
        case DemoOccupancy::OwnerOccupied:
            planOwnerOccupied(d);
            break;
        case DemoOccupancy::Rented:
            planTenants(d);
            break;
        case DemoOccupancy::Vacant:
            planAbsentOwner(d, m_plan.referenceDate.addDays(-30));
            break;
        case DemoOccupancy::Unsold:
            addOwner(d, -1, true, completion(d));
            break;
        }
    }
}

void RosterHouseholdPlanner::planOwnerOccupied(int d)
{
    const bool modern = m_plan.estates[size_t(m_plan.estateOfDwelling(d))].modern;
    static const DemoHukou hukous[] = {DemoHukou::Registered, DemoHukou::Resident, DemoHukou::Floating};
    static const int hukouWeights[] = {8200, 1500, 300};
    const DemoHukou hukou = hukous[m_random.weighted(hukouWeights, 3)];
    const int kind = m_random.weighted(modern ? kNewEstateKinds : kOldEstateKinds, HouseholdKindCount);
    const int ethnicity = DemoPlaces::ethnicity(m_random);
    Members members;
    int spouse = -1;

    // A married couple; the husband is the head four times in five. Returns the wife's age.
    QString familySurname; // the husband's, which children take
    QString headSurname;
    auto addCouple = [&](int minAge, int maxAge) {
        const QDate husbandBirth = m_factory.birthForAge(m_random, minAge, maxAge);
        QDate wifeBirth = husbandBirth.addDays(m_random.range(-365, 5 * 365));
        wifeBirth = std::min(wifeBirth, m_plan.referenceDate.addYears(-20));
        const int wifeEthnicity = m_random.chance(8500) ? ethnicity : DemoPlaces::ethnicity(m_random);
        familySurname = DemoNames::surname(m_random, ethnicity);
        const QString wifeSurname = DemoNames::surname(m_random, wifeEthnicity);
        const bool husbandIsHead = m_random.chance(8000);
        headSurname = husbandIsHead ? familySurname : wifeSurname;
        if (husbandIsHead) {
            members.push_back({addPerson(true, husbandBirth, familySurname, ethnicity, hukou, d), DemoRelation::Head});
            spouse = addPerson(false, wifeBirth, wifeSurname, wifeEthnicity, hukou, d);
        } else {
            members.push_back({addPerson(false, wifeBirth, wifeSurname, wifeEthnicity, hukou, d), DemoRelation::Head});
            spouse = addPerson(true, husbandBirth, familySurname, ethnicity, hukou, d);
        }
        members.push_back({spouse, DemoRelation::Spouse});
        return m_factory.ageOn(wifeBirth);
    };
    auto childCount = [&] { return m_random.chance(5500) ? 1 : 2; };

    switch (kind) {
    case ElderlyAlone: {
        const bool male = m_random.chance(3500);
        const QDate birth = m_random.chance(7000) ? m_factory.birthForAge(m_random, 65, 80)
                                                  : m_factory.birthForAge(m_random, 81, 96);
        members.push_back({addPerson(male, birth, DemoNames::surname(m_random, ethnicity), ethnicity, hukou, d),
                           DemoRelation::Head});
        break;
    }
    case ElderlyCouple:
        addCouple(62, 92);
        break;
    case Single: {
        const bool male = m_random.chance(5000);
        const QDate birth = m_factory.birthForAge(m_random, 24, 58);
        const QString surname = DemoNames::surname(m_random, ethnicity);
        members.push_back({addPerson(male, birth, surname, ethnicity, hukou, d), DemoRelation::Head});
        break;
    }
    case Couple:
        addCouple(25, 62);
        break;
    case Family: {
        const int wifeAge = addCouple(28, 56);
        addChildren(members, childCount(), std::min(wifeAge - 21, 25), familySurname, ethnicity, hukou, d, false);
        break;
    }
    case ThreeGenerations: {
        const int wifeAge = addCouple(30, 55);
        addChildren(members, childCount(), std::min(wifeAge - 21, 25), familySurname, ethnicity, hukou, d, false);
        // The head's own parents: both, or the one still living.
        const DemoPerson head = m_plan.people[size_t(members.front().first)];
        const int roll = int(m_random.below(100));
        const QDate fatherBirth = std::max(head.birth.addYears(-m_random.range(24, 32)),
                                           m_plan.referenceDate.addYears(-97));
        if (roll < 70)
            members.push_back({addPerson(true, fatherBirth, headSurname, ethnicity, hukou, d), DemoRelation::Father});
        if (roll >= 15) {
            const QDate motherBirth = fatherBirth.addDays(m_random.range(0, 4 * 365));
            const QString motherSurname = DemoNames::surname(m_random, ethnicity);
            members.push_back({addPerson(false, motherBirth, motherSurname, ethnicity, hukou, d), DemoRelation::Mother});
        }
        break;
    }
    case Grandparents: {
        const QDate grandfatherBirth = m_factory.birthForAge(m_random, 58, 76);
        familySurname = DemoNames::surname(m_random, ethnicity);
        const bool both = m_random.chance(7000);
        const QDate grandmotherBirth = grandfatherBirth.addDays(m_random.range(0, 4 * 365));
        const QString grandmotherSurname = DemoNames::surname(m_random, ethnicity);
        if (both) {
            members.push_back({addPerson(true, grandfatherBirth, familySurname, ethnicity, hukou, d),
                               DemoRelation::Head});
            spouse = addPerson(false, grandmotherBirth, grandmotherSurname, ethnicity, hukou, d);
            members.push_back({spouse, DemoRelation::Spouse});
        } else {
            members.push_back({addPerson(false, grandmotherBirth, grandmotherSurname, ethnicity, hukou, d),
                               DemoRelation::Head});
        }
        // A daughter's child carries another surname.
        const QString childSurname = m_random.chance(7000) ? familySurname : DemoNames::surname(m_random, ethnicity);
        addChildren(members, m_random.chance(8000) ? 1 : 2, 15, childSurname, ethnicity, hukou, d, true);
        break;
    }
    case SingleParent: {
        const bool male = m_random.chance(2500);
        const QDate birth = m_factory.birthForAge(m_random, 30, 50);
        const QString surname = DemoNames::surname(m_random, ethnicity);
        members.push_back({addPerson(male, birth, surname, ethnicity, hukou, d), DemoRelation::Head});
        const QString childSurname = male || m_random.chance(3000) ? surname : DemoNames::surname(m_random, ethnicity);
        addChildren(members, 1, std::min(m_factory.ageOn(birth) - 22, 20), childSurname, ethnicity, hukou, d, false);
        break;
    }
    case ElderWithChild: {
        const bool male = m_random.chance(3500);
        const QDate birth = m_factory.birthForAge(m_random, 68, 92);
        const QString surname = DemoNames::surname(m_random, ethnicity);
        members.push_back({addPerson(male, birth, surname, ethnicity, hukou, d), DemoRelation::Head});
        const bool son = m_random.chance(5000);
        const QString childSurname = male ? surname : DemoNames::surname(m_random, ethnicity);
        const int parentAge = m_random.range(24, 34);
        const QDate childBirth = birth.addYears(parentAge).addDays(m_random.range(0, 364));
        members.push_back({addPerson(son, childBirth, childSurname, ethnicity, hukou, d), childRelation(son, false)});
        break;
    }
    default:
        break;
    }

    // Bought when the head was an adult and the building stood; many in old estates are the
    // original owners from the housing reform.
    const QDate headBirth = m_plan.people[size_t(members.front().first)].birth;
    const QDate earliest = std::max(completion(d), headBirth.addYears(23));
    const QDate latest = m_plan.referenceDate.addDays(-60);
    QDate since = latest;
    if (earliest < latest)
        since = m_random.chance(4000) ? dateBetween(earliest, std::min(latest, earliest.addYears(3)))
                                      : dateBetween(earliest, latest);
    const QDate movedIn = std::min(since.addDays(m_random.range(10, 200)), m_plan.referenceDate.addDays(-7));
    moveIn(members, d, movedIn);

    addOwner(d, members.front().first, true, since);
    if (spouse >= 0 && m_random.chance(4000))
        addOwner(d, spouse, false, since); // co-owners name the head as their voter
    m_residentOwners.push_back(members.front().first);
}

void RosterHouseholdPlanner::planTenants(int d)
{
    static const DemoHukou hukous[] = {DemoHukou::Registered, DemoHukou::Resident, DemoHukou::Floating};
    static const int hukouWeights[] = {1000, 3500, 5500};
    const DemoHukou hukou = hukous[m_random.weighted(hukouWeights, 3)];
    const int ethnicity = DemoPlaces::ethnicity(m_random);
    static const int kindWeights[] = {45, 30, 20, 5}; // single, couple, couple with a child, flat-sharers
    const int kind = m_random.weighted(kindWeights, 4);
    Members members;
    if (kind == 0 || kind == 3) {
        const bool male = m_random.chance(5500);
        const int sharers = kind == 3 ? 2 : 1;
        for (int i = 0; i < sharers; ++i) {
            const QDate birth = m_factory.birthForAge(m_random, 20, kind == 3 ? 30 : 45);
            const QString surname = DemoNames::surname(m_random, ethnicity);
            members.push_back({addPerson(male, birth, surname, ethnicity, hukou, d), DemoRelation::Tenant});
        }
    } else {
        const QDate husbandBirth = m_factory.birthForAge(m_random, kind == 1 ? 23 : 28, 45);
        const QDate wifeBirth = std::min(husbandBirth.addDays(m_random.range(-365, 4 * 365)),
                                         m_plan.referenceDate.addYears(-20));
        const QString surname = DemoNames::surname(m_random, ethnicity);
        members.push_back({addPerson(true, husbandBirth, surname, ethnicity, hukou, d), DemoRelation::Tenant});
        members.push_back({addPerson(false, wifeBirth, DemoNames::surname(m_random, ethnicity), ethnicity, hukou, d),
                           DemoRelation::Tenant});
        if (kind == 2)
            addChildren(members, 1, std::min(m_factory.ageOn(wifeBirth) - 21, 15), surname, ethnicity, hukou, d,
                        false);
        for (auto &member : members)
            member.second = DemoRelation::Tenant;
    }
    const QDate earliest = std::max(completion(d).addDays(60), m_plan.referenceDate.addDays(-1800));
    const QDate movedIn = dateBetween(earliest, m_plan.referenceDate.addDays(-20));
    moveIn(members, d, movedIn);
    planAbsentOwner(d, movedIn.addDays(-30));
}

void RosterHouseholdPlanner::planAbsentOwner(int d, QDate latestSince)
{
    const QDate earliest = completion(d);
    const int roll = int(m_random.below(100));
    if (roll < 10 && !m_absentOwners.empty()) { // an owner of several flats here
        const int owner = m_absentOwners[m_random.below(quint32(m_absentOwners.size()))];
        addOwner(d, owner, true, dateBetween(earliest, latestSince));
        return;
    }
    if (roll < 18 && !m_residentOwners.empty()) { // a resident who bought a second flat
        const int owner = m_residentOwners[m_random.below(quint32(m_residentOwners.size()))];
        addOwner(d, owner, true, dateBetween(earliest, latestSince));
        return;
    }
    const int ethnicity = DemoPlaces::ethnicity(m_random);
    const bool male = m_random.chance(5500);
    const QDate birth = m_factory.birthForAge(m_random, 32, 74);
    const int owner = addPerson(male, birth, DemoNames::surname(m_random, ethnicity), ethnicity,
                                DemoHukou::Registered, -1);
    const QDate since = dateBetween(std::max(earliest, birth.addYears(22)), latestSince);
    addOwner(d, owner, true, since);
    m_absentOwners.push_back(owner);
    if (m_random.chance(1000)) { // a couple who own it together and name one voter
        const QDate partnerBirth = std::min(birth.addDays(m_random.range(-3 * 365, 3 * 365)),
                                            m_plan.referenceDate.addYears(-25));
        const int partner = addPerson(!male, partnerBirth, DemoNames::surname(m_random, ethnicity), ethnicity,
                                      DemoHukou::Registered, -1);
        addOwner(d, partner, false, since);
    }
}

int RosterHouseholdPlanner::addPerson(bool male, QDate birth, const QString &surname, int ethnicity,
                                      DemoHukou hukou, int dwellingIndex, const QString &addressCode)
{
    DemoPerson person = m_factory.make(m_random, male, birth, surname, ethnicity, hukou, isLocal(hukou), addressCode);
    person.id = int(m_plan.people.size()) + 1;
    person.dwellingIndex = dwellingIndex;
    m_plan.people.push_back(std::move(person));
    return int(m_plan.people.size()) - 1;
}

void RosterHouseholdPlanner::addChildren(Members &members, int count, int maxAge, const QString &surname,
                                         int ethnicity, DemoHukou hukou, int d, bool grandchildren)
{
    if (maxAge < 0)
        return;
    // Children are registered where their family is: here for a registered household, otherwise
    // mostly in the parents' home town.
    const QString familyCode = m_plan.people[size_t(members.front().first)].idNumber.left(6);
    for (int i = 0; i < count; ++i) {
        const bool male = m_random.chance(5150);
        const QDate birth = m_factory.birthForAge(m_random, grandchildren ? std::min(3, maxAge) : 0, maxAge);
        QString code;
        if (hukou == DemoHukou::Registered)
            code = m_random.chance(8500) ? DemoPlaces::homeDistrictCode() : familyCode;
        else if (m_random.chance(8000))
            code = familyCode;
        const int child = addPerson(male, birth, surname, ethnicity, hukou, d, code);
        if (grandchildren && m_factory.ageOn(birth) < 16)
            m_plan.people[size_t(child)].tags |= TagLeftBehindChild;
        members.push_back({child, childRelation(male, grandchildren)});
    }
}

void RosterHouseholdPlanner::moveIn(const Members &members, int d, QDate movedIn)
{
    for (const auto &[personIndex, relation] : members) {
        QDate date = std::max(movedIn, m_plan.people[size_t(personIndex)].birth); // born here later
        // Old parents often join the family years after it moved in.
        if ((relation == DemoRelation::Father || relation == DemoRelation::Mother) && m_random.chance(5000))
            date = dateBetween(movedIn, m_plan.referenceDate.addDays(-30));
        m_plan.residences.push_back({personIndex, d, relation, date});
    }
}

void RosterHouseholdPlanner::addOwner(int d, int personIndex, bool voter, QDate since)
{
    m_plan.ownerships.push_back({d, personIndex, voter, since});
}

QDate RosterHouseholdPlanner::completion(int d) const
{
    const DemoUnit &unit = m_plan.units[size_t(m_plan.dwellings[size_t(d)].unitIndex)];
    return QDate(m_plan.buildings[size_t(unit.buildingIndex)].yearBuilt, 10, 1);
}

QDate RosterHouseholdPlanner::dateBetween(QDate from, QDate to)
{
    if (to <= from)
        return from;
    return from.addDays(m_random.below(quint32(from.daysTo(to) + 1)));
}

bool RosterHouseholdPlanner::isLocal(DemoHukou hukou)
{
    switch (hukou) {
    case DemoHukou::Registered: return true;
    case DemoHukou::Resident: return m_random.chance(5000);
    case DemoHukou::Floating: return false;
    }
    return true;
}

} // namespace cd
