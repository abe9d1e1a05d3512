#include "report/chinesedate.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "testsupport.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using cd::ReportDocument;
using cd::ReportWriter;

namespace {

QString pdfText(const QString &pdf)
{
    const auto result = cd::test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(result.exitCode == 0);
    return QString::fromUtf8(result.out);
}

QString pdfInfo(const QString &pdf)
{
    const auto result = cd::test::runProgram(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(result.exitCode == 0);
    return QString::fromUtf8(result.out);
}

cd::ReportTable numberedTable(int rows)
{
    cd::ReportTable table;
    table.headers = {QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("住址")};
    table.columnWidthsPercent = {10, 30, 60};
    for (int i = 1; i <= rows; ++i)
        table.rows << QStringList{QString::number(i), QStringLiteral("居民%1").arg(i), QStringLiteral("幸福小区 3-2-%1").arg(i)};
    return table;
}

} // namespace

TEST_CASE("dates are written the official way", "[report]")
{
    CHECK(cd::chineseDate(QDate(2026, 11, 5)) == QStringLiteral("2026年11月5日"));
    CHECK(cd::chineseDate(QDate(2024, 3, 15)) == QStringLiteral("2024年3月15日"));
    CHECK(cd::chineseDate(QDate()).isEmpty());
    CHECK(cd::chineseMonth(2026, 1) == QStringLiteral("2026年1月"));
    CHECK(ReportWriter::pageLabel(2, 7) == QStringLiteral("第 2 页 共 7 页"));
}

TEST_CASE("a long table repeats its header and pages are numbered", "[report][pdf]")
{
    cd::test::TempDir dir;
    ReportDocument report(cd::PageSetup::landscapeTable());
    report.setRunningHeader(QStringLiteral("幸福小区花名册"), QStringLiteral("打印日期：2026年11月22日"));
    report.addTitle(QStringLiteral("花名册"));
    report.addTable(numberedTable(160));
    const int pages = report.pageCount();
    REQUIRE(pages >= 3);

    const QString pdf = dir.file(QStringLiteral("t.pdf"));
    REQUIRE(ReportWriter::writePdf(report, pdf).ok());
    const QString info = pdfInfo(pdf);
    CHECK(info.contains(QStringLiteral("Pages:           %1").arg(pages)));
    CHECK(info.contains(QLatin1String("842 x 595")));   // A4 landscape, in points
    CHECK(info.contains(QLatin1String("A4")));

    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("住址")) == pages);  // header row on every page
    CHECK(text.count(QStringLiteral("幸福小区花名册")) == pages);
    CHECK(text.contains(QStringLiteral("第 1 页 共 %1 页").arg(pages)));
    CHECK(text.contains(QStringLiteral("第 %1 页 共 %1 页").arg(pages)));
    CHECK(text.contains(QStringLiteral("居民160")));
}

TEST_CASE("official documents keep the GB/T 9704 margins", "[report][pdf]")
{
    cd::test::TempDir dir;
    ReportDocument report(cd::PageSetup::officialDocument());
    report.setPageNumbers(false);
    report.addParagraph(QStringLiteral("左边距测试段落文字"), 16);
    const QString pdf = dir.file(QStringLiteral("m.pdf"));
    REQUIRE(ReportWriter::writePdf(report, pdf).ok());
    CHECK(pdfInfo(pdf).contains(QLatin1String("595 x 842")));

    // The first word's bounding box starts 28 mm from the left and about 37 mm from the top.
    const auto bbox = cd::test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(bbox.exitCode == 0);
    const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\""));
    const auto match = word.match(QString::fromUtf8(bbox.out));
    REQUIRE(match.hasMatch());
    const double xMinMm = match.captured(1).toDouble() * 25.4 / 72;
    const double yMinMm = match.captured(2).toDouble() * 25.4 / 72;
    CHECK(xMinMm == Approx(28).margin(1.0));
    CHECK(yMinMm == Approx(37).margin(3.0));
}

TEST_CASE("reports export to ODT and refuse unknown types", "[report][odt]")
{
    cd::test::TempDir dir;
    ReportDocument report;
    report.addTitle(QStringLiteral("会议纪要"));
    report.addParagraph(QStringLiteral("议定事项：楼道杂物清理"));
    report.addTable(numberedTable(3));
    const QString odt = dir.file(QStringLiteral("r.odt"));
    REQUIRE(ReportWriter::write(report, odt).ok());
    const auto content = cd::test::runPython(QStringLiteral(
        "import sys, zipfile\n"
        "z = zipfile.ZipFile(sys.argv[1])\n"
        "sys.stdout.write(z.read('mimetype').decode() + '\\n' + z.read('content.xml').decode('utf-8'))\n"),
        {odt});
    REQUIRE(content.exitCode == 0);
    const QString xml = QString::fromUtf8(content.out);
    CHECK(xml.startsWith(QLatin1String("application/vnd.oasis.opendocument.text")));
    CHECK(xml.contains(QStringLiteral("楼道杂物清理")));
    CHECK(xml.contains(QStringLiteral("居民3")));

    CHECK_FALSE(ReportWriter::write(report, dir.file(QStringLiteral("r.docx"))).ok());
    // A failed write leaves no file behind.
    CHECK_FALSE(ReportWriter::write(report, dir.file(QStringLiteral("missing/dir/r.pdf"))).ok());
}
