// XlsxTableWriter, read back with openpyxl (an independent reader) and with XlsxReader.
#include "io/sheetvalue.h"
#include "io/xlsxreader.h"
#include "io/xlsxtablewriter.h"
#include "test_xlsx_helpers.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using cd::SheetCell;
using cd::TableColumn;
using cd::TableSheet;
using cd::XlsxTableWriter;
using namespace cd::test;

namespace {

using Type = TableColumn::Type;

TableSheet memberSheet()
{
    TableSheet sheet;
    sheet.name = QStringLiteral("党员名单");
    sheet.title = QStringLiteral("某社区党员名单");
    sheet.subtitle = QStringLiteral("填报单位：某社区党委    日期：2024年3月5日");
    sheet.columns = {{QStringLiteral("序号"), Type::Integer, 6},
                     {QStringLiteral("姓名"), Type::Text, 0},
                     {QStringLiteral("身份证号"), Type::Text, 22},
                     {QStringLiteral("入党日期"), Type::Date, 0},
                     {QStringLiteral("面积"), Type::Decimal2, 0},
                     {QStringLiteral("比例"), Type::Percent, 0}};
    sheet.appendRow({1, QStringLiteral("王䶮"), QStringLiteral("11010519491231002X"), QDate(1975, 7, 1), 89.5, 0.5});
    sheet.appendRow({2, QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("440524188001010014"),
                     QDate(1899, 1, 1), 100, 0.705});
    sheet.appendRow({3, QVariant(), QStringLiteral("-1"), QVariant(), QVariant(), QVariant()});
    sheet.totals = {QVariant(), QStringLiteral("合计"), QVariant(), QVariant(), 189.5, QVariant()};
    return sheet;
}

QJsonObject readWithOpenpyxl(const QString &path)
{
    const ProcessResult result =
        runProgram(QStringLiteral(CD_PYTHON), {ioDataFile(QStringLiteral("read_workbook.py")), path});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out).object();
}

QJsonObject cellOf(const QJsonObject &sheet, const char *ref)
{
    return sheet.value(QStringLiteral("cells")).toObject().value(QLatin1String(ref)).toObject();
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("xlsx writer: a titled table as openpyxl reads it", "[xlsx][writer]")
{
    for (bool constantMemory : {true, false}) {
        INFO("constant memory: " << constantMemory);
        TempDir dir;
        const QString path = dir.file(QStringLiteral("党员.xlsx"));
        TableSheet second;
        second.name = QStringLiteral("党员名单"); // duplicate: gets a suffix
        second.columns = {{QStringLiteral("=注意"), Type::Text, 0}};
        second.appendRow({QStringLiteral("@x")});
        TableSheet third;
        third.name = QStringLiteral("a/b:c?[d]*");
        third.columns = {{QStringLiteral("x"), Type::Integer, 0}};
        XlsxTableWriter writer;
        writer.setConstantMemory(constantMemory);
        const cd::Status status = writer.write(path, {memberSheet(), second, third});
        INFO(status.message().toStdString());
        REQUIRE(status.ok());
        CHECK(leftovers(dir.path()) == QStringList({QStringLiteral("党员.xlsx")}));

        const QJsonObject book = readWithOpenpyxl(path);
        const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
        REQUIRE(sheets.size() == 3);
        CHECK(sheets.at(1).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("党员名单 (2)"));
        CHECK(sheets.at(2).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("a_b_c__d__"));

        const QJsonObject s = sheets.at(0).toObject();
        CHECK(s.value(QStringLiteral("name")).toString() == QStringLiteral("党员名单"));
        CHECK(s.value(QStringLiteral("freeze")).toString() == QStringLiteral("A4"));
        CHECK(s.value(QStringLiteral("autofilter")).toString() == QStringLiteral("A3:F6"));
        const QJsonArray merged = s.value(QStringLiteral("merged")).toArray();
        CHECK(merged == QJsonArray({QStringLiteral("A1:F1"), QStringLiteral("A2:F2")}));
        CHECK(cellOf(s, "A1").value(QStringLiteral("value")).toString() == QStringLiteral("某社区党员名单"));
        CHECK(cellOf(s, "A1").value(QStringLiteral("bold")).toBool());
        CHECK(cellOf(s, "A2").value(QStringLiteral("value")).toString().startsWith(QStringLiteral("填报单位")));

        const QJsonObject header = cellOf(s, "C3");
        CHECK(header.value(QStringLiteral("value")).toString() == QStringLiteral("身份证号"));
        CHECK(header.value(QStringLiteral("bold")).toBool());
        CHECK(header.value(QStringLiteral("border")).toBool());
        CHECK(header.value(QStringLiteral("fill")).toString().endsWith(QStringLiteral("DDEBF7")));

        // ID numbers are strings; dates are dates with yyyy-mm-dd; numbers keep formats.
        CHECK(cellOf(s, "A4").value(QStringLiteral("type")).toString() == QStringLiteral("int"));
        CHECK(cellOf(s, "B4").value(QStringLiteral("value")).toString() == QStringLiteral("王䶮"));
        for (const char *ref : {"C4", "C5"})
            CHECK(cellOf(s, ref).value(QStringLiteral("type")).toString() == QStringLiteral("str"));
        CHECK(cellOf(s, "C5").value(QStringLiteral("value")).toString() == QStringLiteral("440524188001010014"));
        CHECK(cellOf(s, "C4").value(QStringLiteral("format")).toString() == QStringLiteral("@"));
        const QJsonObject date = cellOf(s, "D4");
        CHECK(date.value(QStringLiteral("type")).toString() == QStringLiteral("datetime"));
        CHECK(date.value(QStringLiteral("value")).toString() == QStringLiteral("1975-07-01T00:00:00"));
        CHECK(date.value(QStringLiteral("format")).toString() == QStringLiteral("yyyy-mm-dd"));
        CHECK(cellOf(s, "D5").value(QStringLiteral("value")).toString() == QStringLiteral("1899-01-01")); // text
        CHECK(cellOf(s, "E4").value(QStringLiteral("value")).toDouble() == 89.5);
        CHECK(cellOf(s, "E4").value(QStringLiteral("format")).toString() == QStringLiteral("0.00"));
        CHECK(cellOf(s, "F5").value(QStringLiteral("value")).toDouble() == 0.705);
        CHECK(cellOf(s, "F5").value(QStringLiteral("format")).toString() == QStringLiteral("0.00%"));

        // Text that could run as a formula is neutralised; empty values stay empty.
        CHECK(cellOf(s, "B5").value(QStringLiteral("value")).toString() == QStringLiteral("'=HYPERLINK(\"http://x\")"));
        CHECK(cellOf(s, "C6").value(QStringLiteral("value")).toString() == QStringLiteral("'-1"));
        CHECK(cellOf(s, "B6").isEmpty());
        CHECK(cellOf(sheets.at(1).toObject(), "A1").value(QStringLiteral("value")).toString() == QStringLiteral("'=注意"));

        // Totals in bold under the data.
        CHECK(cellOf(s, "B7").value(QStringLiteral("value")).toString() == QStringLiteral("合计"));
        CHECK(cellOf(s, "E7").value(QStringLiteral("bold")).toBool());
        CHECK(s.value(QStringLiteral("max_row")).toInt() == 7);

        const QJsonObject widths = s.value(QStringLiteral("widths")).toObject();
        CHECK(widths.value(QStringLiteral("C")).toDouble() >= 22.0);
        CHECK(widths.value(QStringLiteral("C")).toDouble() < 23.0);
        CHECK(widths.value(QStringLiteral("D")).toDouble() >= 12.0);
    }
}

TEST_CASE("xlsx writer: XlsxReader reads back what it wrote", "[xlsx][writer]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("back.xlsx"));
    REQUIRE(XlsxTableWriter().write(path, {memberSheet()}).ok());
    cd::XlsxReader reader;
    REQUIRE(reader.open(path).ok());
    const QVector<ReadRow> rows = readRows(reader, 0);
    REQUIRE(rows.size() == 7); // title, subtitle, header, three rows, totals
    CHECK(rows.at(2).number == 3);
    CHECK(rows.at(6).cells.at(1).text == QStringLiteral("合计"));
    const QVector<SheetCell> &first = rows.at(3).cells;
    CHECK(first.at(0).number == 1.0);
    CHECK(first.at(2).type == SheetCell::Type::Text);
    CHECK(first.at(2).text == QStringLiteral("11010519491231002X"));
    CHECK(first.at(3).isDate);
    CHECK(cd::sheetvalue::cellDate(first.at(3)) == QDate(1975, 7, 1));
    CHECK(cd::sheetvalue::unneutralise(rows.at(4).cells.at(1).text) == QStringLiteral("=HYPERLINK(\"http://x\")"));
    const auto merged = reader.mergedRanges(0);
    REQUIRE(merged.ok());
    CHECK(merged->size() == 2);
}

TEST_CASE("xlsx writer: streamed rows, progress and cancel", "[xlsx][writer]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("stream.xlsx"));
    TableSheet sheet;
    sheet.columns = {{QStringLiteral("n"), Type::Integer, 0}, {QStringLiteral("text"), Type::Text, 0}};
    int next = 0;
    sheet.rowSource = [&next](cd::TableRow &row) {
        if (next >= 2500)
            return false;
        row = {next, QStringLiteral("行%1").arg(next)};
        ++next;
        return true;
    };
    qint64 reported = 0;
    XlsxTableWriter writer;
    writer.setProgressCallback([&reported](qint64 rows) { reported = rows; return true; });
    REQUIRE(writer.write(path, {sheet}).ok());
    CHECK(reported == 2500);
    cd::XlsxReader reader;
    REQUIRE(reader.open(path).ok());
    CHECK(readRows(reader, 0).size() == 2501);

    // A cancelled export leaves the earlier file as it was and no temporary file.
    const QByteArray before = readAll(path);
    next = 0;
    writer.setProgressCallback([](qint64 rows) { return rows < 1000; });
    const cd::Status cancelled = writer.write(path, {sheet});
    CHECK_FALSE(cancelled.ok());
    CHECK(cancelled.message().contains(QStringLiteral("cancelled")));
    CHECK(readAll(path) == before);
    CHECK(leftovers(dir.path()) == QStringList({QStringLiteral("stream.xlsx")}));
}

TEST_CASE("xlsx writer: failures leave the target intact", "[xlsx][writer][errors]")
{
    TempDir dir;
    const QString existing = dir.file(QStringLiteral("keep.xlsx"));
    QFile file(existing);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("old contents");
    file.close();

    XlsxTableWriter writer;
    cd::Status status = writer.write(dir.file(QStringLiteral("no such folder/out.xlsx")), {memberSheet()});
    CHECK_FALSE(status.ok());
    CHECK(status.message().contains(QStringLiteral("does not exist")));

    status = writer.write(existing, {});
    CHECK_FALSE(status.ok());
    CHECK(readAll(existing) == QByteArray("old contents"));

    status = writer.write(dir.path(), {memberSheet()});
    CHECK_FALSE(status.ok()); // a folder is no file
    CHECK(leftovers(dir.path()) == QStringList({QStringLiteral("keep.xlsx")}));

    // Success replaces the file.
    REQUIRE(writer.write(existing, {memberSheet()}).ok());
    CHECK(readAll(existing).startsWith("PK"));
    CHECK(leftovers(dir.path()) == QStringList({QStringLiteral("keep.xlsx")}));
}

TEST_CASE("xlsx writer: sheet names Excel accepts", "[xlsx][writer]")
{
    CHECK(XlsxTableWriter::sheetName(QString(), {}) == QStringLiteral("Sheet"));
    CHECK(XlsxTableWriter::sheetName(QStringLiteral("'引号'"), {}) == QStringLiteral("引号"));
    CHECK(XlsxTableWriter::sheetName(QStringLiteral("a"), {QStringLiteral("A")}) == QStringLiteral("a (2)"));
    CHECK(XlsxTableWriter::sheetName(QStringLiteral("a"), {QStringLiteral("A"), QStringLiteral("a (2)")})
          == QStringLiteral("a (3)"));
    const QString longName(40, QLatin1Char('x'));
    CHECK(XlsxTableWriter::sheetName(longName, {}).size() == 31);
    const QString dedup = XlsxTableWriter::sheetName(longName, {QString(31, QLatin1Char('x'))});
    CHECK(dedup.size() == 31);
    CHECK(dedup.endsWith(QStringLiteral(" (2)")));
}
