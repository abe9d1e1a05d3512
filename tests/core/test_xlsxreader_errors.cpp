// XlsxReader on damaged and hostile files: every failure is a clear message, never a crash.
#include "io/xlsxreader.h"
#include "test_xlsx_helpers.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <catch2/catch.hpp>

using cd::SheetCell;
using cd::Status;
using cd::XlsxReader;
using namespace cd::test;

namespace {

Status readFirstSheet(XlsxReader &reader, int sheet = 0)
{
    return reader.readSheet(sheet, [](int, const QVector<SheetCell> &) { return true; });
}

} // namespace

TEST_CASE("xlsx reader: files that are no workbook", "[xlsx][errors]")
{
    TempDir dir;
    XlsxReader reader;

    Status status = reader.open(dir.file(QStringLiteral("missing.xlsx")));
    CHECK_FALSE(status.ok());
    CHECK(status.message().contains(QStringLiteral("does not exist")));

    status = reader.open(makeRawWorkbook(dir, QStringLiteral("not-a-zip")));
    CHECK_FALSE(status.ok());
    CHECK(status.message().contains(QStringLiteral("not-a-zip.xlsx")));
    CHECK(status.message().contains(QStringLiteral("not a zip archive")));
    CHECK_FALSE(reader.isOpen());

    QFile empty(dir.file(QStringLiteral("empty.xlsx")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    CHECK_FALSE(reader.open(empty.fileName()).ok());

    status = reader.open(makeRawWorkbook(dir, QStringLiteral("missing-workbook")));
    CHECK_FALSE(status.ok());
    CHECK(status.message().contains(QStringLiteral("xl/workbook.xml is missing")));

    // Reading without an open workbook is refused, not a crash.
    CHECK_FALSE(readFirstSheet(reader).ok());
    CHECK_FALSE(reader.mergedRanges(0).ok());
}

TEST_CASE("xlsx reader: broken sheet XML names the part and the line", "[xlsx][errors]")
{
    TempDir dir;
    const QString path = makeRawWorkbook(dir, QStringLiteral("broken-sheet"));
    for (bool reference : {false, true}) {
        INFO("reference parser: " << reference);
        XlsxReader reader;
        reader.setUseReferenceParser(reference);
        REQUIRE(reader.open(path).ok());
        CHECK(readFirstSheet(reader, 0).ok()); // the sound sheet still reads
        const Status status = readFirstSheet(reader, 1);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QStringLiteral("xl/worksheets/sheet2.xml")));
        CHECK(status.message().contains(QStringLiteral("line 5")));
        CHECK(readFirstSheet(reader, 2).message().contains(QStringLiteral("no sheet number 3")));
    }
}

TEST_CASE("xlsx reader: damaged parts and impossible references", "[xlsx][errors]")
{
    TempDir dir;
    for (bool reference : {false, true}) {
        INFO("reference parser: " << reference);
        XlsxReader reader;
        reader.setUseReferenceParser(reference);

        Status status = reader.open(makeRawWorkbook(dir, QStringLiteral("broken-shared")));
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QStringLiteral("xl/sharedStrings.xml")));
        CHECK(status.message().contains(QStringLiteral("line 7")));

        REQUIRE(reader.open(makeRawWorkbook(dir, QStringLiteral("bad-shared-index"))).ok());
        status = readFirstSheet(reader);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QStringLiteral("Cell C1")));
        CHECK(status.message().contains(QStringLiteral("shared string 99999999999")));

        REQUIRE(reader.open(makeRawWorkbook(dir, QStringLiteral("bad-row-number"))).ok());
        status = readFirstSheet(reader);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QStringLiteral("invalid row number")));

        REQUIRE(reader.open(makeRawWorkbook(dir, QStringLiteral("bad-reference"))).ok());
        status = readFirstSheet(reader);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QStringLiteral("ZZZZ1")));

        REQUIRE(reader.open(makeRawWorkbook(dir, QStringLiteral("truncated"))).ok());
        status = readFirstSheet(reader);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QStringLiteral("not valid XML")));

        REQUIRE(reader.open(makeRawWorkbook(dir, QStringLiteral("missing-sheet-part"))).ok());
        CHECK(readFirstSheet(reader, 0).ok());
        status = readFirstSheet(reader, 1);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QStringLiteral("no part xl/worksheets/sheet2.xml")));
    }
}

TEST_CASE("xlsx reader: a zip bomb is refused at the size cap", "[xlsx][errors]")
{
    TempDir dir;
    const QString path = makeRawWorkbook(dir, QStringLiteral("bomb")); // 64 MiB sheet in ~66 KB
    for (bool reference : {false, true}) {
        INFO("reference parser: " << reference);
        XlsxReader reader;
        reader.setUseReferenceParser(reference);
        reader.setPartSizeLimit(8 * 1024 * 1024);
        REQUIRE(reader.open(path).ok());
        const Status status = readFirstSheet(reader);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        CHECK(status.message().contains(QStringLiteral("refused")));
        const auto merged = reader.mergedRanges(0);
        CHECK_FALSE(merged.ok());
    }
    // Under the default 1 GiB cap the same file is merely empty.
    XlsxReader reader;
    REQUIRE(reader.open(path).ok());
    int rows = 0;
    CHECK(reader.readSheet(0, [&rows](int, const QVector<SheetCell> &) { return ++rows, true; }).ok());
    CHECK(rows == 0);
}

TEST_CASE("xlsx reader: a Unicode path", "[xlsx]")
{
    TempDir dir;
    const QString source = makeOpenpyxlWorkbook(dir);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("社区 表格")));
    const QString target = dir.file(QStringLiteral("社区 表格/居民名单（2024）.xlsx"));
    REQUIRE(QFile::copy(source, target));
    XlsxReader reader;
    REQUIRE(reader.open(target).ok());
    CHECK(readRows(reader, 0).size() == 5);
}

TEST_CASE("xlsx reader: damaged variants never crash", "[xlsx][errors][fuzz]")
{
    TempDir dir;
    const int count = 150;
    const ProcessResult made = runProgram(QStringLiteral(CD_PYTHON),
                                          {ioDataFile(QStringLiteral("make_fuzz_xlsx.py")), dir.path(),
                                           QString::number(count)});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    int refused = 0;
    int agreed = 0;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.file(QStringLiteral("fuzz_%1.xlsx").arg(i, 3, 10, QLatin1Char('0')));
        QVector<ReadRow> fastRows;
        QVector<ReadRow> referenceRows;
        Status fastStatus = Status::success();
        Status referenceStatus = Status::success();
        for (bool reference : {false, true}) {
            XlsxReader reader;
            reader.setUseReferenceParser(reference);
            QVector<ReadRow> &rows = reference ? referenceRows : fastRows;
            Status status = reader.open(path);
            for (int s = 0; status.ok() && s < reader.sheets().size(); ++s)
                status = reader.readSheet(s, [&rows](int n, const QVector<SheetCell> &cells) {
                    rows.append({n, cells});
                    return true;
                });
            if (status.ok())
                (void)reader.mergedRanges(0);
            if (!status.ok())
                CHECK_FALSE(status.message().isEmpty());
            (reference ? referenceStatus : fastStatus) = status;
        }
        refused += fastStatus.ok() ? 0 : 1;
        // When both parsers accept a variant they must read the same values.
        if (fastStatus.ok() && referenceStatus.ok()) {
            INFO(path.toStdString());
            CHECK(sameRows(fastRows, referenceRows));
            ++agreed;
        }
    }
    CHECK(refused > count / 4); // the variants are really damaged
    CHECK(agreed > 0);
}
