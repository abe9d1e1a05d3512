#include "demo/rosterplan.h"

namespace cd {

int RosterPlan::ageOf(const DemoPerson &person) const
{
    int age = referenceDate.year() - person.birth.year();
    if (referenceDate.month() < person.birth.month()
        || (referenceDate.month() == person.birth.month() && referenceDate.day() < person.birth.day()))
        --age;
    return age;
}

int RosterPlan::estateOfDwelling(int dwellingIndex) const
{
    const DemoUnit &unit = units[size_t(dwellings[size_t(dwellingIndex)].unitIndex)];
    return buildings[size_t(unit.buildingIndex)].estateIndex;
}

namespace democode {

QString occupancy(DemoOccupancy value)
{
    switch (value) {
    case DemoOccupancy::OwnerOccupied: return QStringLiteral("owner_occupied");
    case DemoOccupancy::Rented: return QStringLiteral("rented");
    case DemoOccupancy::Vacant: return QStringLiteral("vacant");
    case DemoOccupancy::Unsold: return QStringLiteral("unsold");
    }
    return QString();
}

QString relation(DemoRelation value)
{
    switch (value) {
    case DemoRelation::Head: return QString::fromUtf8("户主");
    case DemoRelation::Spouse: return QString::fromUtf8("配偶");
    case DemoRelation::Son: return QString::fromUtf8("子");
    case DemoRelation::Daughter: return QString::fromUtf8("女");
    case DemoRelation::Father: return QString::fromUtf8("父亲");
    case DemoRelation::Mother: return QString::fromUtf8("母亲");
    case DemoRelation::Grandson: return QString::fromUtf8("孙子");
    case DemoRelation::Granddaughter: return QString::fromUtf8("孙女");
    case DemoRelation::Tenant: return QString::fromUtf8("租户");
    }
    return QString();
}

QString political(DemoPolitical value)
{
    switch (value) {
    case DemoPolitical::Masses: return QStringLiteral("masses");
    case DemoPolitical::CpcMember: return QStringLiteral("cpc_member");
    case DemoPolitical::CpcProbationary: return QStringLiteral("cpc_probationary");
    case DemoPolitical::LeagueMember: return QStringLiteral("league_member");
    case DemoPolitical::DemocraticParty: return QStringLiteral("democratic_party");
    case DemoPolitical::NonParty: return QStringLiteral("non_party");
    }
    return QString();
}

QString hukou(DemoHukou value)
{
    switch (value) {
    case DemoHukou::Registered: return QStringLiteral("registered");
    case DemoHukou::Resident: return QStringLiteral("resident");
    case DemoHukou::Floating: return QStringLiteral("floating");
    }
    return QString();
}

QString education(DemoEducation value)
{
    switch (value) {
    case DemoEducation::None: return QString();
    case DemoEducation::Primary: return QString::fromUtf8("小学");
    case DemoEducation::JuniorSecondary: return QString::fromUtf8("初中");
    case DemoEducation::SeniorSecondary: return QString::fromUtf8("高中");
    case DemoEducation::Vocational: return QString::fromUtf8("中专");
    case DemoEducation::Associate: return QString::fromUtf8("大专");
    case DemoEducation::Bachelor: return QString::fromUtf8("本科");
    case DemoEducation::Master: return QString::fromUtf8("硕士研究生");
    case DemoEducation::Doctorate: return QString::fromUtf8("博士研究生");
    }
    return QString();
}

QString leaderKind(DemoLeaderKind value)
{
    switch (value) {
    case DemoLeaderKind::Senior: return QStringLiteral("senior");
    case DemoLeaderKind::Young: return QStringLiteral("young");
    case DemoLeaderKind::Junior: return QStringLiteral("junior");
    }
    return QString();
}

QString tag(int bit)
{
    static const char *const codes[DemoTagCount] = {"elderly_alone", "oldest_old",   "disabled",     "subsistence",
                                                    "veteran",       "left_behind_child", "key_attention"};
    return bit >= 0 && bit < DemoTagCount ? QString::fromLatin1(codes[bit]) : QString();
}

} // namespace democode

} // namespace cd
