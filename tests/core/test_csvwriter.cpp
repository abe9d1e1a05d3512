// CsvTableWriter: the bytes Excel and WPS on Chinese Windows expect.
#include "io/csvreader.h"
#include "io/csvtablewriter.h"
#include "io/sheetvalue.h"
#include "test_xlsx_helpers.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <catch2/catch.hpp>

using cd::CsvTableWriter;
using cd::TableColumn;
using cd::TableSheet;
using namespace cd::test;

namespace {

using Type = TableColumn::Type;

TableSheet smallSheet()
{
    TableSheet sheet;
    sheet.title = QStringLiteral("居民名单");
    sheet.subtitle = QStringLiteral("日期：2024年3月5日");
    sheet.columns = {{QStringLiteral("序号"), Type::Integer, 0},
                     {QStringLiteral("姓名"), Type::Text, 0},
                     {QStringLiteral("出生日期"), Type::Date, 0},
                     {QStringLiteral("面积"), Type::Decimal2, 0},
                     {QStringLiteral("比例"), Type::Percent, 0}};
    sheet.appendRow({1, QStringLiteral("王䶮"), QDate(1949, 12, 31), 89.5, 0.125});
    sheet.appendRow({2, QStringLiteral("=1+2"), QVariant(), 100, QVariant()});
    sheet.appendRow({3, QStringLiteral("逗号,引号\"换行\n结束"), QDate(1990, 1, 2), 0.005, 1});
    return sheet;
}

} // namespace

TEST_CASE("csv writer: UTF-8 with BOM, CRLF, quoting, neutralising", "[csv][writer]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("名单.csv"));
    REQUIRE(CsvTableWriter().write(path, smallSheet()).ok());
    const QByteArray expected = "\xEF\xBB\xBF"
        + QStringLiteral("序号,姓名,出生日期,面积,比例\r\n"
                         "1,王䶮,1949-12-31,89.50,12.50%\r\n"
                         "2,'=1+2,,100.00,\r\n"
                         "3,\"逗号,引号\"\"换行\n结束\",1990-01-02,0.01,100.00%\r\n")
              .toUtf8();
    CHECK(readAll(path) == expected);
}

TEST_CASE("csv writer: GB18030 round trip and title lines", "[csv][writer]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("gb.csv"));
    CsvTableWriter writer;
    writer.setEncoding(CsvTableWriter::Encoding::Gb18030);
    writer.setIncludeTitle(true);
    REQUIRE(writer.write(path, smallSheet()).ok());
    const QByteArray bytes = readAll(path);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder gb18030("GB18030");
    const QString text = gb18030.decode(bytes);
    CHECK_FALSE(gb18030.hasError());
    CHECK(text.startsWith(QStringLiteral("居民名单\r\n日期：2024年3月5日\r\n序号,")));
    CHECK(text.contains(QStringLiteral("1,王䶮,1949-12-31")));

    // CsvReader detects the encoding and, with unneutralise(), restores every text.
    cd::CsvReader reader;
    REQUIRE(reader.open(path).ok());
    CHECK(reader.encoding() == cd::CsvReader::Encoding::Gb18030);
    const QVector<ReadRow> rows = readRows(reader);
    REQUIRE(rows.size() == 6);
    CHECK(cd::sheetvalue::unneutralise(rows.at(4).cells.at(1).text) == QStringLiteral("=1+2"));
    CHECK(rows.at(5).cells.at(1).text == QStringLiteral("逗号,引号\"换行\n结束"));
    CHECK(rows.at(3).cells.at(1).text == QStringLiteral("王䶮"));
}

TEST_CASE("csv writer: streamed rows, totals, failures leave the target intact", "[csv][writer][errors]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("out.csv"));
    TableSheet sheet;
    sheet.columns = {{QStringLiteral("n"), Type::Integer, 0}};
    int next = 0;
    sheet.rowSource = [&next](cd::TableRow &row) {
        if (next >= 3000)
            return false;
        row = {next++};
        return true;
    };
    sheet.totals = {QStringLiteral("合计")};
    REQUIRE(CsvTableWriter().write(path, sheet).ok());
    const QByteArray first = readAll(path);
    CHECK(first.count("\r\n") == 3002);
    CHECK(first.endsWith(QStringLiteral("2999\r\n合计\r\n").toUtf8()));

    next = 0;
    CsvTableWriter cancelling;
    cancelling.setProgressCallback([](qint64 rows) { return rows < 1000; });
    const cd::Status cancelled = cancelling.write(path, sheet);
    CHECK_FALSE(cancelled.ok());
    CHECK(readAll(path) == first);

    const cd::Status missing = CsvTableWriter().write(dir.file(QStringLiteral("nope/out.csv")), sheet);
    CHECK_FALSE(missing.ok());
    CHECK(missing.message().contains(QStringLiteral("does not exist")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList({QStringLiteral("out.csv")}));
}
