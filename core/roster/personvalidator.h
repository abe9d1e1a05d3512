#pragma once

#include "roster/rostertypes.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace cd {

class Database;

/// One thing wrong with a person's record: the field (a column name such as "id_number") and
/// a sentence that names it. Messages never contain the ID number or the phone number.
struct PersonProblem
{
    QString field;
    QString message;
};

/// Checks a person before it is written, and tidies what can be tidied: trims the text,
/// normalises the ID number (a legacy 15-digit number becomes 18 digits) and the phone, and
/// fills the birth date and sex from the ID number when they were left empty.
class PersonValidator
{
    Q_DECLARE_TR_FUNCTIONS(cd::PersonValidator)

public:
    /// Rules that need no database. `today` bounds birth dates (null: the current date).
    static std::vector<PersonProblem> check(Person &person, QDate today = QDate());

    /// check() plus the rules that read the database: an ID number that already belongs to
    /// someone else is refused with that person's name.
    static std::vector<PersonProblem> check(const Database &database, Person &person,
                                            QDate today = QDate());

    /// The translated name of a person field ("id_number" -> "ID number"), for messages and
    /// for history entries that list the changed fields.
    static QString fieldLabel(QStringView field);
};

} // namespace cd
