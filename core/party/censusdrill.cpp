#include "party/censusdrill.h"

#include <functional>

namespace cd::censusdrill {

namespace {

template <typename Row>
QVector<int> select(const std::vector<Row> &rows, const std::function<bool(const Row &)> &keep)
{
    QVector<int> out;
    for (size_t i = 0; i < rows.size(); ++i)
        if (keep(rows[i]))
            out.append(int(i));
    return out;
}

// "age_band:3" -> ("age_band", "3")
QPair<QString, QString> split(const QString &key)
{
    const int colon = key.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {key, QString()};
    return {key.left(colon), key.mid(colon + 1)};
}

} // namespace

QVector<int> rows(const CensusData &data, const QString &entity, const QString &key)
{
    if (entity == QLatin1String("members"))
        return members(data, key);
    if (entity == QLatin1String("organisations"))
        return organisations(data, key);
    if (entity == QLatin1String("companies"))
        return companies(data, key);
    if (entity == QLatin1String("projects"))
        return projects(data, key);
    if (entity == QLatin1String("committees"))
        return committees(data, key);
    if (entity == QLatin1String("cross_appointments"))
        return crossAppointments(data, key);
    return {};
}

QVector<int> members(const CensusData &data, const QString &key)
{
    using R = CensusMemberRow;
    const auto [name, arg] = split(key);
    std::function<bool(const R &)> keep;
    bool ok = false;
    const qint64 number = arg.toLongLong(&ok);
    if (name == QLatin1String("all"))
        keep = [](const R &) { return true; };
    else if (name == QLatin1String("full"))
        keep = [](const R &r) { return r.full; };
    else if (name == QLatin1String("probationary"))
        keep = [](const R &r) { return !r.full; };
    else if (name == QLatin1String("male"))
        keep = [](const R &r) { return r.sex == QLatin1String("M"); };
    else if (name == QLatin1String("female"))
        keep = [](const R &r) { return r.sex == QLatin1String("F"); };
    else if (name == QLatin1String("sex_unknown"))
        keep = [](const R &r) { return r.sex != QLatin1String("M") && r.sex != QLatin1String("F"); };
    else if (name == QLatin1String("minority"))
        keep = [](const R &r) { return r.minority; };
    else if (name == QLatin1String("college"))
        keep = [](const R &r) { return r.college; };
    else if (name == QLatin1String("age_band") && ok)
        keep = [number](const R &r) { return r.ageBand == number; };
    else if (name == QLatin1String("age_unknown"))
        keep = [](const R &r) { return r.ageBand < 0; };
    else if (name == QLatin1String("join_period") && ok)
        keep = [number](const R &r) { return r.joinPeriod == number; };
    else if (name == QLatin1String("newly_admitted"))
        keep = [](const R &r) { return r.newlyAdmitted; };
    else if (name == QLatin1String("converted"))
        keep = [](const R &r) { return r.converted; };
    else if (name == QLatin1String("overdue"))
        keep = [](const R &r) { return r.overdue; };
    else if (name == QLatin1String("registered"))
        keep = [](const R &r) { return r.registeredOn.isValid(); };
    else if (name == QLatin1String("mobile"))
        keep = [](const R &r) { return r.mobile; };
    else if (name == QLatin1String("lost_contact"))
        keep = [](const R &r) { return r.lostContact; };
    else if (name == QLatin1String("in_community_orgs"))
        keep = [](const R &r) { return r.orgId > 0; };
    else if (name == QLatin1String("outside_orgs"))
        keep = [](const R &r) { return r.orgId <= 0; };
    else if (name == QLatin1String("property_staff"))
        keep = [](const R &r) { return r.companyId > 0; };
    else if (name == QLatin1String("org") && ok)
        keep = [number](const R &r) { return r.orgId == number; };
    else
        return {};
    return select(data.memberRows, keep);
}

QVector<int> organisations(const CensusData &data, const QString &key)
{
    using R = CensusOrgRow;
    const auto [name, arg] = split(key);
    std::function<bool(const R &)> keep;
    if (name == QLatin1String("all"))
        keep = [](const R &) { return true; };
    else if (name == QLatin1String("kind"))
        keep = [arg = arg](const R &r) { return r.kind == arg; };
    else if (name == QLatin1String("host"))
        keep = [arg = arg](const R &r) { return r.host == arg; };
    else if (name == QLatin1String("below_minimum"))
        keep = [](const R &r) { return !r.meetsMinimum; };
    else
        return {};
    return select(data.orgRows, keep);
}

QVector<int> companies(const CensusData &data, const QString &key)
{
    using R = CensusCompanyRow;
    const auto [name, arg] = split(key);
    const auto hasOrg = [](const R &r) { return r.form == QLatin1String("single") || r.form == QLatin1String("joint"); };
    std::function<bool(const R &)> keep;
    if (name == QLatin1String("all"))
        keep = [](const R &) { return true; };
    else if (name == QLatin1String("with_members"))
        keep = [](const R &r) { return r.partyMembers > 0; };
    else if (name == QLatin1String("with_org"))
        keep = hasOrg;
    else if (name == QLatin1String("members_without_org"))
        keep = [hasOrg](const R &r) { return r.partyMembers > 0 && !hasOrg(r); };
    else if (name == QLatin1String("form"))
        keep = [arg = arg](const R &r) { return r.form == arg; };
    else if (name == QLatin1String("not_covered"))
        keep = [](const R &r) { return !r.covered; };
    else if (name == QLatin1String("covered"))
        keep = [](const R &r) { return r.covered; };
    else if (name == QLatin1String("yellow_light"))
        keep = [](const R &r) { return r.yellowLight; };
    else if (name == QLatin1String("rated"))
        keep = [](const R &r) { return !r.rating.isEmpty(); };
    else if (name == QLatin1String("red"))
        keep = [arg = arg](const R &r) { return r.redProperty == arg; };
    else if (name == QLatin1String("credit_code_problem"))
        keep = [](const R &r) { return !r.creditCodeValid; };
    else
        return {};
    return select(data.companyRows, keep);
}

QVector<int> projects(const CensusData &data, const QString &key)
{
    using R = CensusProjectRow;
    std::function<bool(const R &)> keep;
    if (key == QLatin1String("all"))
        keep = [](const R &) { return true; };
    else if (key == QLatin1String("with_members"))
        keep = [](const R &r) { return r.partyMembers > 0; };
    else if (key == QLatin1String("members_without_org"))
        keep = [](const R &r) { return r.partyMembers > 0 && !r.hasOrg; };
    else
        return {};
    return select(data.projectRows, keep);
}

QVector<int> committees(const CensusData &data, const QString &key)
{
    using R = CensusCommitteeRow;
    std::function<bool(const R &)> keep;
    if (key == QLatin1String("all"))
        keep = [](const R &) { return true; };
    else if (key == QLatin1String("with_committee"))
        keep = [](const R &r) { return r.committeeId > 0; };
    else if (key == QLatin1String("without_committee"))
        keep = [](const R &r) { return r.committeeId <= 0; };
    else if (key == QLatin1String("meets_share"))
        keep = [](const R &r) { return r.committeeId > 0 && r.meetsShare; };
    else if (key == QLatin1String("below_share"))
        keep = [](const R &r) { return r.committeeId > 0 && !r.meetsShare; };
    else if (key == QLatin1String("not_covered"))
        keep = [](const R &r) { return r.committeeId > 0 && !r.covered; };
    else if (key == QLatin1String("covered"))
        keep = [](const R &r) { return r.committeeId > 0 && r.covered; };
    else
        return {};
    return select(data.committeeRows, keep);
}

QVector<int> crossAppointments(const CensusData &data, const QString &key)
{
    using R = CensusCrossRow;
    const auto [name, arg] = split(key);
    std::function<bool(const R &)> keep;
    if (name == QLatin1String("all"))
        keep = [](const R &) { return true; };
    else if (name == QLatin1String("from"))
        keep = [arg = arg](const R &r) { return r.fromBody == arg; };
    else if (name == QLatin1String("to"))
        keep = [arg = arg](const R &r) { return r.toBody == arg; };
    else
        return {};
    return select(data.crossRows, keep);
}

} // namespace cd::censusdrill
