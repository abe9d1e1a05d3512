#include "roster/personvalidator.h"

#include "db/database.h"
#include "roster/idnumber.h"
#include "roster/mobile.h"
#include "roster/rostercodes.h"

#include <QSqlQuery>

namespace cd {

namespace {

void add(std::vector<PersonProblem> &out, const char *field, const QString &message)
{
    out.push_back({QString::fromLatin1(field), message});
}

} // namespace

QString PersonValidator::fieldLabel(QStringView field)
{
    struct Label { const char *field; const char *label; };
    static const Label labels[] = {
        {"name", QT_TR_NOOP("Name")},
        {"sex", QT_TR_NOOP("Sex")},
        {"id_number", QT_TR_NOOP("ID number")},
        {"birth_date", QT_TR_NOOP("Birth date")},
        {"phone", QT_TR_NOOP("Phone")},
        {"ethnicity", QT_TR_NOOP("Ethnicity")},
        {"political_status", QT_TR_NOOP("Political status")},
        {"hukou", QT_TR_NOOP("Household registration")},
        {"education", QT_TR_NOOP("Education")},
        {"workplace", QT_TR_NOOP("Workplace")},
        {"notes", QT_TR_NOOP("Notes")},
        {"tags", QT_TR_NOOP("Special groups")},
        {"archived", QT_TR_NOOP("Archived")},
        {"name_pinyin", QT_TR_NOOP("Pinyin")},
        {"name_initials", QT_TR_NOOP("Initials")},
    };
    for (const Label &l : labels) {
        if (field == QLatin1String(l.field))
            return tr(l.label);
    }
    return field.toString();
}

std::vector<PersonProblem> PersonValidator::check(Person &person, QDate today)
{
    std::vector<PersonProblem> problems;
    person.name = person.name.simplified();
    person.ethnicity = person.ethnicity.trimmed();
    person.education = person.education.trimmed();
    person.workplace = person.workplace.trimmed();
    person.idNumber = idnumber::normalize(person.idNumber);
    person.phone = person.phone.trimmed();

    if (person.name.isEmpty())
        add(problems, "name", tr("The name is empty."));
    else if (person.name.size() > 64)
        add(problems, "name", tr("The name is longer than 64 characters."));

    if (!person.sex.isEmpty() && person.sex != QLatin1String("M") && person.sex != QLatin1String("F")) {
        const QString code = RosterCodes::parse(RosterCodes::List::Sex, person.sex);
        if (code.isEmpty())
            add(problems, "sex", tr("The sex must be male or female."));
        else
            person.sex = code;
    }

    if (!person.idNumber.isEmpty()) {
        const idnumber::Parsed parsed = idnumber::parse(person.idNumber, today);
        if (!parsed.ok) {
            add(problems, "id_number", idnumber::problemMessage(parsed.problem));
        } else {
            person.idNumber = parsed.normalized;
            const idnumber::Mismatch mismatch =
                idnumber::compare(person.idNumber, person.birthDate,
                                  person.sex.isEmpty() ? QChar() : person.sex.at(0));
            if (mismatch == idnumber::Mismatch::BirthDate || mismatch == idnumber::Mismatch::BirthDateAndSex)
                add(problems, "birth_date", idnumber::mismatchMessage(idnumber::Mismatch::BirthDate));
            if (mismatch == idnumber::Mismatch::Sex || mismatch == idnumber::Mismatch::BirthDateAndSex)
                add(problems, "sex", idnumber::mismatchMessage(idnumber::Mismatch::Sex));
            if (person.birthDate.isNull())
                person.birthDate = parsed.birthDate;
            if (person.sex.isEmpty())
                person.sex = QString(parsed.sex);
        }
    }
    const QDate limit = today.isValid() ? today : QDate::currentDate();
    if (person.birthDate.isValid() && person.birthDate > limit)
        add(problems, "birth_date", tr("The birth date is in the future."));

    if (!person.phone.isEmpty()) {
        const mobile::Classified phone = mobile::classify(person.phone);
        if (phone.kind == mobile::Kind::Invalid)
            add(problems, "phone", tr("The phone number is neither a mobile number (11 digits starting "
                                      "with 1) nor a landline number."));
        else
            person.phone = phone.normalized;
    }

    if (!RosterCodes::isKnown(RosterCodes::List::PoliticalStatus, person.politicalStatus)) {
        const QString code = RosterCodes::parse(RosterCodes::List::PoliticalStatus, person.politicalStatus);
        if (code.isEmpty())
            add(problems, "political_status", tr("The political status is not one of the known ones."));
        else
            person.politicalStatus = code;
    }
    if (!RosterCodes::isKnown(RosterCodes::List::Hukou, person.hukou)) {
        const QString code = RosterCodes::parse(RosterCodes::List::Hukou, person.hukou);
        if (code.isEmpty())
            add(problems, "hukou", tr("The household registration is not one of the known kinds."));
        else
            person.hukou = code;
    }

    QStringList tags;
    for (const QString &tag : std::as_const(person.tags)) {
        QString code = RosterCodes::isKnown(RosterCodes::List::Tag, tag)
                           ? tag
                           : RosterCodes::parse(RosterCodes::List::Tag, tag);
        if (code.isEmpty() && RosterCodes::isValidCustomTag(tag))
            code = tag;
        if (code.isEmpty())
            add(problems, "tags", tr("The special group \"%1\" is not known.").arg(tag));
        else if (!tags.contains(code))
            tags << code;
    }
    tags.sort();
    person.tags = tags;
    return problems;
}

std::vector<PersonProblem> PersonValidator::check(const Database &database, Person &person, QDate today)
{
    std::vector<PersonProblem> problems = check(person, today);
    if (person.idNumber.isEmpty())
        return problems;
    for (const PersonProblem &p : problems) {
        if (p.field == QLatin1String("id_number"))
            return problems;
    }
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT name, archived FROM person WHERE id_number = ? AND id <> ?"));
    query.addBindValue(person.idNumber);
    query.addBindValue(person.id);
    if (query.exec() && query.next()) {
        const QString other = query.value(0).toString();
        add(problems, "id_number",
            query.value(1).toInt() ? tr("The ID number already belongs to %1 (archived).").arg(other)
                                   : tr("The ID number already belongs to %1.").arg(other));
    }
    return problems;
}

} // namespace cd
