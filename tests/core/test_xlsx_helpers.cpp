#include "test_xlsx_helpers.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace cd::test {

QString ioDataFile(const QString &name)
{
    return QStringLiteral(CD_TEST_DATA_DIR "/io/") + name;
}

namespace {

QString runFixtureScript(const QStringList &arguments, const QString &out)
{
    const ProcessResult result = runProgram(QStringLiteral(CD_PYTHON), arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return out;
}

} // namespace

QString makeOpenpyxlWorkbook(const TempDir &dir)
{
    const QString out = dir.file(QStringLiteral("openpyxl.xlsx"));
    return runFixtureScript({ioDataFile(QStringLiteral("make_workbook.py")), out}, out);
}

QString makeRawWorkbook(const TempDir &dir, const QString &kind)
{
    const QString out = dir.file(kind + QStringLiteral(".xlsx"));
    return runFixtureScript({ioDataFile(QStringLiteral("make_raw_xlsx.py")), kind, out}, out);
}

QVector<ReadRow> readRows(XlsxReader &reader, int sheet)
{
    QVector<ReadRow> rows;
    const Status status = reader.readSheet(sheet, [&rows](int number, const QVector<SheetCell> &cells) {
        rows.append({number, cells});
        return true;
    });
    INFO(status.message().toStdString());
    REQUIRE(status.ok());
    return rows;
}

QVector<ReadRow> readRows(const CsvReader &reader)
{
    QVector<ReadRow> rows;
    const Status status = reader.readRows([&rows](int number, const QVector<SheetCell> &cells) {
        rows.append({number, cells});
        return true;
    });
    INFO(status.message().toStdString());
    REQUIRE(status.ok());
    return rows;
}

bool sameRows(const QVector<ReadRow> &a, const QVector<ReadRow> &b)
{
    if (a.size() != b.size())
        return false;
    for (int r = 0; r < a.size(); ++r) {
        if (a.at(r).number != b.at(r).number || a.at(r).cells.size() != b.at(r).cells.size())
            return false;
        for (int c = 0; c < a.at(r).cells.size(); ++c) {
            const SheetCell &x = a.at(r).cells.at(c);
            const SheetCell &y = b.at(r).cells.at(c);
            const bool sameNumber = x.number == y.number || (std::isnan(x.number) && std::isnan(y.number));
            if (x.type != y.type || x.text != y.text || !sameNumber || x.isDate != y.isDate || x.column != y.column)
                return false;
        }
    }
    return true;
}

QStringList texts(const ReadRow &row)
{
    QStringList list;
    for (const SheetCell &cell : row.cells)
        list.append(cell.text);
    return list;
}

} // namespace cd::test
