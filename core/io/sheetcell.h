#pragma once

#include <QString>
#include <QVector>

#include <functional>

namespace cd {

/// One cell as a spreadsheet reader delivers it (xlsx or CSV).
///
/// `text` is the value exactly as stored in the file (for a number, the digits of the
/// <v> element, e.g. "440524188001010000" or "4.4052418800101E+17"); `number` is its
/// value when the cell is a Number or a Boolean (1/0). Use sheetvalue::displayText()
/// for the text a user would see.
struct SheetCell
{
    enum class Type { Empty, Number, Text, Boolean, Error };

    Type type = Type::Empty;
    QString text;
    double number = 0.0;
    /// A Number whose cell format is a date or time format (the number is an Excel serial).
    bool isDate = false;
    /// 0-based column (A = 0).
    int column = 0;

    bool isEmpty() const { return type == Type::Empty; }
};

/// A rectangular cell range, 1-based rows and 0-based columns like SheetCell (inclusive).
struct SheetRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    bool operator==(const SheetRange &o) const
    {
        return firstRow == o.firstRow && firstColumn == o.firstColumn && lastRow == o.lastRow
            && lastColumn == o.lastColumn;
    }
};

/// Called once per row that holds at least one value, in file order.
/// `rowNumber` is 1-based as the spreadsheet shows it (gaps mean blank rows);
/// `cells` is dense: cells[i].column == i, blanks are Empty, trailing blanks are trimmed.
/// Return false to stop reading (the read then ends successfully).
using SheetRowCallback = std::function<bool(int rowNumber, const QVector<SheetCell> &cells)>;

/// Progress of a read as (done, total) in the reader's unit (bytes of the sheet part for
/// xlsx, characters for CSV). `total` may be 0 when unknown.
using SheetProgressCallback = std::function<void(qint64 done, qint64 total)>;

} // namespace cd
