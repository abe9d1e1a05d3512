#pragma once

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>

/// Resident ID numbers (居民身份证号码, GB 11643-1999): normalising, validating, upgrading legacy
/// 15-digit numbers, deriving birth date and sex, masking, and spotting numbers a spreadsheet destroyed.
/// Messages never contain the number itself: it is personal data.
namespace cd::idnumber {

enum class Problem {
    None,
    Empty,
    BadLength,         // neither 18 characters nor 15 digits
    BadCharacters,     // anything but digits, or an X anywhere but the 18th place
    BadDate,           // the birth date is not a calendar date, or before 1800-01-01
    FutureDate,        // the birth date is after today
    BadCheckCharacter, // the 18th character does not match the first 17
    LostDigits,        // stored as a number in a spreadsheet: the last digits are gone
};

/// Outcome of parse(). When `ok`, `normalized` is the 18-character number (a 15-digit input
/// upgraded), `birthDate` is valid and `sex` is 'M' or 'F'. Otherwise `problem` says why.
struct Parsed
{
    bool ok = false;
    QString normalized;
    QDate birthDate;
    QChar sex; // 'M' (17th digit odd) or 'F'
    Problem problem = Problem::Empty;
    bool upgraded = false; // the input was a legacy 15-digit number
};

/// Which entered fields disagree with the number.
enum class Mismatch { None, BirthDate, Sex, BirthDateAndSex };

/// GB 11643-1999 check character for the first 17 digits ('0'..'9' or 'X');
/// a null QChar when `first17` is not 17 ASCII digits.
QChar checkCharacter(QStringView first17);

/// Trims, turns full-width digits and letters into ASCII, removes inner spaces and
/// upper-cases x. Does not validate.
QString normalize(QStringView input);

/// Upgrades a legacy 15-digit number: inserts "19" after the 6-digit address code and appends
/// the check character (110105491231002 -> 11010519491231002X). Empty unless 15 ASCII digits.
QString upgrade15(QStringView fifteenDigits);

/// Validates `input` (normalising first). `today` bounds the birth date (null = the current date).
/// `fromNumericCell`: the value came from a numeric spreadsheet cell (see looksLikeSpreadsheetNumber).
Parsed parse(QStringView input, QDate today = QDate(), bool fromNumericCell = false);

/// True when `input` parses without a problem.
bool isValid(QStringView input);

/// A translated English sentence for the problem (empty for None). Never contains the number.
QString problemMessage(Problem problem);

/// Compares an entered birth date and sex ('M'/'F') with those in the number. A null date or
/// null sex is not compared. Returns None when the number itself does not parse (report that
/// through parse() instead).
Mismatch compare(QStringView number, QDate enteredBirthDate, QChar enteredSex);

/// A translated English sentence for the mismatch (empty for None).
QString mismatchMessage(Mismatch mismatch);

/// For screen and paper: 110105********002X (first 6, 8 stars over the birth date, last 4).
/// A 15-digit number keeps its first 6 and last 3; any other text keeps at most a third at the
/// start and a quarter at the end. Empty stays empty.
QString mask(QStringView number);

/// True for values a spreadsheet has damaged: scientific notation (4.40524E+17) always, and
/// 16- to 18-digit values ending in "000" when they came from a numeric cell (Excel keeps only
/// 15 significant digits). The importer passes `fromNumericCell` from the cell type.
bool looksLikeSpreadsheetNumber(QStringView text, bool fromNumericCell);

} // namespace cd::idnumber
