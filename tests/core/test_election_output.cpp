// What an election puts on paper and in files: numbered ballots, the 选举结果公告, the
// 表决结果明细表 and 汇总表 (.xlsx read back with openpyxl) and the printed tables.
#include "election/ballotprinter.h"
#include "election/electionprint.h"
#include "election/electiontables.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "test_election_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using cd::test::election::Fixture;

namespace {

QString pdfText(const QString &pdf)
{
    const auto result = cd::test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(result.exitCode == 0);
    return QString::fromUtf8(result.out);
}

int pdfPages(const QString &pdf)
{
    const auto result = cd::test::runProgram(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(result.exitCode == 0);
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// Five owners (one with two flats), three candidates for two seats, four ballots, closed.
struct ClosedElection : Fixture
{
    qint64 id = 0;
    std::vector<qint64> c;

    ClosedElection()
    {
        const qint64 wang = person(QStringLiteral("王建国"), QStringLiteral("cpc_member"));
        own(dwelling(8850), wang);
        own(dwelling(12010), wang);
        const std::vector<qint64> people = owners(4, 10000);
        id = election(2, {wang, people[0], people[1]});
        REQUIRE(store.openVoting(id).ok());
        c = {candidateOf(id, wang), candidateOf(id, people[0]), candidateOf(id, people[1])};
        vote(id, 1, {c[0], c[1]});
        vote(id, 2, {c[0]}, {c[2]});
        vote(id, 3, {c[0]});
        REQUIRE(store.setProxy(id, 4, QStringLiteral("代理人"), QString()).ok());
        REQUIRE(store.enterBallot(id, cd::BallotEntry{4, {c[1]}, {}, false, {}, true, {}}).ok());
        clock.set(QStringLiteral("2026-11-20T18:00:00"));
        REQUIRE(store.close(id).ok());
    }
};

} // namespace

TEST_CASE("election output: one numbered ballot per voter with the candidates", "[election][pdf]")
{
    Fixture f;
    const std::vector<qint64> people = f.owners(12, 10000);
    const qint64 election = f.election(3, {people[0], people[1], people[2], people[3]});
    cd::test::TempDir dir;
    const QString pdf = dir.file(QStringLiteral("ballots.pdf"));
    CHECK_FALSE(cd::BallotPrinter(f.store).writePdf(election, pdf).ok()); // before voting opens
    REQUIRE(f.store.openVoting(election).ok());
    REQUIRE(cd::BallotPrinter(f.store).writePdf(election, pdf).ok());
    CHECK(pdfPages(pdf) == 12);
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("业主委员会委员选举选票")) == 12);
    CHECK(text.contains(QStringLiteral("选票编号：000001")));
    CHECK(text.contains(QStringLiteral("选票编号：000012")));
    CHECK(text.count(f.store.candidates(election)->at(3).name) >= 12);
    CHECK(text.contains(QStringLiteral("不得超过 3 名")));
    CHECK(text.contains(QStringLiteral("第 12 张 共 12 张")));

    // A reprint of two ballots.
    cd::BallotPrinter reprint(f.store);
    reprint.setVoterNumbers({5, 9});
    REQUIRE(reprint.writePdf(election, pdf).ok());
    CHECK(pdfPages(pdf) == 2);
    CHECK(pdfText(pdf).contains(QStringLiteral("选票编号：000009")));
}

TEST_CASE("election output: the result notice states turnout, votes and the elected", "[election][pdf]")
{
    ClosedElection f;
    const cd::Result<std::unique_ptr<cd::ReportDocument>> notice = cd::ElectionPrint(f.store).resultNotice(f.id);
    REQUIRE(notice.ok());
    cd::test::TempDir dir;
    const QString pdf = dir.file(QStringLiteral("notice.pdf"));
    REQUIRE(cd::ReportWriter::writePdf(*notice.value(), pdf).ok());
    const QString text = pdfText(pdf).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("选举结果公告")));
    CHECK(text.contains(QStringLiteral("业主总人数5人")));
    CHECK(text.contains(QStringLiteral("参与表决的业主4人，占业主总人数的80.00%")));
    CHECK(text.contains(QStringLiteral("王建国")));
    CHECK(text.contains(QStringLiteral("2026年11月20日")));
    CHECK(text.contains(QStringLiteral("第二百七十八条")));
}

TEST_CASE("election output: detail and summary tables in .xlsx", "[election][xlsx]")
{
    ClosedElection f;
    cd::test::TempDir dir;
    const QString xlsx = dir.file(QStringLiteral("结果.xlsx"));
    REQUIRE(cd::ElectionTables(f.store).writeXlsx(f.id, xlsx).ok());
    const cd::test::ProcessResult read = cd::test::runPython(QStringLiteral(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = {}
for ws in wb.worksheets:
    out[ws.title] = [[c for c in row] for row in ws.iter_rows(values_only=True)]
print(json.dumps(out, ensure_ascii=False, default=str))
)"), {xlsx});
    REQUIRE(read.exitCode == 0);
    const QJsonObject book = QJsonDocument::fromJson(read.out).object();
    REQUIRE(book.keys().contains(QStringLiteral("表决结果明细表")));
    REQUIRE(book.keys().contains(QStringLiteral("表决结果汇总表")));
    REQUIRE(book.keys().contains(QStringLiteral("参与表决情况")));

    // Summary: title, subtitle, header, then one row per candidate in rank order.
    const QJsonArray summary = book.value(QStringLiteral("表决结果汇总表")).toArray();
    int header = -1;
    for (int i = 0; i < summary.size(); ++i) {
        if (summary.at(i).toArray().at(0).toString() == QStringLiteral("序号"))
            header = i;
    }
    REQUIRE(header >= 0);
    const QJsonArray first = summary.at(header + 1).toArray();
    CHECK(first.at(1).toString() == QStringLiteral("王建国"));
    CHECK(first.at(2).toInt() == 3);                      // yes persons
    CHECK(first.at(4).toDouble() == Approx(408.60));      // yes area: 208.60 + 100 + 100
    CHECK(first.at(3).toDouble() == Approx(0.75));        // of 4 participants
    CHECK(first.last().toString() == QStringLiteral("当选"));

    // Detail: every voter of the frozen roll with the mark for each candidate.
    const QJsonArray detail = book.value(QStringLiteral("表决结果明细表")).toArray();
    QJsonArray wang, proxy, absent;
    for (const QJsonValue &row : detail) {
        const QJsonArray cells = row.toArray();
        if (cells.at(1).toString() == QStringLiteral("王建国"))
            wang = cells;
        if (cells.at(0).toInt() == 4)
            proxy = cells;
        if (cells.at(0).toInt() == 5)
            absent = cells;
    }
    REQUIRE(wang.size() == 10);
    CHECK(wang.at(2).toString() == QStringLiteral("1-1-101、1-1-102"));
    CHECK(wang.at(3).toDouble() == Approx(208.60));
    CHECK(wang.at(4).toString() == QStringLiteral("已投"));
    CHECK(wang.at(6).toString() == QStringLiteral("有效"));
    CHECK(wang.at(7).toString() == QStringLiteral("同意"));
    CHECK(proxy.at(5).toString() == QStringLiteral("是"));
    CHECK(absent.at(4).toString() == QStringLiteral("未投"));

    const QJsonArray turnout = book.value(QStringLiteral("参与表决情况")).toArray();
    bool sawTotal = false;
    for (const QJsonValue &row : turnout) {
        const QJsonArray cells = row.toArray();
        if (cells.at(0).toString() == QStringLiteral("业主总数")) {
            sawTotal = true;
            CHECK(cells.at(1).toInt() == 5);
            CHECK(cells.at(3).toDouble() == Approx(608.60));
        }
    }
    CHECK(sawTotal);
}

TEST_CASE("election output: printed tables and roll carry their totals", "[election][pdf]")
{
    ClosedElection f;
    cd::test::TempDir dir;
    cd::ElectionPrint print(f.store);
    const QString summaryPdf = dir.file(QStringLiteral("summary.pdf"));
    REQUIRE(cd::ReportWriter::writePdf(*print.summaryDocument(f.id).value(), summaryPdf).ok());
    const QString summary = pdfText(summaryPdf);
    CHECK(summary.contains(QStringLiteral("表决结果汇总表")));
    CHECK(summary.contains(QStringLiteral("408.60")));
    const QString rollPdf = dir.file(QStringLiteral("roll.pdf"));
    REQUIRE(cd::ReportWriter::writePdf(*print.rollDocument(f.id).value(), rollPdf).ok());
    const QString roll = pdfText(rollPdf);
    CHECK(roll.contains(QStringLiteral("选民名册")));
    CHECK(roll.contains(QStringLiteral("5 人")));
    CHECK(roll.contains(QStringLiteral("608.60")));
    const QString detailPdf = dir.file(QStringLiteral("detail.pdf"));
    REQUIRE(cd::ReportWriter::writePdf(*print.detailDocument(f.id).value(), detailPdf).ok());
    CHECK(pdfText(detailPdf).contains(QStringLiteral("表决结果明细表")));
}
