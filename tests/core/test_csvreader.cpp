// CsvReader: encoding detection as DOMAIN.md states it, RFC 4180 fields, delimiters.
#include "io/csvreader.h"
#include "test_xlsx_helpers.h"

#include "testsupport.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using cd::CsvReader;
using cd::SheetCell;
using namespace cd::test;

namespace {

QVector<ReadRow> parse(const QByteArray &bytes, CsvReader::Encoding *encoding = nullptr)
{
    CsvReader reader;
    REQUIRE(reader.openData(bytes, QStringLiteral("test.csv")).ok());
    if (encoding)
        *encoding = reader.encoding();
    return readRows(reader);
}

} // namespace

TEST_CASE("csv reader: UTF-8 with and without BOM", "[csv]")
{
    const QByteArray body = QStringLiteral("姓名,身份证号\r\n王䶮,11010519491231002X\r\n").toUtf8();
    CsvReader::Encoding encoding;
    QVector<ReadRow> rows = parse("\xEF\xBB\xBF" + body, &encoding);
    CHECK(encoding == CsvReader::Encoding::Utf8Bom);
    REQUIRE(rows.size() == 2);
    CHECK(texts(rows.at(0)) == QStringList({QStringLiteral("姓名"), QStringLiteral("身份证号")}));
    CHECK(texts(rows.at(1)) == QStringList({QStringLiteral("王䶮"), QStringLiteral("11010519491231002X")}));
    CHECK(rows.at(1).cells.at(1).type == SheetCell::Type::Text);

    rows = parse(body, &encoding);
    CHECK(encoding == CsvReader::Encoding::Utf8);
    CHECK(texts(rows.at(1)).at(0) == QStringLiteral("王䶮"));
    CHECK(CsvReader::encodingName(encoding) == QStringLiteral("UTF-8"));
}

TEST_CASE("csv reader: GB18030 without BOM, with a character GBK lacks", "[csv]")
{
    const QString text = QStringLiteral("姓名,备注\r\n王䶮,\"两行\r\n备注\"\r\n张三,普通\r\n");
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    const QByteArray bytes = gb18030.encode(text);
    REQUIRE_FALSE(gb18030.hasError());
    // The bytes are not UTF-8, and 䶮 has no GBK code: only GB18030 round-trips it.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(bytes);
    REQUIRE(utf8.hasError());
    QStringDecoder gbk("GBK");
    QStringEncoder gbkEncoder("GBK");
    const QString throughGbk = gbk.decode(gbkEncoder.encode(QStringLiteral("䶮")));
    CHECK(throughGbk != QStringLiteral("䶮"));

    CsvReader::Encoding encoding;
    const QVector<ReadRow> rows = parse(bytes, &encoding);
    CHECK(encoding == CsvReader::Encoding::Gb18030);
    REQUIRE(rows.size() == 3);
    CHECK(texts(rows.at(1)) == QStringList({QStringLiteral("王䶮"), QStringLiteral("两行\r\n备注")}));
    CHECK(rows.at(2).number == 3); // records, not physical lines
    CHECK(texts(rows.at(2)).at(0) == QStringLiteral("张三"));
}

TEST_CASE("csv reader: UTF-16 with a byte-order mark", "[csv]")
{
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray bytes = "\xFF\xFE" + utf16.encode(QStringLiteral("姓名\t电话\r\n王䶮\t13800138000\r\n"));
    CsvReader::Encoding encoding;
    const QVector<ReadRow> rows = parse(bytes, &encoding);
    CHECK(encoding == CsvReader::Encoding::Utf16LE);
    REQUIRE(rows.size() == 2);
    CHECK(texts(rows.at(1)) == QStringList({QStringLiteral("王䶮"), QStringLiteral("13800138000")}));
}

TEST_CASE("csv reader: RFC 4180 quoting, line ends, blanks", "[csv]")
{
    const QByteArray bytes = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
                             "\"multi\nline\",,x,\r\n"
                             "\r\n"
                             "lone,cr\r"
                             "\"\"\"quoted\"\" start\",\"ab\"c\n"
                             "last,no newline";
    const QVector<ReadRow> rows = parse(bytes);
    REQUIRE(rows.size() == 5);
    CHECK(texts(rows.at(0)) == QStringList({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));

    // Empty fields are Empty cells; trailing ones are trimmed.
    CHECK(rows.at(1).number == 2);
    REQUIRE(rows.at(1).cells.size() == 3);
    CHECK(rows.at(1).cells.at(0).text == QStringLiteral("multi\nline"));
    CHECK(rows.at(1).cells.at(1).type == SheetCell::Type::Empty);
    CHECK(rows.at(1).cells.at(2).text == QStringLiteral("x"));
    CHECK(rows.at(1).cells.at(2).column == 2);

    // The blank line is record 3: counted, not reported.
    CHECK(rows.at(2).number == 4);
    CHECK(texts(rows.at(2)) == QStringList({QStringLiteral("lone"), QStringLiteral("cr")}));
    CHECK(texts(rows.at(3)) == QStringList({QStringLiteral("\"quoted\" start"), QStringLiteral("abc")}));
    CHECK(rows.at(4).number == 6);
    CHECK(texts(rows.at(4)) == QStringList({QStringLiteral("last"), QStringLiteral("no newline")}));
}

TEST_CASE("csv reader: delimiter detected from the first record", "[csv]")
{
    CHECK(CsvReader::detectDelimiter(u"a,b,c") == QLatin1Char(','));
    CHECK(CsvReader::detectDelimiter(u"a\tb\tc,d") == QLatin1Char('\t'));
    CHECK(CsvReader::detectDelimiter(u"\"a,b,c\";d;e") == QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter(u"single") == QLatin1Char(','));
    CHECK(CsvReader::detectDelimiter(u"a;b\nc,d,e,f") == QLatin1Char(';')); // first line only

    QVector<ReadRow> rows = parse("姓名;电话\n王䶮;138\n");
    CHECK(texts(rows.at(1)) == QStringList({QStringLiteral("王䶮"), QStringLiteral("138")}));
    rows = parse("a\tb\tc,d\n1\t2\t3,4\n");
    CHECK(texts(rows.at(1)) == QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3,4")}));

    CsvReader reader;
    REQUIRE(reader.openData("a;b,c\n"));
    reader.setDelimiter(QLatin1Char(','));
    rows = readRows(reader);
    CHECK(texts(rows.at(0)) == QStringList({QStringLiteral("a;b"), QStringLiteral("c")}));
}

TEST_CASE("csv reader: an unclosed quote is an error naming the line", "[csv][errors]")
{
    CsvReader reader;
    REQUIRE(reader.openData("a,b\nc,d\ne,\"never closed\nmore\n", QStringLiteral("名单.csv")).ok());
    int delivered = 0;
    const cd::Status status = reader.readRows([&delivered](int, const QVector<SheetCell> &) { return ++delivered, true; });
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().contains(QStringLiteral("名单.csv, line 3")));
    CHECK(delivered == 2);
}

TEST_CASE("csv reader: files, cancel and progress", "[csv]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("居民 名单.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray data = "\xEF\xBB\xBF";
    for (int i = 0; i < 5000; ++i)
        data += QStringLiteral("王%1,%2\r\n").arg(i).arg(i * 2).toUtf8();
    file.write(data);
    file.close();

    CsvReader reader;
    REQUIRE(reader.open(path).ok());
    int rows = 0;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    REQUIRE(reader.readRows([&rows](int, const QVector<SheetCell> &) { return ++rows, true; },
                            [&](qint64 done, qint64 total) { lastDone = done, lastTotal = total; }).ok());
    CHECK(rows == 5000);
    CHECK(lastTotal > 0);
    CHECK(lastDone == lastTotal);

    rows = 0;
    REQUIRE(reader.readRows([&rows](int, const QVector<SheetCell> &) { return ++rows < 10; }).ok());
    CHECK(rows == 10);

    CHECK_FALSE(reader.open(dir.file(QStringLiteral("missing.csv"))).ok());
}
