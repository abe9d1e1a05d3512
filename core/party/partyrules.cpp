#include "party/partyrules.h"

#include <QCoreApplication>

namespace cd::partyrules {

QDate probationEnd(QDate joined, bool extended)
{
    return joined.isValid() ? joined.addYears(extended ? 2 : 1) : QDate();
}

bool isFullOn(const PartyMember &member, QDate day)
{
    return member.fullDate.isValid() && member.fullDate <= day;
}

bool isProbationOverdue(const PartyMember &member, QDate day)
{
    if (!member.joined.isValid() || isFullOn(member, day))
        return false;
    return probationEnd(member.joined, member.probationExtended) < day;
}

bool isLostContact(QDate lastContact, QDate day)
{
    return lastContact.isValid() && lastContact.addMonths(lostContactMonths) <= day;
}

bool isMemberOn(const PartyMember &member, QDate day)
{
    return member.joined.isValid() && member.joined <= day && (!member.leftOn.isValid() || member.leftOn > day);
}

int ageOn(QDate birth, QDate day)
{
    if (!birth.isValid() || !day.isValid() || birth > day)
        return -1;
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

int ageBand(int age)
{
    if (age < 0)
        return -1;
    if (age <= 30)
        return 0;
    if (age >= 61)
        return 7;
    return (age - 31) / 5 + 1;
}

QStringList ageBandKeys()
{
    return {QStringLiteral("le30"),  QStringLiteral("31_35"), QStringLiteral("36_40"), QStringLiteral("41_45"),
            QStringLiteral("46_50"), QStringLiteral("51_55"), QStringLiteral("56_60"), QStringLiteral("ge61")};
}

QStringList ageBandTerms()
{
    return {QStringLiteral("30岁及以下"), QStringLiteral("31—35岁"), QStringLiteral("36—40岁"),
            QStringLiteral("41—45岁"),   QStringLiteral("46—50岁"), QStringLiteral("51—55岁"),
            QStringLiteral("56—60岁"),   QStringLiteral("61岁及以上")};
}

int joinPeriod(QDate joined)
{
    if (!joined.isValid())
        return -1;
    if (joined < QDate(1949, 10, 1))
        return 0;
    if (joined <= QDate(1978, 12, 22))
        return 1;
    if (joined <= QDate(2012, 11, 7))
        return 2;
    return 3;
}

QStringList joinPeriodKeys()
{
    return {QStringLiteral("before_1949_10"), QStringLiteral("to_1978_12"), QStringLiteral("to_2012_11"),
            QStringLiteral("since_2012_11")};
}

QStringList joinPeriodTerms()
{
    return {QStringLiteral("新中国成立前"), QStringLiteral("新中国成立后至党的十一届三中全会前"),
            QStringLiteral("党的十一届三中全会后至党的十八大前"), QStringLiteral("党的十八大以来")};
}

bool isCollegeEducated(const QString &education)
{
    const QString text = education.trimmed();
    if (text.isEmpty())
        return false;
    // 中专 and 中等专科 are secondary schools, not 大专.
    static const char *const terms[] = {"大专", "大学", "本科", "学士", "硕士", "博士", "研究生", "高职", "专科"};
    for (const char *term : terms) {
        const QString t = QString::fromUtf8(term);
        if (t == QStringLiteral("专科") && (text.contains(QStringLiteral("中等专科")) || text.contains(QStringLiteral("中专"))))
            continue;
        if (text.contains(t))
            return true;
    }
    static const char *const english[] = {"associate", "bachelor", "master", "doctor", "phd", "college",
                                           "university", "postgraduate"};
    for (const char *word : english) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isMinority(const QString &ethnicity)
{
    const QString text = ethnicity.trimmed();
    if (text.isEmpty())
        return false;
    return text != QStringLiteral("汉族") && text != QStringLiteral("汉") && text.compare(QLatin1String("Han"), Qt::CaseInsensitive) != 0;
}

QVector<FieldProblem> checkMember(const PartyMember &m, QDate birth, QDate today)
{
    QVector<FieldProblem> problems;
    if (!today.isValid())
        today = QDate::currentDate();
    if (m.personId <= 0)
        problems.append({QStringLiteral("personId"), QCoreApplication::translate("cd::partyrules", "Choose the person who is the party member."), false});
    if (!m.joined.isValid()) {
        problems.append({QStringLiteral("joined"), QCoreApplication::translate("cd::partyrules", "Enter the date of admission (入党日期)."), false});
    } else {
        if (m.joined > today)
            problems.append({QStringLiteral("joined"), QCoreApplication::translate("cd::partyrules", "The date of admission lies in the future."), false});
        if (birth.isValid() && ageOn(birth, m.joined) < 18)
            problems.append({QStringLiteral("joined"), QCoreApplication::translate("cd::partyrules", "Members are admitted from the age of 18; check the date "
                                                          "of admission or the birth date."), false});
    }
    if (m.fullDate.isValid() && m.joined.isValid()) {
        if (m.fullDate < m.joined.addYears(1))
            problems.append({QStringLiteral("fullDate"), QCoreApplication::translate("cd::partyrules", "Probation lasts at least one year: full membership "
                                                            "cannot start before %1.")
                                                             .arg(m.joined.addYears(1).toString(Qt::ISODate)), false});
        else if (m.fullDate > probationEnd(m.joined, true))
            problems.append({QStringLiteral("fullDate"), QCoreApplication::translate("cd::partyrules", "Full membership more than two years after admission: "
                                                            "probation can be extended by one year at most."), true});
    }
    if (m.fullDate.isValid() && m.fullDate > today)
        problems.append({QStringLiteral("fullDate"), QCoreApplication::translate("cd::partyrules", "The date of full membership lies in the future."), false});
    if (m.orgId <= 0 && m.outsideOrg.trimmed().isEmpty())
        problems.append({QStringLiteral("orgId"), QCoreApplication::translate("cd::partyrules", "Choose the party organisation, or name the one outside the "
                                                     "community that holds the membership."), false});
    if (m.projectId > 0 && m.companyId <= 0)
        problems.append({QStringLiteral("companyId"), QCoreApplication::translate("cd::partyrules", "A project is chosen but no property company."), false});
    if (m.registeredOn.isValid() && m.registeredOn > today)
        problems.append({QStringLiteral("registeredOn"), QCoreApplication::translate("cd::partyrules", "The registration date lies in the future."), false});
    if (m.lastContact.isValid() && m.lastContact > today)
        problems.append({QStringLiteral("lastContact"), QCoreApplication::translate("cd::partyrules", "The last contact lies in the future."), false});
    if (m.leftOn.isValid() != !m.leftReason.isEmpty())
        problems.append({QStringLiteral("leftReason"), QCoreApplication::translate("cd::partyrules", "Give both the date and the reason a member left."), false});
    if (m.leftOn.isValid() && m.joined.isValid() && m.leftOn < m.joined)
        problems.append({QStringLiteral("leftOn"), QCoreApplication::translate("cd::partyrules", "The member cannot leave before being admitted."), false});
    return problems;
}

} // namespace cd::partyrules
