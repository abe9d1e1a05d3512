#pragma once
// Shared by the spreadsheet tests: fixture generation through Python and row collection.

#include "io/sheetcell.h"

#include <QString>
#include <QVector>

namespace cd {
class XlsxReader;
class CsvReader;
}

namespace cd::test {

class TempDir;

struct ReadRow
{
    int number = 0;
    QVector<SheetCell> cells;
};

/// Path of a file under tests/data/io.
QString ioDataFile(const QString &name);

/// The openpyxl workbook of tests/data/io/make_workbook.py, written into `dir`.
QString makeOpenpyxlWorkbook(const TempDir &dir);
/// A package from tests/data/io/make_raw_xlsx.py (KIND), written into `dir`.
QString makeRawWorkbook(const TempDir &dir, const QString &kind);

/// Every reported row of a sheet; a failed read fails the test with its message.
QVector<ReadRow> readRows(XlsxReader &reader, int sheet);
QVector<ReadRow> readRows(const CsvReader &reader);

/// Same row numbers and cells (type, text, number, date flag, column).
bool sameRows(const QVector<ReadRow> &a, const QVector<ReadRow> &b);

/// Cell texts of a row, for compact comparisons.
QStringList texts(const ReadRow &row);

} // namespace cd::test
