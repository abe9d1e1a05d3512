#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

namespace cd {

/// One column of an exported table.
struct TableColumn
{
    /// How the values of the column are written. Text stays text in every format (ID
    /// numbers are never turned into numbers); Date becomes a real Excel date shown as
    /// yyyy-mm-dd; Percent takes fractions (0.5 = 50%).
    enum class Type { Text, Integer, Decimal2, Date, Percent };

    QString header;
    Type type = Type::Text;
    /// Width in characters (xlsx); 0 fits the header.
    double width = 0.0;
};

/// A row of values, one per column: QString for Text, qint64 for Integer, double for
/// Decimal2 and Percent, QDate for Date. A null QVariant leaves the cell empty.
using TableRow = QVector<QVariant>;

/// A table as every export writes it: optional title and subtitle lines, a header row,
/// the data rows and an optional totals row.
struct TableSheet
{
    /// Sheet tab name (xlsx only); cleaned of characters Excel forbids.
    QString name;
    /// Optional title row above the header (merged over the columns in xlsx).
    QString title;
    /// Optional line under the title, e.g. the reporting unit and date.
    QString subtitle;
    QVector<TableColumn> columns;
    /// The data rows, unless rowSource is set.
    QVector<TableRow> rows;
    /// Streams rows instead of `rows`: fills `row` and returns true, or returns false
    /// when there are no more rows. Lets large exports run without holding every row.
    std::function<bool(TableRow &row)> rowSource;
    /// Optional totals row written in bold under the data.
    TableRow totals;

    void appendRow(TableRow row) { rows.append(std::move(row)); }

    /// Calls `visit` for each data row (from rowSource or rows) until it returns false.
    /// Returns false when stopped by `visit`.
    bool forEachRow(const std::function<bool(const TableRow &row)> &visit) const
    {
        if (rowSource) {
            TableRow row;
            while (true) {
                row.clear();
                if (!rowSource(row))
                    return true;
                if (!visit(row))
                    return false;
            }
        }
        for (const TableRow &row : rows)
            if (!visit(row))
                return false;
        return true;
    }
};

/// Called after every batch of rows written; return false to cancel the export.
using TableProgressCallback = std::function<bool(qint64 rowsWritten)>;

} // namespace cd
