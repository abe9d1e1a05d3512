#include "roster/columnmapping.h"

#include "io/sheetvalue.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

ColumnMapping ColumnMapping::fromHeaders(const QStringList &headers)
{
    ColumnMapping mapping;
    mapping.m_headers = headers;
    mapping.m_fields.fill(ImportField::Ignore, headers.size());
    for (int i = 0; i < headers.size(); ++i) {
        const ImportField f = ImportFields::matchHeader(headers.at(i));
        if (f != ImportField::Ignore && !mapping.has(f))
            mapping.m_fields[i] = f;
    }
    return mapping;
}

ImportField ColumnMapping::field(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields.at(column) : ImportField::Ignore;
}

void ColumnMapping::setField(int column, ImportField field)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (field != ImportField::Ignore) {
        for (ImportField &f : m_fields) {
            if (f == field)
                f = ImportField::Ignore;
        }
    }
    m_fields[column] = field;
}

int ColumnMapping::column(ImportField field) const
{
    return field == ImportField::Ignore ? -1 : int(m_fields.indexOf(field));
}

QString ColumnMapping::columnLabel(int column) const
{
    const QString header = column >= 0 && column < m_headers.size() ? m_headers.at(column).simplified() : QString();
    return header.isEmpty() ? tr("column %1").arg(sheetvalue::columnName(column)) : header;
}

QString ColumnMapping::problem() const
{
    if (!has(ImportField::Name))
        return tr("No column holds the names: choose the name column.");
    return QString();
}

QString ColumnMapping::signatureOf(const QStringList &headers)
{
    QStringList normal;
    for (const QString &h : headers)
        normal << ImportFields::normalizeHeader(h);
    const QByteArray hash = QCryptographicHash::hash(normal.join(QLatin1Char('\x1f')).toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString ColumnMapping::signature() const
{
    return signatureOf(m_headers);
}

QString ColumnMapping::toJson() const
{
    QJsonArray headers;
    QJsonArray fields;
    for (int i = 0; i < m_headers.size(); ++i) {
        headers.append(m_headers.at(i));
        fields.append(ImportFields::code(field(i)));
    }
    QJsonObject object;
    object.insert(QStringLiteral("headers"), headers);
    object.insert(QStringLiteral("fields"), fields);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ColumnMapping ColumnMapping::fromJson(const QString &json, const QStringList &headers)
{
    ColumnMapping mapping;
    mapping.m_headers = headers;
    mapping.m_fields.fill(ImportField::Ignore, headers.size());
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonArray savedHeaders = object.value(QStringLiteral("headers")).toArray();
    const QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
    for (int i = 0; i < headers.size() && i < fields.size(); ++i) {
        if (i < savedHeaders.size()
            && ImportFields::normalizeHeader(savedHeaders.at(i).toString()) != ImportFields::normalizeHeader(headers.at(i)))
            continue;
        mapping.setField(i, ImportFields::fromCode(fields.at(i).toString()));
    }
    return mapping;
}

QStringList ColumnMapping::headerTexts(const QVector<SheetCell> &cells)
{
    QStringList out;
    for (const SheetCell &c : cells)
        out << sheetvalue::displayText(c).simplified();
    return out;
}

int ColumnMapping::findHeaderRow(const QVector<SheetRow> &rows)
{
    int best = -1;
    int bestCount = 1; // one matching cell is a title or a note, not a header
    for (int r = 0; r < rows.size(); ++r) {
        QVector<ImportField> seen;
        for (const SheetCell &c : rows.at(r).cells) {
            if (c.type != SheetCell::Type::Text)
                continue;
            const ImportField f = ImportFields::matchHeader(c.text);
            if (f != ImportField::Ignore && !seen.contains(f))
                seen << f;
        }
        if (seen.size() > bestCount) {
            best = r;
            bestCount = seen.size();
        }
    }
    return best;
}

} // namespace cd
