// The census workbook read back by openpyxl, and the printed summary read back by pdftotext.
#include "test_party_fixture.h"

#include "party/barchartimage.h"
#include "party/censusreport.h"
#include "party/censusworkbook.h"
#include "roster/privacymask.h"

#include <QRegularExpression>

using namespace cd;

namespace {

// Prints what the test checks: sheet names, freeze panes, titles, headers and chosen cells.
const char *const readWorkbook = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("SHEETS", "|".join(wb.sheetnames))
for ws in wb.worksheets:
    print("SHEET", ws.title, ws.freeze_panes, ws.max_row)
    print("TITLE", ws.cell(1, 1).value)
    print("UNIT", ws.cell(2, 1).value)
    print("HEADER", "|".join(str(c.value) for c in ws[3]))
    print("LAST", "|".join("" if c.value is None else str(c.value) for c in ws[ws.max_row]))
    print("BOLD", ws.cell(3, 1).font.bold, ws.cell(ws.max_row, 2).font.bold)
roster = wb["党员花名册"]
for row in roster.iter_rows(min_row=4, max_row=roster.max_row - 1):
    if row[1].value == "张一":
        print("ZHANG", row[6].value, type(row[6].value).__name__, row[13].value, row[4].value.date(), row[5].value)
summary = wb["汇总表"]
for row in summary.iter_rows(min_row=4, values_only=True):
    if row[1] in ("党员总数", "物业企业党组织组建率", "30岁及以下", "61岁及以上", "正式党员不足3名的党支部"):
        print("SUM", row[1], row[2], row[3], row[4], row[5])
companies = wb["物业企业党建情况"]
for row in companies.iter_rows(min_row=4, values_only=True):
    if row[1] == "乙物业":
        print("YI", row[7], row[9], row[18])
committees = wb["业委会情况"]
for row in committees.iter_rows(min_row=4, values_only=True):
    if row[1] == "阳光花园":
        print("SUNNY", row[5], row[6], row[7], row[8])
)PY";

QStringList linesStartingWith(const QString &output, const QString &prefix)
{
    QStringList out;
    for (const QString &line : output.split(QLatin1Char('\n')))
        if (line.startsWith(prefix + QLatin1Char(' ')))
            out << line.mid(prefix.size() + 1).trimmed();
    return out;
}

} // namespace

TEST_CASE("The census workbook has the six sheets, masked by default", "[party][workbook]")
{
    test::PartyFixture f;
    const CensusData d = f.census();
    const QString path = f.dir.file(QStringLiteral("census.xlsx"));
    PrivacyMask mask(f.db);
    REQUIRE(CensusWorkbook::write(d, mask, path).ok());

    const test::ProcessResult read = test::runPython(QString::fromUtf8(readWorkbook), {path});
    INFO(read.err.toStdString());
    REQUIRE(read.exitCode == 0);
    const QString out = QString::fromUtf8(read.out);
    CHECK(linesStartingWith(out, QStringLiteral("SHEETS")).value(0)
          == QStringLiteral("汇总表|党员花名册|党组织情况|物业企业党建情况|业委会情况|交叉任职"));
    const QStringList sheets = linesStartingWith(out, QStringLiteral("SHEET"));
    REQUIRE(sheets.size() == 6);
    for (const QString &s : sheets)
        CHECK(s.contains(QStringLiteral(" A4 "))); // header row 3 frozen
    CHECK(sheets[1].endsWith(QStringLiteral(" 17"))); // title, unit line, header, 13 members, totals
    const QStringList titles = linesStartingWith(out, QStringLiteral("TITLE"));
    CHECK(titles.value(0) == QStringLiteral("幸福社区2026年党员底数排查汇总表"));
    CHECK(titles.value(1) == QStringLiteral("幸福社区2026年党员底数排查党员花名册"));
    for (const QString &unit : linesStartingWith(out, QStringLiteral("UNIT")))
        CHECK(unit.startsWith(QStringLiteral("填报单位：幸福社区")));
    const QStringList headers = linesStartingWith(out, QStringLiteral("HEADER"));
    CHECK(headers.value(1).startsWith(QStringLiteral("序号|姓名|性别|民族|出生日期|年龄|公民身份号码")));
    CHECK(linesStartingWith(out, QStringLiteral("LAST")).value(1).contains(QStringLiteral("合计：13人")));
    CHECK(linesStartingWith(out, QStringLiteral("BOLD")).value(1) == QStringLiteral("True True"));

    // ID and phone numbers are text and masked.
    const QString zhang = linesStartingWith(out, QStringLiteral("ZHANG")).value(0);
    CHECK(zhang == QStringLiteral("110105********0001 str 138****0001 1995-12-31 31"));

    const QStringList sums = linesStartingWith(out, QStringLiteral("SUM"));
    CHECK(sums.contains(QStringLiteral("党员总数 13 None None None")));
    CHECK(sums.contains(QStringLiteral("物业企业党组织组建率 1 0.5 ≥70% 否")));
    CHECK(sums.filter(QStringLiteral("30岁及以下 1 0.0769")).size() == 1);
    CHECK(sums.filter(QStringLiteral("61岁及以上 2 0.1538")).size() == 1);
    CHECK(sums.contains(QStringLiteral("正式党员不足3名的党支部 2 None 0 否")));
    CHECK(linesStartingWith(out, QStringLiteral("YI")).value(0).startsWith(QStringLiteral("2 未覆盖 正式党员仅2名")));
    CHECK(linesStartingWith(out, QStringLiteral("SUNNY")).value(0) == QStringLiteral("4 2 0.5 是"));
}

TEST_CASE("An unmasked census workbook is a logged choice", "[party][workbook]")
{
    test::PartyFixture f;
    const CensusData d = f.census();
    const QString path = f.dir.file(QStringLiteral("census-full.xlsx"));
    PrivacyMask mask(f.db);
    REQUIRE(mask.unmaskAll(PrivacyMask::IdNumber | PrivacyMask::Phone, QStringLiteral("census workbook test")).ok());
    REQUIRE(CensusWorkbook::write(d, mask, path).ok());
    const test::ProcessResult read = test::runPython(QString::fromUtf8(readWorkbook), {path});
    REQUIRE(read.exitCode == 0);
    CHECK(linesStartingWith(QString::fromUtf8(read.out), QStringLiteral("ZHANG")).value(0)
          == QStringLiteral("110105199512310001 str 13800130001 1995-12-31 31"));
    QSqlQuery q(f.db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'unmask'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("census workbook test")));
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("110105199512310001")));
}

TEST_CASE("The printed census summary has the figures, the gaps and the charts", "[party][report]")
{
    test::PartyFixture f;
    const CensusData d = f.census();
    CensusData last = d;
    last.year = 2025;
    last.companies.formation = {0, 2};
    const QString pdf = f.dir.file(QStringLiteral("census.pdf"));
    REQUIRE(CensusReport::writePdf(d, {last}, pdf).ok());

    const test::ProcessResult text = test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    // pdftotext breaks lines inside table cells; compare without whitespace.
    QString all = QString::fromUtf8(text.out);
    all.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(all.contains(QStringLiteral("幸福社区2026年党员底数排查情况汇总")));
    CHECK(all.contains(QStringLiteral("社区共有党员13名（正式党员11名、预备党员2名）")));
    CHECK(all.contains(QStringLiteral("还差1家物业企业建立党组织")));
    CHECK(all.contains(QStringLiteral("1个业委会党员比例不足50%")));
    CHECK(all.contains(QStringLiteral("与上一轮排查比较")));
    CHECK(all.contains(QStringLiteral("第1页共")));

    const test::ProcessResult images = test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(images.exitCode == 0);
    CHECK(QString::fromUtf8(images.out).count(QStringLiteral("image")) >= 3);
    const test::ProcessResult info = test::runProgram(QStringLiteral("pdfinfo"), {pdf});
    CHECK(QString::fromUtf8(info.out).contains(QStringLiteral("595 x 842"))); // A4
}

TEST_CASE("Bar charts draw their bars", "[party][report]")
{
    BarChartSpec spec;
    spec.title = QStringLiteral("年龄结构");
    spec.categories = {QStringLiteral("甲"), QStringLiteral("乙")};
    spec.values = {10, 0};
    spec.size = QSize(600, 300);
    const QImage image = BarChartImage::render(spec);
    REQUIRE(image.size() == QSize(600, 300));
    // The first bar is party red somewhere in the left half; the second has height 0.
    int left = 0, right = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 180 && c.green() < 60 && c.blue() < 60)
                ++(x < image.width() / 2 ? left : right);
        }
    }
    CHECK(left > 1000);
    CHECK(right == 0);
}
