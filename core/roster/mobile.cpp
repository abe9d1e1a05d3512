#include "roster/mobile.h"

#include <QStringList>

namespace cd::mobile {
namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (!isDigit(c))
            return false;
    return true;
}

// Full-width ASCII block (U+FF01..U+FF5E) maps onto U+0021..U+007E; U+3000 is a space.
QString toHalfWidth(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        out += c;
    }
    return out.trimmed();
}

// Characters people put between digit groups.
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ': case u'-': case u'.': case u'(': case u')': case u'/':
    case 0x2010: case 0x2012: case 0x2013: case 0x2014: case 0x2212: // hyphens, dashes, minus
    case 0x00A0:
        return true;
    default:
        return c.isSpace();
    }
}

// Removes "+86" or "0086" at the start; tells whether it did.
bool dropCountryCode(QString &digits)
{
    if (digits.startsWith(QLatin1String("+86"))) {
        digits.remove(0, 3);
        return true;
    }
    if (digits.startsWith(QLatin1String("0086"))) {
        digits.remove(0, 4);
        return true;
    }
    return false;
}

bool isMobileDigits(QStringView d)
{
    return d.size() == 11 && d[0] == QLatin1Char('1') && d[1] >= QLatin1Char('3') && allDigits(d);
}

// A local fixed-line number: 7 or 8 digits, never starting with 0. Without an area code it must
// not start with 1 either, which would rather be a mobile number missing digits.
bool isLocalNumber(QStringView d, bool withAreaCode)
{
    const QChar lowest = withAreaCode ? QLatin1Char('1') : QLatin1Char('2');
    return (d.size() == 7 || d.size() == 8) && d[0] >= lowest && allDigits(d);
}

// Splits an extension written with a marker ("转801", "分机801", "ext 801", "x801", "#801").
QString takeMarkedExtension(QString &s)
{
    static const QStringView markers[] = {u"转", u"分机", u"ext.", u"ext", u"x", u"#"};
    for (QStringView marker : markers) {
        const qsizetype at = s.lastIndexOf(marker, -1, Qt::CaseInsensitive);
        if (at <= 0)
            continue;
        QString ext = s.mid(at + marker.size()).trimmed();
        if (!ext.isEmpty() && ext.size() <= 6 && allDigits(ext)) {
            s.truncate(at);
            return ext;
        }
    }
    return QString();
}

} // namespace

QString strip(QStringView input)
{
    QString out;
    for (QChar c : toHalfWidth(input))
        if (!isSeparator(c))
            out += c;
    dropCountryCode(out);
    return out;
}

bool isMobile(QStringView input)
{
    return isMobileDigits(strip(input));
}

QString normalize(QStringView input)
{
    const QString d = strip(input);
    return isMobileDigits(d) ? d : QString();
}

Classified classify(QStringView input)
{
    Classified result;
    const QString mobile = normalize(input);
    if (!mobile.isEmpty()) {
        result.kind = Kind::Mobile;
        result.normalized = mobile;
        return result;
    }

    QString s = toHalfWidth(input);
    QString extension = takeMarkedExtension(s);
    // Digit groups; any character that is neither a digit nor a separator makes it invalid.
    QStringList groups;
    QString current;
    bool international = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (isDigit(c)) {
            current += c;
        } else if (c == QLatin1Char('+') && groups.isEmpty() && current.isEmpty()
                   && s.mid(i + 1, 2) == QLatin1String("86")) {
            international = true;
            i += 2;
            groups.append(QString()); // the country code ends a group
        } else if (isSeparator(c)) {
            if (!current.isEmpty())
                groups.append(current);
            current.clear();
        } else {
            return result;
        }
    }
    if (!current.isEmpty())
        groups.append(current);
    groups.removeAll(QString());
    if (!groups.isEmpty() && groups.first() == QLatin1String("0086")) {
        international = true;
        groups.removeFirst();
    } else if (!groups.isEmpty() && groups.first().startsWith(QLatin1String("0086"))
               && groups.first().size() > 4) {
        international = true;
        groups.first().remove(0, 4);
    }
    // "024-12345678-801": a short last group after a full local number is an extension.
    if (extension.isEmpty() && groups.size() >= 2 && groups.last().size() <= 6
        && (groups.at(groups.size() - 2).size() == 7 || groups.at(groups.size() - 2).size() == 8)) {
        extension = groups.takeLast();
    }
    QString digits = groups.join(QString());
    if (digits.isEmpty())
        return result;
    if (international && !digits.startsWith(QLatin1Char('0')))
        digits.prepend(QLatin1Char('0')); // +86 24 ... drops the trunk 0
    // Three-digit area codes are 010 and 020-029; all others have four.
    qsizetype areaLength = 0;
    if (digits.startsWith(QLatin1Char('0'))) {
        const bool threeDigit = digits.startsWith(QLatin1String("010"))
            || (digits.size() > 2 && digits[1] == QLatin1Char('2'));
        areaLength = threeDigit ? 3 : 4;
    }
    const QString area = digits.left(areaLength);
    const QString local = digits.mid(areaLength);
    if (!isLocalNumber(local, areaLength > 0))
        return result;
    result.kind = Kind::Landline;
    result.normalized = area.isEmpty() ? local : area + QLatin1Char('-') + local;
    if (!extension.isEmpty())
        result.normalized += QLatin1Char('-') + extension;
    return result;
}

QString mask(QStringView input)
{
    const Classified c = classify(input);
    const auto stars = [](qsizetype n) { return QString(qMax<qsizetype>(n, 0), QLatin1Char('*')); };
    if (c.kind == Kind::Mobile)
        return c.normalized.left(3) + stars(4) + c.normalized.right(4);
    if (c.kind == Kind::Landline) {
        const QStringList parts = c.normalized.split(QLatin1Char('-'));
        const bool hasArea = parts.first().startsWith(QLatin1Char('0'));
        const QString local = hasArea ? parts.value(1) : parts.first();
        const QString masked = stars(local.size() - 4) + local.right(4);
        return hasArea ? parts.first() + QLatin1Char('-') + masked : masked;
    }
    const QString s = strip(input);
    if (s.size() <= 2)
        return stars(s.size());
    return stars(s.size() - 2) + s.right(2);
}

} // namespace cd::mobile
