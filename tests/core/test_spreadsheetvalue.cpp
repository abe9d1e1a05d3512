// Values passing through spreadsheets: date serials, text dates, numbers as typed,
// formula-injection neutralising.
#include "io/sheetvalue.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using cd::SheetCell;
namespace sv = cd::sheetvalue;

TEST_CASE("spreadsheet values: Excel date serials", "[sheetvalue]")
{
    struct Case { double serial; QDate date; };
    const Case table[] = {
        {1, QDate(1900, 1, 1)},       {2, QDate(1900, 1, 2)},        {31, QDate(1900, 1, 31)},
        {59, QDate(1900, 2, 28)},     {60, QDate()},                  {61, QDate(1900, 3, 1)},
        {45292, QDate(2024, 1, 1)},   {45292.75, QDate(2024, 1, 1)}, {32875, QDate(1990, 1, 2)},
        {18263, QDate(1949, 12, 31)}, {2958465, QDate(9999, 12, 31)}, {2958466, QDate()},
        {0, QDate()},                 {0.5, QDate()},                 {-1, QDate()},
        {std::numeric_limits<double>::quiet_NaN(), QDate()},
        {std::numeric_limits<double>::infinity(), QDate()},
    };
    for (const Case &c : table) {
        INFO("serial " << c.serial);
        CHECK(sv::dateFromSerial(c.serial) == c.date);
        if (c.date.isValid() && c.serial == std::floor(c.serial)) {
            REQUIRE(sv::serialFromDate(c.date).has_value());
            CHECK(*sv::serialFromDate(c.date) == int(c.serial));
        }
    }
    CHECK_FALSE(sv::serialFromDate(QDate(1899, 12, 31)).has_value()); // arrives as text
    CHECK_FALSE(sv::serialFromDate(QDate()).has_value());
    // Every day round-trips across the leap-year bug and far beyond.
    for (int serial = 1; serial < 80000; serial += 7) {
        if (serial == 60)
            continue;
        const QDate date = sv::dateFromSerial(serial);
        REQUIRE(date.isValid());
        REQUIRE(sv::serialFromDate(date) == serial);
    }
}

TEST_CASE("spreadsheet values: dates typed as text", "[sheetvalue]")
{
    const QDate expected(1990, 1, 2);
    for (const char16_t *text : {u"1990-01-02", u"1990/1/2", u"1990.1.2", u"1990年1月2日", u"19900102", u" 1990-1-2 ",
                                 u"1990年01月02日", u"1990年1月2", u"１９９０－０１－０２", u"1990-01-02 08:30:00",
                                 u"1990-01-02T08:30", u"1990 年 1 月 2 日"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(sv::parseTextDate(QStringView(text)) == expected);
    }
    for (const char16_t *text : {u"", u"1990-02-30", u"1990/13/1", u"1990-1/2", u"02/01/1990", u"1990.10", u"199001",
                                 u"19901302", u"abc", u"1990-01-02x", u"0990-01-02", u"1990年1月"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(sv::parseTextDate(QStringView(text)).isValid());
    }
    CHECK(sv::parseTextDate(u"2000-02-29") == QDate(2000, 2, 29));
    CHECK_FALSE(sv::parseTextDate(u"1900-02-29").isValid());
}

TEST_CASE("spreadsheet values: the date a cell holds", "[sheetvalue]")
{
    SheetCell cell;
    cell.type = SheetCell::Type::Number;
    cell.number = 45292;
    CHECK_FALSE(sv::cellDate(cell).isValid()); // a number without a date format
    cell.isDate = true;
    CHECK(sv::cellDate(cell) == QDate(2024, 1, 1));
    cell.isDate = false;
    cell.number = 19900102;
    CHECK(sv::cellDate(cell) == QDate(1990, 1, 2));
    cell.number = 1998.1; // "1998.10" typed into a General cell: ambiguous
    CHECK_FALSE(sv::cellDate(cell).isValid());
    cell.type = SheetCell::Type::Text;
    cell.text = QStringLiteral("1990年1月2日");
    CHECK(sv::cellDate(cell) == QDate(1990, 1, 2));
    cell.type = SheetCell::Type::Empty;
    CHECK_FALSE(sv::cellDate(cell).isValid());
}

TEST_CASE("spreadsheet values: numbers shown as typed", "[sheetvalue]")
{
    struct Case { double value; const char *text; };
    const Case table[] = {
        {0, "0"}, {-0.0, "0"}, {42, "42"}, {-7, "-7"}, {89.5, "89.5"}, {0.1 + 0.2, "0.3"},
        {1e15, "1000000000000000"}, {440524188001010014.0, "440524188001010000"},
        {4.4052418800101e17, "440524188001010000"}, {13800138000, "13800138000"}, {123456.789, "123456.789"},
        {1e21, "1E+21"}, {1e-7, "1E-07"}, {-1.5e-3, "-0.0015"}, {12345678901234.5, "12345678901234.5"},
    };
    for (const Case &c : table) {
        INFO(c.text);
        CHECK(sv::numberText(c.value) == QString::fromLatin1(c.text));
    }
    CHECK(sv::numberText(std::numeric_limits<double>::quiet_NaN()).isEmpty());
}

TEST_CASE("spreadsheet values: what a user sees in a cell", "[sheetvalue]")
{
    SheetCell cell;
    CHECK(sv::displayText(cell).isEmpty());
    cell.type = SheetCell::Type::Boolean;
    cell.number = 1;
    CHECK(sv::displayText(cell) == QStringLiteral("TRUE"));
    cell.type = SheetCell::Type::Number;
    cell.number = 32875.5;
    cell.isDate = true;
    CHECK(sv::displayText(cell) == QStringLiteral("1990-01-02 12:00"));
    cell.number = 0.75;
    CHECK(sv::displayText(cell) == QStringLiteral("18:00"));
    cell.number = 60;
    CHECK(sv::displayText(cell) == QStringLiteral("60")); // no such day
    cell.type = SheetCell::Type::Error;
    cell.text = QStringLiteral("#N/A");
    CHECK(sv::displayText(cell) == QStringLiteral("#N/A"));
}

TEST_CASE("spreadsheet values: column names", "[sheetvalue]")
{
    CHECK(sv::columnName(0) == QStringLiteral("A"));
    CHECK(sv::columnName(25) == QStringLiteral("Z"));
    CHECK(sv::columnName(26) == QStringLiteral("AA"));
    CHECK(sv::columnName(701) == QStringLiteral("ZZ"));
    CHECK(sv::columnName(702) == QStringLiteral("AAA"));
    CHECK(sv::columnName(16383) == QStringLiteral("XFD"));
    CHECK(sv::columnName(-1).isEmpty());
}

TEST_CASE("spreadsheet values: neutralising formula injection", "[sheetvalue]")
{
    struct Case { const char16_t *in; const char16_t *out; };
    const Case table[] = {
        {u"=SUM(A1:A2)", u"'=SUM(A1:A2)"}, {u"+86 138", u"'+86 138"}, {u"-5", u"'-5"}, {u"@cmd", u"'@cmd"},
        {u"\tx", u"'\tx"}, {u"\rx", u"'\rx"}, {u"'=x", u"''=x"}, {u"''-y", u"'''-y"},
        {u"王䶮", u"王䶮"}, {u"'abc", u"'abc"}, {u"''", u"''"}, {u"", u""}, {u"a=b", u"a=b"}, {u" =x", u" =x"},
    };
    for (const Case &c : table) {
        const QString in = QString::fromUtf16(c.in);
        INFO(in.toStdString());
        CHECK(sv::neutralise(in) == QString::fromUtf16(c.out));
        CHECK(sv::unneutralise(sv::neutralise(in)) == in);
    }
    // Imported text that was never neutralised stays as it is.
    CHECK(sv::unneutralise(QStringLiteral("'abc")) == QStringLiteral("'abc"));
    CHECK(sv::unneutralise(QStringLiteral("plain")) == QStringLiteral("plain"));
    // Round trip over every short string of the interesting characters.
    const QString alphabet = QStringLiteral("'=+-@\tx");
    for (int a = 0; a < alphabet.size(); ++a)
        for (int b = 0; b < alphabet.size(); ++b)
            for (int c = 0; c < alphabet.size(); ++c) {
                const QString s = QString(alphabet.at(a)) + alphabet.at(b) + alphabet.at(c);
                REQUIRE(sv::unneutralise(sv::neutralise(s)) == s);
                const QChar first = sv::neutralise(s).at(0);
                REQUIRE((first == QLatin1Char('\'') || first == QLatin1Char('x')));
            }
}
