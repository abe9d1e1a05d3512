#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace cd {

// The demo roster as plain data, planned in memory before anything is written. Ids are the
// rows' primary keys (the database is empty, so they start at 1); later demo steps read this
// plan to pick people, dwellings and estates for their own data.

enum class DemoOccupancy : quint8 { OwnerOccupied, Rented, Vacant, Unsold };
enum class DemoRelation : quint8 { Head, Spouse, Son, Daughter, Father, Mother, Grandson, Granddaughter, Tenant };
enum class DemoPolitical : quint8 { Masses, CpcMember, CpcProbationary, LeagueMember, DemocraticParty, NonParty };
enum class DemoHukou : quint8 { Registered, Resident, Floating };
enum class DemoEducation : quint8 {
    None, Primary, JuniorSecondary, SeniorSecondary, Vocational, Associate, Bachelor, Master, Doctorate
};
enum class DemoLeaderKind : quint8 { Senior, Young, Junior };

/// Special-group tags as bits of DemoPerson::tags.
enum DemoTag : quint8 {
    TagElderlyAlone = 1,
    TagOldestOld = 2,
    TagDisabled = 4,
    TagSubsistence = 8,
    TagVeteran = 16,
    TagLeftBehindChild = 32,
    TagKeyAttention = 64,
};
constexpr int DemoTagCount = 7;

struct DemoEstate
{
    int id = 0;
    QString name;
    QString address;
    QString developer;
    QString notes;
    QString road;        // the street the estate's door numbers are on
    int doorNumber = 0;
    bool modern = false; // 2010s high-rise estate; otherwise a 1990s walk-up 老旧小区
    int firstBuilding = 0, buildingCount = 0; // indexes into RosterPlan::buildings
};

struct DemoGrid
{
    int id = 0;
    QString name;
    QString workerName;
    QString workerPhone;
};

struct DemoCompany
{
    int id = 0;
    QString name;
    QString creditCode;
    QString phone;
};

struct DemoBuilding
{
    int id = 0;
    int estateIndex = 0;
    int number = 0;
    QString address;
    int floors = 0;
    int yearBuilt = 0;
    int gridId = 0;
    int companyId = 0;
    int firstUnit = 0, unitCount = 0; // indexes into RosterPlan::units
};

struct DemoUnit
{
    int id = 0;
    int buildingIndex = 0;
    int number = 0;
    int firstDwelling = 0, dwellingCount = 0; // indexes into RosterPlan::dwellings
};

struct DemoDwelling
{
    int id = 0;
    int unitIndex = 0;
    int floor = 0;
    int room = 0;      // floor * 100 + position on the floor: 501, 1203
    int areaCenti = 0; // registered exclusive area in hundredths of m²
    DemoOccupancy occupancy = DemoOccupancy::OwnerOccupied;
    bool delivered = true;
};

struct DemoPerson
{
    int id = 0;
    QString name;
    bool male = true;
    QDate birth;
    QString idNumber;
    QString phone;
    int ethnicity = 0;  // index into DemoPlaces::ethnicities()
    QString workplace;
    DemoPolitical political = DemoPolitical::Masses;
    DemoHukou hukou = DemoHukou::Registered;
    DemoEducation education = DemoEducation::None;
    quint8 tags = 0;    // DemoTag bits
    int dwellingIndex = -1; // where the person lives; -1 outside the community
};

struct DemoResidence
{
    int personIndex = 0;
    int dwellingIndex = 0;
    DemoRelation relation = DemoRelation::Head;
    QDate movedIn;
};

struct DemoOwnership
{
    int dwellingIndex = 0;
    int personIndex = -1; // -1: the developer
    bool voter = true;
    QDate since;
};

struct DemoLeader
{
    int buildingIndex = 0;
    int personIndex = 0;
    DemoLeaderKind kind = DemoLeaderKind::Senior;
    QDate since;
};

struct DemoSteward
{
    int id = 0;
    int personIndex = 0;
    int companyId = 0;
    QDate since;
    std::vector<int> dwellingIndexes;
};

/// Everything the roster step writes. Row ids are the vector index + 1.
struct RosterPlan
{
    QDate referenceDate; // "today" for ages and dates, fixed so the output never depends on the clock
    std::vector<DemoEstate> estates;
    std::vector<DemoGrid> grids;
    std::vector<DemoCompany> companies;
    std::vector<DemoBuilding> buildings;
    std::vector<DemoUnit> units;
    std::vector<DemoDwelling> dwellings;
    std::vector<DemoPerson> people;
    std::vector<DemoResidence> residences;
    std::vector<DemoOwnership> ownerships;
    std::vector<DemoLeader> leaders;
    std::vector<DemoSteward> stewards;

    /// Whole years of age on the reference date.
    int ageOf(const DemoPerson &person) const;
    int estateOfDwelling(int dwellingIndex) const;
};

/// What is stored in the database for the plan's enums: the stable codes of RosterCodes
/// (occupancy, political status, hukou, leader kind, tags) and, for the free-text columns
/// residence.relation and person.education, the usual Chinese terms (户主, 配偶, 子, 女 ...; 本科 ...).
namespace democode {
QString occupancy(DemoOccupancy value);
QString relation(DemoRelation value);
QString political(DemoPolitical value);
QString hukou(DemoHukou value);
QString education(DemoEducation value);
QString leaderKind(DemoLeaderKind value);
QString tag(int bit); // bit index 0 .. DemoTagCount-1
} // namespace democode

} // namespace cd
