#include "demo/demopersonfactory.h"

#include "demo/demonames.h"
#include "demo/demoplaces.h"
#include "demo/demorandom.h"
#include "roster/idnumber.h"

namespace cd {

namespace {

// Fixed-width decimal digits, without locale or format-string machinery (270,000 people).
void appendDigits(QString &text, qint64 value, int width)
{
    QChar digits[20];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = QLatin1Char(char('0' + value % 10));
        value /= 10;
    }
    text.append(digits, width);
}

} // namespace

DemoPerson DemoPersonFactory::make(DemoRandom &random, bool male, QDate birth, const QString &surname,
                                   int ethnicity, DemoHukou hukou, bool local, const QString &addressCode)
{
    DemoPerson person;
    person.male = male;
    person.birth = birth;
    person.name = surname + DemoNames::givenName(random, male, birth.year());
    person.ethnicity = ethnicity;
    person.hukou = hukou;
    person.idNumber = idNumber(random, addressCode.isEmpty() ? DemoPlaces::addressCode(random, ethnicity, local)
                                                             : addressCode,
                               birth, male);
    const int age = ageOn(birth);
    // Children have no mobile of their own; some of the very old use their children's.
    if (age >= 12 && !(age >= 80 && random.chance(2500)))
        person.phone = mobile(random);
    person.education = education(random, age, birth.year());
    person.political = political(random, age);
    if (age >= 22 && age < 60 && random.chance(5500))
        person.workplace = DemoPlaces::workplaces().at(DemoPlaces::workplace(random));
    return person;
}

QDate DemoPersonFactory::birthForAge(DemoRandom &random, int minAge, int maxAge) const
{
    const int age = random.range(minAge, maxAge);
    const QDate latest = m_referenceDate.addYears(-age);
    const QDate earliest = m_referenceDate.addYears(-(age + 1)).addDays(1);
    return earliest.addDays(random.below(quint32(earliest.daysTo(latest) + 1)));
}

int DemoPersonFactory::ageOn(QDate birth) const
{
    int age = m_referenceDate.year() - birth.year();
    if (m_referenceDate.month() < birth.month()
        || (m_referenceDate.month() == birth.month() && m_referenceDate.day() < birth.day()))
        --age;
    return age;
}

QString DemoPersonFactory::idNumber(DemoRandom &random, const QString &addressCode, QDate birth, bool male)
{
    const qint64 dateNumber = qint64(birth.year()) * 10000 + birth.month() * 100 + birth.day();
    const qint64 prefix = (addressCode.toLongLong() * 100000000 + dateNumber) * 1000;
    // The 17th digit is odd for men and even for women; sequence 000 is not issued.
    int half = int(random.below(500));
    qint64 sequence = 0;
    for (int attempt = 0; attempt < 500; ++attempt) {
        sequence = qint64(half) * 2 + (male ? 1 : 0);
        if (sequence != 0 && m_idNumbers.insert(prefix + sequence).second)
            break;
        half = (half + 1) % 500;
    }
    QString text;
    text.reserve(18);
    appendDigits(text, prefix + sequence, 17);
    text.append(idnumber::checkCharacter(text));
    return text;
}

QString DemoPersonFactory::mobile(DemoRandom &random)
{
    for (;;) {
        const QString prefix = DemoPlaces::mobilePrefix(random);
        const qint64 number = prefix.toLongLong() * 100000000 + random.below(100000000);
        if (m_mobiles.insert(number).second) {
            QString text;
            text.reserve(11);
            appendDigits(text, number, 11);
            return text;
        }
    }
}

DemoEducation DemoPersonFactory::education(DemoRandom &random, int age, int birthYear) const
{
    using E = DemoEducation;
    // Children and students: the school they are at now.
    if (age < 6)
        return E::None;
    if (age < 12)
        return E::Primary;
    if (age < 15)
        return E::JuniorSecondary;
    if (age < 18)
        return random.chance(2000) ? E::Vocational : E::SeniorSecondary;
    static const E levels[] = {E::Primary,   E::JuniorSecondary, E::SeniorSecondary, E::Vocational,
                               E::Associate, E::Bachelor,        E::Master,          E::Doctorate};
    static const int before1950[] = {35, 35, 18, 6, 4, 2, 0, 0};
    static const int before1970[] = {12, 38, 28, 10, 7, 5, 0, 0};
    static const int before1990[] = {3, 22, 22, 13, 18, 19, 3, 0};
    static const int later[] = {0, 8, 15, 12, 25, 33, 6, 1};
    const int *weights = birthYear < 1950 ? before1950 : birthYear < 1970 ? before1970
                       : birthYear < 1990 ? before1990 : later;
    return levels[random.weighted(weights, 8)];
}

DemoPolitical DemoPersonFactory::political(DemoRandom &random, int age) const
{
    using P = DemoPolitical;
    static const P statuses[] = {P::Masses, P::CpcMember, P::CpcProbationary, P::LeagueMember,
                                 P::DemocraticParty, P::NonParty};
    if (age < 14)
        return P::Masses;
    // Per ten thousand; party membership grows with age, the Youth League ends at 28.
    static const int teen[] = {5500, 0, 0, 4500, 0, 0};
    static const int young[] = {5520, 400, 80, 4000, 0, 0};
    static const int adult[] = {9210, 720, 50, 0, 10, 10};
    static const int middle[] = {9130, 800, 20, 0, 30, 20};
    static const int elderly[] = {8980, 950, 0, 0, 40, 30};
    const int *weights = age < 18 ? teen : age <= 28 ? young : age < 36 ? adult : age < 60 ? middle : elderly;
    return statuses[random.weighted(weights, 6)];
}

} // namespace cd
