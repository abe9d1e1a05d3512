#include "roster/roomreference.h"

#include <QRegularExpression>

namespace cd {

namespace {

// Full-width digits, letters and punctuation become ASCII; dashes of any width become '-'.
QString normalized(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        if (c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2212) || c == QLatin1Char('/')
            || c == QLatin1Char('_'))
            c = QLatin1Char('-');
        if (c.isSpace() || c == QChar(0x3000))
            continue;
        out.append(c);
    }
    return out;
}

} // namespace

QString RoomReference::toString() const
{
    QString out = building;
    if (!unit.isEmpty())
        out += QLatin1Char('-') + unit;
    // Without a unit, "3-501" would read back as building-unit: use the Chinese form.
    if (!room.isEmpty())
        out += (unit.isEmpty() ? QStringLiteral("栋") : QStringLiteral("-")) + room;
    return out;
}

std::optional<RoomReference> RoomReference::parse(QStringView text)
{
    const QString input = normalized(text);
    if (input.isEmpty())
        return std::nullopt;

    // A number part: digits, optionally with one letter (3A, A3); at most 8 characters.
    static const QString part = QStringLiteral("([0-9]{1,6}[A-Za-z]?|[A-Za-z][0-9]{1,6})");
    // The estate prefix, when present, must end in a character that is not part of a number.
    // Lazy on both counts: "3幢2单元501号" is not estate "3幢2单元" with building "501号".
    static const QString estate = QStringLiteral("(?:(.*?[^0-9A-Za-z#\\-]))??");
    static const QRegularExpression dashed(QStringLiteral("^%1%2-%2(?:-%2)?$").arg(estate, part));
    static const QRegularExpression chinese(
        QStringLiteral("^%1%2(?:号楼|栋|幢|座|号|楼|#)(?:%2(?:单元|门))?(?:%2(?:室|号|房)?)?$")
            .arg(estate, part));

    RoomReference ref;
    QRegularExpressionMatch m = dashed.match(input);
    if (m.hasMatch()) {
        ref.estate = m.captured(1);
        ref.building = m.captured(2);
        ref.unit = m.captured(3);
        ref.room = m.captured(4);
    } else {
        m = chinese.match(input);
        if (!m.hasMatch())
            return std::nullopt;
        ref.estate = m.captured(1);
        ref.building = m.captured(2);
        ref.unit = m.captured(3);
        ref.room = m.captured(4);
    }
    ref.building = ref.building.toUpper();
    ref.unit = ref.unit.toUpper();
    ref.room = ref.room.toUpper();
    return ref;
}

} // namespace cd
