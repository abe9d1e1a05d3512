// censusjson: one line of the member roster, as census rounds store it (census_member.data).
#include "party/censusjson.h"

namespace cd::censusjson {

namespace {

QJsonValue dateJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QDate dateOf(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

} // namespace

QJsonObject memberToJson(const CensusMemberRow &r)
{
    return {{QStringLiteral("member_id"), r.memberId},
            {QStringLiteral("person_id"), r.personId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("sex"), r.sex},
            {QStringLiteral("ethnicity"), r.ethnicity},
            {QStringLiteral("birth_date"), dateJson(r.birthDate)},
            {QStringLiteral("id_number"), r.idNumber},
            {QStringLiteral("phone"), r.phone},
            {QStringLiteral("education"), r.education},
            {QStringLiteral("workplace"), r.workplace},
            {QStringLiteral("org_id"), r.orgId},
            {QStringLiteral("organisation"), r.orgName},
            {QStringLiteral("company_id"), r.companyId},
            {QStringLiteral("company"), r.companyName},
            {QStringLiteral("joined"), dateJson(r.joined)},
            {QStringLiteral("full_date"), dateJson(r.fullDate)},
            {QStringLiteral("probation_end"), dateJson(r.probationEnd)},
            {QStringLiteral("full"), r.full},
            {QStringLiteral("age"), r.age},
            {QStringLiteral("age_band"), r.ageBand},
            {QStringLiteral("join_period"), r.joinPeriod},
            {QStringLiteral("minority"), r.minority},
            {QStringLiteral("college"), r.college},
            {QStringLiteral("newly_admitted"), r.newlyAdmitted},
            {QStringLiteral("converted"), r.converted},
            {QStringLiteral("overdue"), r.overdue},
            {QStringLiteral("registered_on"), dateJson(r.registeredOn)},
            {QStringLiteral("mobile"), r.mobile},
            {QStringLiteral("mobile_to"), r.mobileTo},
            {QStringLiteral("last_contact"), dateJson(r.lastContact)},
            {QStringLiteral("lost_contact"), r.lostContact},
            {QStringLiteral("posts"), r.posts}};
}

CensusMemberRow memberFromJson(const QJsonObject &o)
{
    const auto s = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    const auto b = [&](const char *key) { return o.value(QLatin1String(key)).toBool(); };
    const auto d = [&](const char *key) { return dateOf(o.value(QLatin1String(key))); };
    const auto i = [&](const char *key) { return o.value(QLatin1String(key)).toVariant().toLongLong(); };
    CensusMemberRow r;
    r.memberId = i("member_id");
    r.personId = i("person_id");
    r.name = s("name");
    r.sex = s("sex");
    r.ethnicity = s("ethnicity");
    r.birthDate = d("birth_date");
    r.idNumber = s("id_number");
    r.phone = s("phone");
    r.education = s("education");
    r.workplace = s("workplace");
    r.orgId = i("org_id");
    r.orgName = s("organisation");
    r.companyId = i("company_id");
    r.companyName = s("company");
    r.joined = d("joined");
    r.fullDate = d("full_date");
    r.probationEnd = d("probation_end");
    r.full = b("full");
    r.age = int(o.value(QStringLiteral("age")).toInt(-1));
    r.ageBand = int(o.value(QStringLiteral("age_band")).toInt(-1));
    r.joinPeriod = int(o.value(QStringLiteral("join_period")).toInt(-1));
    r.minority = b("minority");
    r.college = b("college");
    r.newlyAdmitted = b("newly_admitted");
    r.converted = b("converted");
    r.overdue = b("overdue");
    r.registeredOn = d("registered_on");
    r.mobile = b("mobile");
    r.mobileTo = s("mobile_to");
    r.lastContact = d("last_contact");
    r.lostContact = b("lost_contact");
    r.posts = s("posts");
    return r;
}

} // namespace cd::censusjson
