// XlsxReader against workbooks written by independent tools: openpyxl, and packages
// assembled by hand with Python's zipfile (tests/data/io/*.py).
#include "io/sheetvalue.h"
#include "io/xlsxreader.h"
#include "test_xlsx_helpers.h"

#include "testsupport.h"

#include <catch2/catch.hpp>

using cd::SheetCell;
using cd::XlsxReader;
using namespace cd::test;

namespace {

const SheetCell *cellAt(const QVector<ReadRow> &rows, int row, int column)
{
    for (const ReadRow &r : rows)
        if (r.number == row)
            return column < r.cells.size() ? &r.cells.at(column) : nullptr;
    return nullptr;
}

QString shown(const QVector<ReadRow> &rows, int row, int column)
{
    const SheetCell *cell = cellAt(rows, row, column);
    return cell ? cd::sheetvalue::displayText(*cell) : QString();
}

} // namespace

TEST_CASE("xlsx reader: openpyxl workbook with title row, dates, ID cells and gaps", "[xlsx]")
{
    TempDir dir;
    const QString path = makeOpenpyxlWorkbook(dir);
    XlsxReader reader;
    REQUIRE(reader.open(path).ok());

    // Hidden sheets are listed (flagged), in workbook order.
    REQUIRE(reader.sheetNames() == QStringList({QStringLiteral("居民名单"), QStringLiteral("第二页"), QStringLiteral("隐藏")}));
    CHECK_FALSE(reader.sheets().at(0).hidden);
    CHECK(reader.sheets().at(2).hidden);
    CHECK(reader.sheetIndex(QStringLiteral("第二页")) == 1);
    CHECK(reader.sheetIndex(QStringLiteral("无")) == -1);

    const auto merged = reader.mergedRanges(0);
    REQUIRE(merged.ok());
    REQUIRE(merged->size() == 1);
    CHECK(merged->at(0) == cd::SheetRange{1, 0, 1, 5});

    const QVector<ReadRow> rows = readRows(reader, 0);
    // Row 5 is blank: not reported, and numbering keeps Excel's row numbers.
    QVector<int> numbers;
    for (const ReadRow &r : rows)
        numbers.append(r.number);
    CHECK(numbers == QVector<int>({1, 2, 3, 4, 6}));

    // The merged title row holds one value.
    REQUIRE(rows.at(0).cells.size() == 1);
    CHECK(rows.at(0).cells.at(0).text == QStringLiteral("某某社区居民名单"));

    // Text stays text, exactly.
    const SheetCell *name = cellAt(rows, 3, 0);
    REQUIRE(name);
    CHECK(name->type == SheetCell::Type::Text);
    CHECK(name->text == QStringLiteral("王䶮"));
    CHECK(cellAt(rows, 3, 1)->text == QStringLiteral("11010519491231002X"));
    CHECK(cellAt(rows, 3, 3)->text == QStringLiteral("13800138000"));
    CHECK(cellAt(rows, 3, 5)->text == QStringLiteral("=不是公式"));
    CHECK(cellAt(rows, 4, 5)->text == QStringLiteral("  前后空格  "));

    // A date-formatted number is flagged and converts.
    const SheetCell *birth = cellAt(rows, 3, 2);
    CHECK(birth->type == SheetCell::Type::Number);
    CHECK(birth->isDate);
    CHECK(cd::sheetvalue::cellDate(*birth) == QDate(1949, 12, 31));
    CHECK(cellAt(rows, 4, 2)->isDate); // yyyy"年"m"月"d"日"
    CHECK(cd::sheetvalue::cellDate(*cellAt(rows, 4, 2)) == QDate(1990, 1, 2));

    // The ID Excel destroyed: a number, shown with the zeros that betray it.
    const SheetCell *id = cellAt(rows, 4, 1);
    CHECK(id->type == SheetCell::Type::Number);
    CHECK_FALSE(id->isDate);
    CHECK(shown(rows, 4, 1) == QStringLiteral("440524188001010000"));

    // The gap in the middle of row 4 is an Empty cell; the row stays dense.
    const ReadRow &row4 = rows.at(3);
    REQUIRE(row4.cells.size() == 6);
    for (int c = 0; c < row4.cells.size(); ++c)
        CHECK(row4.cells.at(c).column == c);
    CHECK(row4.cells.at(3).type == SheetCell::Type::Empty);
    CHECK(shown(rows, 4, 4) == QStringLiteral("100"));
    CHECK(shown(rows, 3, 4) == QStringLiteral("89.5"));

    // Other kinds of values.
    CHECK(cellAt(rows, 6, 0)->type == SheetCell::Type::Boolean);
    CHECK(shown(rows, 6, 0) == QStringLiteral("TRUE"));
    CHECK(cellAt(rows, 6, 1)->type == SheetCell::Type::Empty); // formula without a cached value
    CHECK(cellAt(rows, 6, 2)->isDate);
    CHECK(shown(rows, 6, 2) == QStringLiteral("1990-01-02 08:30"));
    CHECK_FALSE(cellAt(rows, 6, 3)->isDate); // 0.00%
    CHECK_FALSE(cellAt(rows, 6, 4)->isDate); // 0.00"h"
    CHECK_FALSE(cellAt(rows, 6, 5)->isDate); // [Red]0.00
    CHECK(cellAt(rows, 6, 6)->isDate);       // [$-804]yyyy/m/d;@
    CHECK(shown(rows, 6, 6) == QStringLiteral("2024-01-01"));
    CHECK(shown(rows, 6, 7) == QStringLiteral("1998.1"));
    CHECK_FALSE(cd::sheetvalue::cellDate(*cellAt(rows, 6, 7)).isValid());

    const QVector<ReadRow> second = readRows(reader, 1);
    REQUIRE(second.size() == 2);
    CHECK(second.at(0).number == 2);
    CHECK(second.at(0).cells.size() == 2);
    CHECK(second.at(0).cells.at(1).text == QStringLiteral("第二页内容"));
    CHECK(second.at(1).cells.at(2).number == 3.0);
}

TEST_CASE("xlsx reader: shared strings, rich text, prefixes, every cell type", "[xlsx]")
{
    TempDir dir;
    const QString path = makeRawWorkbook(dir, QStringLiteral("edge"));
    XlsxReader reader;
    REQUIRE(reader.open(path).ok());
    REQUIRE(reader.sheetNames() == QStringList({QStringLiteral("边界"), QStringLiteral("简单")}));
    const QVector<ReadRow> rows = readRows(reader, 0);

    CHECK(shown(rows, 1, 0) == QStringLiteral("plain"));
    CHECK(shown(rows, 1, 1) == QStringLiteral("rich text"));          // runs joined
    CHECK(shown(rows, 1, 2) == QStringLiteral("张三"));                // phonetic guide left out
    CHECK(cellAt(rows, 1, 3)->type == SheetCell::Type::Empty);        // cells without r follow on
    CHECK(shown(rows, 1, 4) == QStringLiteral("line1\r\nline2 & <tag> 中"));

    // A row without r follows the previous one; cells without r follow on.
    CHECK(shown(rows, 2, 1) == QStringLiteral("inline"));
    CHECK(shown(rows, 2, 2) == QStringLiteral("plainx"));             // t="str" formula result
    CHECK(cellAt(rows, 2, 3)->type == SheetCell::Type::Boolean);
    CHECK(shown(rows, 2, 3) == QStringLiteral("FALSE"));
    CHECK(cellAt(rows, 2, 4)->type == SheetCell::Type::Error);
    CHECK(cellAt(rows, 2, 4)->text == QStringLiteral("#DIV/0!"));

    // Date styles: built-in 14, custom with quoted 年月日, custom non-date with a quoted
    // "d" and [Red], built-in 31 (Chinese date); t="d" ISO dates.
    CHECK(shown(rows, 4, 0) == QStringLiteral("2024-01-01"));
    CHECK(shown(rows, 4, 1) == QStringLiteral("1990-01-02"));
    CHECK_FALSE(cellAt(rows, 4, 2)->isDate);
    CHECK(cellAt(rows, 4, 3)->isDate);
    CHECK_FALSE(cd::sheetvalue::cellDate(*cellAt(rows, 4, 3)).isValid()); // serial 60
    CHECK(cellAt(rows, 4, 4)->isDate);
    CHECK(cellAt(rows, 4, 4)->number == Approx(45292.5));

    // A style index beyond the list, a styled blank, an empty shared string, CDATA.
    CHECK(cellAt(rows, 5, 0)->number == Approx(-0.0015));
    CHECK_FALSE(cellAt(rows, 5, 0)->isDate);
    CHECK(cellAt(rows, 5, 2)->type == SheetCell::Type::Empty);
    CHECK(cellAt(rows, 5, 3)->type == SheetCell::Type::Text);
    CHECK(cellAt(rows, 5, 3)->text.isEmpty());
    CHECK(shown(rows, 5, 5) == QStringLiteral("<cdata> & more"));

    // Row 7 is an empty element: not reported.
    CHECK_FALSE(cellAt(rows, 7, 0));
    CHECK(cellAt(rows, 8, 0)->type == SheetCell::Type::Number);
    CHECK(cellAt(rows, 8, 0)->number == 7.0);
    CHECK(cellAt(rows, 8, 1)->type == SheetCell::Type::Text); // 1e400 is no finite number
    CHECK(shown(rows, 8, 2) == QStringLiteral("中文&"));
    // The last column Excel has.
    const QVector<SheetCell> &last = rows.constLast().cells;
    CHECK(rows.constLast().number == 9);
    CHECK(last.size() == 16384);
    CHECK(last.constLast().column == 16383);

    const auto merged = reader.mergedRanges(0);
    REQUIRE(merged.ok());
    CHECK(*merged == QVector<cd::SheetRange>({{1, 0, 1, 2}, {4, 1, 5, 3}}));
    const auto none = reader.mergedRanges(1);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("xlsx reader: the fast scanner and the QXmlStreamReader parser agree", "[xlsx]")
{
    TempDir dir;
    const QStringList paths{makeOpenpyxlWorkbook(dir), makeRawWorkbook(dir, QStringLiteral("edge")),
                            makeRawWorkbook(dir, QStringLiteral("doctype")),
                            makeRawWorkbook(dir, QStringLiteral("utf16"))};
    for (const QString &path : paths) {
        XlsxReader fast;
        XlsxReader reference;
        reference.setUseReferenceParser(true);
        REQUIRE(fast.open(path).ok());
        REQUIRE(reference.open(path).ok());
        for (int s = 0; s < fast.sheets().size(); ++s) {
            INFO(path.toStdString() << " sheet " << s);
            CHECK(sameRows(readRows(fast, s), readRows(reference, s)));
        }
    }
}

TEST_CASE("xlsx reader: DOCTYPE and UTF-16 sheets fall back to QXmlStreamReader", "[xlsx]")
{
    TempDir dir;
    XlsxReader reader;
    REQUIRE(reader.open(makeRawWorkbook(dir, QStringLiteral("doctype"))).ok());
    QVector<ReadRow> rows = readRows(reader, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells.at(0).text == QStringLiteral("王䶮")); // internal entity expanded
    CHECK(rows.at(0).cells.at(1).number == 5.0);

    REQUIRE(reader.open(makeRawWorkbook(dir, QStringLiteral("utf16"))).ok());
    rows = readRows(reader, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells.at(0).text == QStringLiteral("宽字符"));
}

TEST_CASE("xlsx reader: 1904 date system, missing optional parts", "[xlsx]")
{
    TempDir dir;
    XlsxReader reader;
    REQUIRE(reader.open(makeRawWorkbook(dir, QStringLiteral("date1904"))).ok());
    QVector<ReadRow> rows = readRows(reader, 0);
    // Serials 0 and 1 in the 1904 system are 1904-01-01 and 1904-01-02.
    CHECK(cd::sheetvalue::cellDate(rows.at(0).cells.at(0)) == QDate(1904, 1, 1));
    CHECK(cd::sheetvalue::cellDate(rows.at(0).cells.at(1)) == QDate(1904, 1, 2));
    CHECK(rows.at(0).cells.at(2).number == 42.0); // not a date: unchanged

    REQUIRE(reader.open(makeRawWorkbook(dir, QStringLiteral("no-shared-no-styles"))).ok());
    rows = readRows(reader, 0);
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows.at(0).cells.at(0).isDate);
}

TEST_CASE("xlsx reader: the row callback can stop the read", "[xlsx]")
{
    TempDir dir;
    XlsxReader reader;
    REQUIRE(reader.open(makeOpenpyxlWorkbook(dir)).ok());
    int calls = 0;
    const cd::Status status = reader.readSheet(0, [&calls](int, const QVector<SheetCell> &) { return ++calls < 2; });
    CHECK(status.ok());
    CHECK(calls == 2);
}
