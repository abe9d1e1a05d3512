#include "io/xlsxcellbuilder.h"

#include "io/sheetvalue.h"
#include "io/xlsxparts.h"

#include <QDateTime>

#include <charconv>
#include <cmath>
#include <cstring>

namespace cd {

namespace {

// QString::toDouble goes through locale machinery and dominated reading time; numbers in
// sheet XML are plain ASCII, so parse them with from_chars and keep toDouble as fallback.
double parseNumber(const QString &text, bool *ok)
{
    char buffer[64];
    const qsizetype n = text.size();
    if (n > 0 && n < qsizetype(sizeof buffer)) {
        const QChar *in = text.constData();
        bool ascii = true;
        for (qsizetype i = 0; i < n && ascii; ++i) {
            const char16_t u = in[i].unicode();
            ascii = u > 0x20 && u < 0x7F;
            buffer[i] = char(u);
        }
        if (ascii) {
            double value = 0.0;
            const char *begin = buffer[0] == '+' ? buffer + 1 : buffer;
            const auto [end, error] = std::from_chars(begin, buffer + n, value);
            if (error == std::errc() && end == buffer + n) {
                *ok = true;
                return value;
            }
        }
    }
    return text.toDouble(ok);
}

// A non-negative decimal index, or -1.
qint64 parseIndex(const QString &text)
{
    if (text.isEmpty() || text.size() > 12)
        return -1;
    qint64 value = 0;
    for (QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

XlsxCellBuilder::XlsxCellBuilder(const QString &sheetName, const QStringList &sharedStrings,
                                 const QVector<bool> &dateStyles, bool date1904)
    : m_sheetName(sheetName), m_sharedStrings(sharedStrings), m_dateStyles(dateStyles), m_date1904(date1904)
{
}

char XlsxCellBuilder::typeCode(QByteArrayView t)
{
    // Called for every cell: compare by hand rather than through string functions.
    const char *d = t.data();
    switch (t.size()) {
    case 0:
        return 'n';
    case 1:
        return d[0] == 'n' ? 'n' : d[0] == 's' ? 's' : d[0] == 'b' ? 'b' : d[0] == 'e' ? 'e' : d[0] == 'd' ? 'd' : '?';
    case 3:
        return d[0] == 's' && d[1] == 't' && d[2] == 'r' ? 'f' : '?';
    case 9:
        return std::memcmp(d, "inlineStr", 9) == 0 ? 'i' : '?';
    default:
        return '?';
    }
}

QString XlsxCellBuilder::badReference(const QString &part, qint64 line, const QString &ref) const
{
    return tr("Sheet %1 (%2, line %3) has an invalid cell reference \"%4\".")
        .arg(m_sheetName, part)
        .arg(line)
        .arg(ref.left(20));
}

QString XlsxCellBuilder::badRowNumber(const QString &part, qint64 line, const QString &number) const
{
    return tr("Sheet %1 (%2, line %3) has an invalid row number \"%4\".")
        .arg(m_sheetName, part)
        .arg(line)
        .arg(number.left(20));
}

Status XlsxCellBuilder::add(RawCell raw, int rowNumber, QVector<SheetCell> &cells) const
{
    SheetCell cell;
    cell.column = raw.column;
    switch (raw.typeCode) {
    case 'i':
        if (raw.hasInline || raw.hasValue) {
            cell.type = SheetCell::Type::Text;
            cell.text = raw.hasInline ? std::move(raw.inlineText) : std::move(raw.value);
        }
        break;
    case 's': {
        if (!raw.hasValue || raw.value.isEmpty())
            break;
        const qint64 index = parseIndex(raw.value);
        if (index < 0 || index >= m_sharedStrings.size())
            return Status::failure(tr("Cell %1 on sheet %2 refers to shared string %3, but the workbook has only %4.")
                                       .arg(sheetvalue::columnName(raw.column) + QString::number(rowNumber),
                                            m_sheetName, raw.value.left(20))
                                       .arg(m_sharedStrings.size()));
        cell.type = SheetCell::Type::Text;
        cell.text = m_sharedStrings.at(int(index));
        break;
    }
    case 'f': // a formula's string result
    case '?':
        if (raw.hasValue) {
            cell.type = SheetCell::Type::Text;
            cell.text = XlsxParts::decodeEscapes(raw.value);
        }
        break;
    case 'b':
        if (raw.hasValue) {
            cell.type = SheetCell::Type::Boolean;
            cell.text = raw.value;
            cell.number = raw.value == QLatin1String("1")
                    || raw.value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                ? 1.0
                : 0.0;
        }
        break;
    case 'e':
        if (raw.hasValue) {
            cell.type = SheetCell::Type::Error;
            cell.text = std::move(raw.value);
        }
        break;
    case 'd': { // ISO 8601 date cell (strict OOXML, some converters)
        if (!raw.hasValue)
            break;
        cell.text = raw.value;
        const QDateTime when = QDateTime::fromString(raw.value, Qt::ISODate);
        const QDate date = when.isValid() ? when.date() : QDate::fromString(raw.value, Qt::ISODate);
        const auto serial = sheetvalue::serialFromDate(date);
        if (serial) {
            cell.type = SheetCell::Type::Number;
            cell.isDate = true;
            cell.number = *serial + (when.isValid() ? when.time().msecsSinceStartOfDay() / 86400000.0 : 0.0);
        } else {
            cell.type = SheetCell::Type::Text;
        }
        break;
    }
    default: { // number
        if (!raw.hasValue || raw.value.isEmpty())
            break;
        bool ok = false;
        const double number = parseNumber(raw.value, &ok);
        cell.text = std::move(raw.value);
        if (ok && std::isfinite(number)) {
            cell.type = SheetCell::Type::Number;
            cell.number = number;
            cell.isDate = raw.style >= 0 && raw.style < m_dateStyles.size() && m_dateStyles.at(raw.style);
            if (cell.isDate && m_date1904)
                cell.number += 1462.0; // 1904-01-01 is serial 1462 in the 1900 system
        } else {
            cell.type = SheetCell::Type::Text; // not a number after all: keep what is there
        }
        break;
    }
    }

    const int column = raw.column;
    if (column >= cells.size()) {
        const int old = int(cells.size());
        cells.resize(column + 1);
        for (int i = old; i < column; ++i)
            cells[i].column = i;
    }
    cells[column] = std::move(cell);
    return Status::success();
}

} // namespace cd
