#pragma once

#include "demo/rosterplan.h"

#include <QDate>
#include <QString>

#include <unordered_set>

namespace cd {

class DemoRandom;

/// Makes demo people: a name of their generation, an ID number that agrees with birth date and
/// sex, a unique mobile, and education, political status and workplace that fit their age.
/// ID numbers and mobiles are unique across everything one factory makes. Random numbers come
/// from the caller's stream, so each planner keeps its own.
class DemoPersonFactory
{
public:
    explicit DemoPersonFactory(QDate referenceDate) : m_referenceDate(referenceDate) {}

    /// A person born on `birth`; `local` people mostly have Shenyang address codes. A given
    /// `addressCode` (children registered with their family) is used as it is.
    DemoPerson make(DemoRandom &random, bool male, QDate birth, const QString &surname, int ethnicity,
                    DemoHukou hukou, bool local, const QString &addressCode = QString());

    /// A birth date for someone whose age on the reference date is from `minAge` to `maxAge`.
    QDate birthForAge(DemoRandom &random, int minAge, int maxAge) const;
    int ageOn(QDate birth) const;

    /// An 18-character ID number, unique for this factory.
    QString idNumber(DemoRandom &random, const QString &addressCode, QDate birth, bool male);
    /// An 11-digit mobile number with a real prefix, unique for this factory.
    QString mobile(DemoRandom &random);

    QDate referenceDate() const { return m_referenceDate; }

private:
    DemoEducation education(DemoRandom &random, int age, int birthYear) const;
    DemoPolitical political(DemoRandom &random, int age) const;

    QDate m_referenceDate;
    std::unordered_set<qint64> m_idNumbers; // the first 17 digits as a number
    std::unordered_set<qint64> m_mobiles;
};

} // namespace cd
