#include "roster/peoplequery.h"

#include "roster/idnumber.h"
#include "roster/roomreference.h"

#include <QRegularExpression>

namespace cd {

namespace {

// Current residents, joined as far as the conditions need.
const QString residentsOf = QStringLiteral(
    "SELECT r.person_id FROM residence r JOIN dwelling d ON d.id = r.dwelling_id "
    "JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
    "JOIN estate e ON e.id = b.estate_id WHERE r.moved_out IS NULL");

QString ftsPhrase(const QString &columns, const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QStringLiteral("{%1} : \"%2\"").arg(columns, escaped);
}

// The smallest string greater than every string starting with `prefix`.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(char16_t(end.at(end.size() - 1).unicode() + 1));
    return end;
}

QString digitsOnly(const QString &term)
{
    QString out;
    for (QChar c : term) {
        if (c.isDigit() || c == QLatin1Char('X'))
            out.append(c);
    }
    return out;
}

bool isLongNumber(const QString &term)
{
    // 138-0013-8000 is a phone number, not a room reference: those have at most 9 digits
    // (building, unit, room: "103-12-2501").
    static const QRegularExpression grouped(QStringLiteral("^[0-9]+(-[0-9]+)+[xX]?$"));
    return grouped.match(term).hasMatch() && digitsOnly(term).size() >= 10;
}

} // namespace

QStringList PeopleQuery::terms(QStringView text)
{
    QString tidy;
    tidy.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        tidy.append(c);
    }
    QStringList out;
    // A phone number typed in groups ("138 0013 8000") is one term.
    static const QRegularExpression groupedDigits(QStringLiteral("^[0-9][0-9 \\-]*[0-9]$"));
    const QString trimmed = tidy.trimmed();
    if (groupedDigits.match(trimmed).hasMatch() && digitsOnly(trimmed).size() >= 7)
        return {digitsOnly(trimmed)};
    const QStringList parts = tidy.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        static const QRegularExpression latin(QStringLiteral("^[A-Za-z']+$"));
        if (latin.match(part).hasMatch()) {
            QString l = part.toLower();
            l.remove(QLatin1Char('\''));
            if (!l.isEmpty())
                out << l;
        } else {
            out << part;
        }
    }
    return out;
}

PeopleQuery::TermKind PeopleQuery::classify(const QString &term)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+[xX]?$"));
    static const QRegularExpression latin(QStringLiteral("^[a-z]+$"));
    if (digits.match(term).hasMatch() || isLongNumber(term))
        return TermKind::Digits;
    if (latin.match(term).hasMatch())
        return TermKind::Latin;
    if (RoomReference::parse(term))
        return TermKind::Room;
    return TermKind::Name;
}

PeopleQuery::Where PeopleQuery::where() const
{
    QStringList parts;
    QVariantList values;
    if (!includeArchived)
        parts << QStringLiteral("p.archived = 0");
    if (!tag.isEmpty()) {
        parts << QStringLiteral("p.id IN (SELECT person_id FROM person_tag WHERE tag = ?)");
        values << tag;
    }
    if (!politicalStatus.isEmpty()) {
        parts << QStringLiteral("p.political_status = ?");
        values << politicalStatus;
    }

    // Filters on where people live share one subquery.
    QStringList living;
    QVariantList livingValues;
    if (gridId) {
        living << QStringLiteral("b.grid_id = ?");
        livingValues << gridId;
    }
    if (!occupancy.isEmpty()) {
        living << QStringLiteral("d.occupancy = ?");
        livingValues << occupancy;
    }
    if (dwellingId) {
        living << QStringLiteral("r.dwelling_id = ?");
        livingValues << dwellingId;
    } else if (unitId) {
        living << QStringLiteral("d.unit_id = ?");
        livingValues << unitId;
    } else if (buildingId) {
        living << QStringLiteral("u.building_id = ?");
        livingValues << buildingId;
    } else if (estateId) {
        living << QStringLiteral("b.estate_id = ?");
        livingValues << estateId;
    }
    if (!living.isEmpty()) {
        parts << QStringLiteral("p.id IN (%1 AND %2)").arg(residentsOf, living.join(QStringLiteral(" AND ")));
        values << livingValues;
    }

    for (const QString &term : terms(text)) {
        switch (classify(term)) {
        case TermKind::Digits: {
            const QString number = digitsOnly(term.toUpper());
            const QString room = QStringLiteral(
                "SELECT r.person_id FROM residence r JOIN dwelling d ON d.id = r.dwelling_id "
                "WHERE r.moved_out IS NULL AND d.room = ?");
            if (number.size() >= 4) {
                parts << QStringLiteral("p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ? UNION %1)")
                             .arg(room);
                // A legacy 15-digit ID number is stored in its 18-digit form.
                const QString upgraded = number.size() == 15 ? idnumber::upgrade15(number) : QString();
                values << (upgraded.isEmpty()
                               ? ftsPhrase(QStringLiteral("id_number phone"), number)
                               : QStringLiteral("{id_number phone} : (\"%1\" OR \"%2\")").arg(number, upgraded))
                       << term;
            } else {
                parts << QStringLiteral("p.id IN (%1)").arg(room);
                values << term;
            }
            break;
        }
        case TermKind::Latin:
            if (term.size() == 1) {
                // Initials start with the pinyin's first letter: the pinyin range covers both,
                // and the (archived, name_pinyin) index answers it without reading the rows.
                parts << QStringLiteral("p.name_pinyin >= ? AND p.name_pinyin < ?");
                values << term << prefixEnd(term);
            } else if (term.size() == 2) {
                parts << QStringLiteral("((p.name_initials >= ? AND p.name_initials < ?) "
                                        "OR (p.name_pinyin >= ? AND p.name_pinyin < ?))");
                values << term << prefixEnd(term) << term << prefixEnd(term);
            } else {
                parts << QStringLiteral("p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)");
                values << ftsPhrase(QStringLiteral("name name_pinyin name_initials"), term);
            }
            break;
        case TermKind::Room: {
            const RoomReference ref = *RoomReference::parse(term);
            QStringList where = {QStringLiteral("ltrim(upper(b.number), '0') = ?")};
            QVariantList refValues = {ref.building.toUpper().remove(QRegularExpression(QStringLiteral("^0+")))};
            if (!ref.unit.isEmpty()) {
                where << QStringLiteral("ltrim(upper(u.number), '0') = ?");
                refValues << ref.unit.toUpper().remove(QRegularExpression(QStringLiteral("^0+")));
            }
            if (!ref.room.isEmpty()) {
                where << QStringLiteral("ltrim(upper(d.room), '0') = ?");
                refValues << ref.room.toUpper().remove(QRegularExpression(QStringLiteral("^0+")));
            }
            if (!ref.estate.isEmpty()) {
                where << QStringLiteral("instr(e.name, ?) > 0");
                refValues << ref.estate;
            }
            parts << QStringLiteral("p.id IN (%1 AND %2)").arg(residentsOf, where.join(QStringLiteral(" AND ")));
            values << refValues;
            break;
        }
        case TermKind::Name:
            // Characters, not UTF-16 units: rare characters outside the BMP count once.
            if (term.toUcs4().size() <= 2) {
                parts << QStringLiteral("p.id IN (SELECT person_id FROM person_name_gram WHERE gram = ?)");
                values << term;
            } else {
                parts << QStringLiteral("p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)");
                values << ftsPhrase(QStringLiteral("name"), term);
            }
            break;
        }
    }
    if (parts.isEmpty())
        parts << QStringLiteral("1");
    return {parts.join(QStringLiteral(" AND ")), values};
}

} // namespace cd
