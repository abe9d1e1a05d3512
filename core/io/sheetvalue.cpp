#include "io/sheetvalue.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace cd::sheetvalue {

namespace {

// Last serial Excel accepts: 9999-12-31.
constexpr double maxSerial = 2958465.0;

QDate epoch1900() { return QDate(1900, 1, 1); }
// Day 61 onwards counts from here because Excel pretends 1900 was a leap year.
QDate epochAfterLeapBug() { return QDate(1899, 12, 30); }

bool isInjectionTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Length of the apostrophe run at the start, and whether a trigger follows it.
bool apostrophesThenTrigger(const QString &text, int *run)
{
    int i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    *run = i;
    return i < text.size() && isInjectionTrigger(text.at(i));
}

// Full-width ASCII (Ｕ+FF01..FF5E) and the ideographic space, as typed by Chinese IMEs.
QString toHalfWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QDate dateFromParts(const QString &y, const QString &m, const QString &d)
{
    const int year = y.toInt();
    if (year < 1000)
        return QDate();
    return QDate(year, m.toInt(), d.toInt()); // invalid for impossible days
}

} // namespace

QDate dateFromSerial(double serial)
{
    if (!(serial >= 1.0) || serial >= maxSerial + 1.0) // also rejects NaN
        return QDate();
    const qint64 day = static_cast<qint64>(std::floor(serial));
    if (day < 60)
        return epoch1900().addDays(day - 1);
    if (day == 60)
        return QDate(); // 1900-02-29 never existed
    return epochAfterLeapBug().addDays(day);
}

std::optional<int> serialFromDate(const QDate &date)
{
    if (!date.isValid() || date < epoch1900() || date > QDate(9999, 12, 31))
        return std::nullopt;
    if (date < QDate(1900, 3, 1))
        return static_cast<int>(epoch1900().daysTo(date) + 1);
    return static_cast<int>(epochAfterLeapBug().daysTo(date));
}

QDate parseTextDate(QStringView text)
{
    QString s = toHalfWidth(text).trimmed();
    if (s.isEmpty() || s.size() > 40)
        return QDate();
    // An optional time after the date ("1990-01-02 08:30:00", "1990-01-02T08:30").
    static const QRegularExpression timeSuffix(
        QStringLiteral("[ T]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    s.remove(timeSuffix);

    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})$"));
    static const QRegularExpression chinese(
        QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));

    QRegularExpressionMatch m = separated.match(s);
    if (m.hasMatch())
        return dateFromParts(m.captured(1), m.captured(3), m.captured(4));
    m = chinese.match(s);
    if (m.hasMatch())
        return dateFromParts(m.captured(1), m.captured(2), m.captured(3));
    m = compact.match(s);
    if (m.hasMatch())
        return dateFromParts(m.captured(1), m.captured(2), m.captured(3));
    return QDate();
}

QDate cellDate(const SheetCell &cell)
{
    switch (cell.type) {
    case SheetCell::Type::Number:
        if (cell.isDate)
            return dateFromSerial(cell.number);
        // 19900102 typed into a General cell.
        if (cell.number >= 10000101.0 && cell.number <= 99991231.0
            && cell.number == std::floor(cell.number))
            return parseTextDate(numberText(cell.number));
        return QDate();
    case SheetCell::Type::Text:
        return parseTextDate(cell.text);
    default:
        return QDate();
    }
}

QString numberText(double value)
{
    if (!std::isfinite(value))
        return QString();
    if (value == 0.0)
        return QStringLiteral("0"); // also for -0
    const QByteArray g = QByteArray::number(value, 'g', 15);
    const int e = g.indexOf('e');
    if (e < 0)
        return QString::fromLatin1(g);

    // Expand the exponent for integers so they read like typed digits.
    const int exponent = g.mid(e + 1).toInt();
    QByteArray mantissa = g.left(e);
    const bool negative = mantissa.startsWith('-');
    if (negative)
        mantissa.remove(0, 1);
    int fractionDigits = 0;
    const int dot = mantissa.indexOf('.');
    if (dot >= 0) {
        fractionDigits = mantissa.size() - dot - 1;
        mantissa.remove(dot, 1);
    }
    if (exponent >= fractionDigits && exponent < 21) {
        mantissa += QByteArray(exponent - fractionDigits, '0');
        return (negative ? QStringLiteral("-") : QString()) + QString::fromLatin1(mantissa);
    }
    return QString::fromLatin1(g).toUpper(); // 1E-07, as Excel shows it
}

QString displayText(const SheetCell &cell)
{
    switch (cell.type) {
    case SheetCell::Type::Empty:
        return QString();
    case SheetCell::Type::Boolean:
        return cell.number != 0.0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case SheetCell::Type::Number: {
        if (!cell.isDate)
            return numberText(cell.number);
        const double day = std::floor(cell.number);
        const double fraction = cell.number - day;
        const QTime time = QTime(0, 0).addMSecs(static_cast<int>(std::llround(fraction * 86400000.0)) % 86400000);
        const QString timeText =
            time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
        const QDate date = dateFromSerial(cell.number);
        if (!date.isValid())
            return cell.number >= 0.0 && cell.number < 1.0 ? timeText : numberText(cell.number);
        const QString dateText = date.toString(Qt::ISODate);
        return fraction == 0.0 ? dateText : dateText + QLatin1Char(' ') + timeText;
    }
    case SheetCell::Type::Text:
    case SheetCell::Type::Error:
        return cell.text;
    }
    return cell.text;
}

QString columnName(int column)
{
    QString name;
    if (column < 0)
        return name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return name;
}

QString neutralise(const QString &text)
{
    int run = 0;
    if (apostrophesThenTrigger(text, &run))
        return QLatin1Char('\'') + text;
    return text;
}

QString unneutralise(const QString &text)
{
    int run = 0;
    if (apostrophesThenTrigger(text, &run) && run > 0)
        return text.mid(1);
    return text;
}

} // namespace cd::sheetvalue
