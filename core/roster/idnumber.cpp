#include "roster/idnumber.h"

#include <QCoreApplication>

namespace cd::idnumber {
namespace {

// Translation context for lupdate: the messages belong to no QObject class.
constexpr const char *trContext = "cd::idnumber";

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Full-width ASCII block (U+FF01..U+FF5E) maps onto U+0021..U+007E.
QChar toHalfWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

// Birth dates before this are typing errors; 1880 appears in the standard's own example.
const QDate earliestBirthDate(1800, 1, 1);

bool endsInZeros(QStringView digits)
{
    return digits.endsWith(QLatin1String("000"));
}

} // namespace

QChar checkCharacter(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QChar();
        sum += (c.unicode() - '0') * weights[i];
    }
    return QLatin1Char(checks[sum % 11]);
}

QString normalize(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        c = toHalfWidth(c);
        if (c.isSpace())
            continue;
        out += (c == QLatin1Char('x')) ? QLatin1Char('X') : c;
    }
    return out;
}

QString upgrade15(QStringView fifteenDigits)
{
    if (fifteenDigits.size() != 15)
        return QString();
    for (QChar c : fifteenDigits)
        if (!isDigit(c))
            return QString();
    QString out = fifteenDigits.left(6).toString() + QLatin1String("19") + fifteenDigits.mid(6).toString();
    out += checkCharacter(out);
    return out;
}

Parsed parse(QStringView input, QDate today, bool fromNumericCell)
{
    Parsed result;
    auto fail = [&result](Problem p) {
        result.ok = false;
        result.problem = p;
        return result;
    };
    if (looksLikeSpreadsheetNumber(input, fromNumericCell))
        return fail(Problem::LostDigits);

    QString n = normalize(input);
    if (n.isEmpty())
        return fail(Problem::Empty);
    for (qsizetype i = 0; i < n.size(); ++i) {
        const bool lastX = n[i] == QLatin1Char('X') && i == n.size() - 1;
        if (!isDigit(n[i]) && !lastX)
            return fail(Problem::BadCharacters);
    }
    if (n.size() != 15 && n.size() != 18)
        return fail(Problem::BadLength);
    if (n.size() == 15) {
        if (n.endsWith(QLatin1Char('X')))
            return fail(Problem::BadCharacters); // legacy numbers have no check character
        n = upgrade15(n);
        result.upgraded = true;
    }

    const QDate birth(n.mid(6, 4).toInt(), n.mid(10, 2).toInt(), n.mid(12, 2).toInt());
    if (!birth.isValid() || birth < earliestBirthDate)
        return fail(Problem::BadDate);
    if (!today.isValid())
        today = QDate::currentDate();
    if (birth > today)
        return fail(Problem::FutureDate);

    if (checkCharacter(QStringView(n).left(17)) != n.at(17)) {
        // A text export of a numeric cell keeps the zeros Excel put in place of the last digits.
        return fail(endsInZeros(n) ? Problem::LostDigits : Problem::BadCheckCharacter);
    }

    result.ok = true;
    result.problem = Problem::None;
    result.normalized = n;
    result.birthDate = birth;
    result.sex = ((n.at(16).unicode() - '0') % 2 == 1) ? QLatin1Char('M') : QLatin1Char('F');
    return result;
}

bool isValid(QStringView input)
{
    return parse(input).ok;
}

QString problemMessage(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QString();
    case Problem::Empty:
        return QCoreApplication::translate(trContext, "The ID number is empty.");
    case Problem::BadLength:
        return QCoreApplication::translate(trContext,
            "An ID number has 18 characters (old first-generation numbers have 15 digits).");
    case Problem::BadCharacters:
        return QCoreApplication::translate(trContext,
            "An ID number may contain only digits, with an X allowed as the 18th character.");
    case Problem::BadDate:
        return QCoreApplication::translate(trContext,
            "The birth date inside the ID number (characters 7 to 14) is not a real date.");
    case Problem::FutureDate:
        return QCoreApplication::translate(trContext,
            "The birth date inside the ID number lies in the future.");
    case Problem::BadCheckCharacter:
        return QCoreApplication::translate(trContext,
            "The last character of the ID number does not match the other digits; "
            "one of them was probably mistyped.");
    case Problem::LostDigits:
        return QCoreApplication::translate(trContext,
            "The ID number was stored as a number in a spreadsheet, which replaced its last digits. "
            "Format the column as Text and enter the numbers again.");
    }
    return QString();
}

Mismatch compare(QStringView number, QDate enteredBirthDate, QChar enteredSex)
{
    const Parsed p = parse(number);
    if (!p.ok)
        return Mismatch::None;
    const bool dateDiffers = enteredBirthDate.isValid() && enteredBirthDate != p.birthDate;
    const bool sexDiffers = !enteredSex.isNull() && enteredSex.toUpper() != p.sex;
    if (dateDiffers && sexDiffers)
        return Mismatch::BirthDateAndSex;
    if (dateDiffers)
        return Mismatch::BirthDate;
    if (sexDiffers)
        return Mismatch::Sex;
    return Mismatch::None;
}

QString mismatchMessage(Mismatch mismatch)
{
    switch (mismatch) {
    case Mismatch::None:
        return QString();
    case Mismatch::BirthDate:
        return QCoreApplication::translate(trContext,
            "The birth date does not match the one in the ID number.");
    case Mismatch::Sex:
        return QCoreApplication::translate(trContext, "The sex does not match the ID number.");
    case Mismatch::BirthDateAndSex:
        return QCoreApplication::translate(trContext,
            "Neither the birth date nor the sex matches the ID number.");
    }
    return QString();
}

QString mask(QStringView number)
{
    const QString n = normalize(number);
    const qsizetype size = n.size();
    qsizetype head = 0;
    qsizetype tail = 0;
    if (size == 18) {
        head = 6;
        tail = 4;
    } else if (size == 15) {
        head = 6;
        tail = 3;
    } else {
        head = qMin<qsizetype>(6, size / 3);
        tail = qMin<qsizetype>(4, size / 4);
    }
    return n.left(head) + QString(size - head - tail, QLatin1Char('*')) + n.right(tail);
}

bool looksLikeSpreadsheetNumber(QStringView text, bool fromNumericCell)
{
    const QString t = normalize(text).toUpper();
    // Scientific notation: digits, an optional fraction (. or ,), E, an optional sign, digits.
    const qsizetype e = t.indexOf(QLatin1Char('E'));
    if (e > 0 && e < t.size() - 1) {
        bool mantissaOk = isDigit(t.at(0));
        bool seenSeparator = false;
        for (qsizetype i = 1; i < e && mantissaOk; ++i) {
            const QChar c = t.at(i);
            if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && !seenSeparator)
                seenSeparator = true;
            else if (!isDigit(c))
                mantissaOk = false;
        }
        qsizetype i = e + 1;
        if (t.at(i) == QLatin1Char('+'))
            ++i;
        bool exponentOk = i < t.size();
        for (; i < t.size() && exponentOk; ++i)
            exponentOk = isDigit(t.at(i));
        if (mantissaOk && exponentOk)
            return true;
    }
    if (!fromNumericCell)
        return false;
    // A numeric cell may print as "440524188001010000" or "440524188001010000.0".
    QStringView digits(t);
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        for (qsizetype i = dot + 1; i < t.size(); ++i)
            if (t.at(i) != QLatin1Char('0'))
                return false;
        digits = digits.left(dot);
    }
    if (digits.size() < 16 || digits.size() > 18)
        return false;
    for (QChar c : digits)
        if (!isDigit(c))
            return false;
    return endsInZeros(digits);
}

} // namespace cd::idnumber
