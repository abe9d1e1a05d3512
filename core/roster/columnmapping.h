#pragma once

#include "io/sheetsource.h"
#include "roster/importfield.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

/// Which field each column of an imported sheet holds, as the matcher guessed it and the
/// user adjusted it. Serialises to JSON so that the choice can be remembered per header
/// signature (the same layout of headers gets the same mapping next time).
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(cd::ColumnMapping)

public:
    ColumnMapping() = default;
    /// Every column matched by its header (ImportFields::matchHeader); a field named by
    /// two columns goes to the first one.
    static ColumnMapping fromHeaders(const QStringList &headers);

    /// The header texts of the sheet, one per column.
    const QStringList &headers() const { return m_headers; }
    int columnCount() const { return m_headers.size(); }

    ImportField field(int column) const;
    /// Assigns `field` to `column`; another column holding the same field loses it.
    void setField(int column, ImportField field);
    /// The column holding `field`, or -1.
    int column(ImportField field) const;
    bool has(ImportField field) const { return column(field) >= 0; }
    /// The header of `column` for messages ("身份证号"), or its letter when it has none.
    QString columnLabel(int column) const;

    /// What keeps the import from running: a missing name column, or no column to match
    /// people or place them (ID number, or an address). Empty when it can run.
    QString problem() const;

    /// A short hex hash of the normalised headers: equal for sheets laid out alike.
    QString signature() const;
    static QString signatureOf(const QStringList &headers);

    /// {"headers": [...], "fields": ["name", "", ...]}.
    QString toJson() const;
    /// A mapping read back; fields are applied only where the headers still match.
    static ColumnMapping fromJson(const QString &json, const QStringList &headers);

    /// Finds the header row among the first rows of a sheet: the row whose cells name the
    /// most known fields (at least two). Returns its index in `rows`, or -1.
    static int findHeaderRow(const QVector<SheetRow> &rows);
    /// The display texts of a header row.
    static QStringList headerTexts(const QVector<SheetCell> &cells);

private:
    QStringList m_headers;
    QVector<ImportField> m_fields;
};

} // namespace cd
