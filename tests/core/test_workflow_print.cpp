// Printed 五单 documents: the request slip (派单单) and the monthly 五单 report, read back
// with pdftotext; every figure printed equals what WorkflowStats computes.
#include "test_workflow_fixture.h"

#include "report/monthlyreport.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "workflow/requestslip.h"
#include "workflow/requestsmonthreport.h"
#include "workflow/workflowstats.h"

#include <QRegularExpression>

using namespace cd;
using namespace cd::test;

namespace {

QString pdfText(const QString &pdf)
{
    const auto text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    // Table cells and line breaks split words; compare without white space.
    return QString::fromUtf8(text.out).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("request slip: number, place, masked phone, category, severity, deadlines", "[workflow][print]")
{
    WorkflowFixture f;
    QSqlQuery(f.db.sql()).exec(QStringLiteral("UPDATE person SET phone = '13812345678'"));
    NewRequest request;
    request.title = QStringLiteral("楼道灯不亮");
    request.description = QStringLiteral("三楼到五楼的声控灯都不亮，老人晚上上下楼不便。");
    request.categoryId = f.water;
    request.severity = Severity::Complex;
    request.personId = f.person;
    request.dwellingId = f.dwelling;
    request.listedAt = Clock::fromText(QStringLiteral("2025-04-10T09:30:00"));
    request.actor = QStringLiteral("网格员");
    const qint64 id = f.engine.add(request).value();
    f.move(id, RequestState::Accepted, QStringLiteral("2025-04-10T09:32:00"));
    f.move(id, RequestState::Dispatched, QStringLiteral("2025-04-10T09:33:00"), QString(), f.property);

    Result<std::unique_ptr<ReportDocument>> slip = RequestSlip::slipFor(f.db, id, f.clock);
    REQUIRE(slip.ok());
    CHECK(slip.value()->pageSetup().paper == QPageSize::A5);
    CHECK(slip.value()->pageCount() == 1);
    const QString pdf = f.dir.file(QStringLiteral("slip.pdf"));
    REQUIRE(ReportWriter::write(*slip.value(), pdf).ok());
    if (qEnvironmentVariableIsSet("CD_KEEP_SLIP"))
        QFile::copy(pdf, qEnvironmentVariable("CD_KEEP_SLIP"));
    const QString text = pdfText(pdf);
    CHECK(text.contains(RequestSlip::number(id)));
    CHECK(text.contains(QStringLiteral("楼道灯不亮")));
    CHECK(text.contains(QStringLiteral("声控灯都不亮")));
    CHECK(text.contains(QStringLiteral("贾秀英")));
    CHECK(text.contains(QStringLiteral("138****5678")));
    CHECK_FALSE(text.contains(QStringLiteral("13812345678"))); // the full phone never goes on paper
    CHECK(text.contains(QStringLiteral("月亮门小区")));
    CHECK(text.contains(QStringLiteral("水电维修")));
    CHECK(text.contains(QStringLiteral("苏新物业")));
    CHECK(text.contains(WorkflowRules::label(Severity::Complex)));
    CHECK(text.contains(QStringLiteral("2025-04-1009:30")));  // listed
    CHECK(text.contains(QStringLiteral("2025-04-1009:35")));  // on site: 5 minutes
    CHECK(text.contains(QStringLiteral("2025-04-1013:30")));  // complex: 4 hours
    CHECK(text.contains(QStringLiteral("(signature)")));

    CHECK_FALSE(RequestSlip::slipFor(f.db, id + 100, f.clock).ok());
}

TEST_CASE("monthly 五单 report: the figures of WorkflowStats, top categories, overdue list", "[workflow][print]")
{
    WorkflowFixture f;
    // April 2025: a request done on time and rated 满意, one late and rated 不满意 (reopened),
    // one returned, and one still open long past its deadline.
    const qint64 fast = f.add(QStringLiteral("2025-04-01T09:00:00"));
    f.move(fast, RequestState::Accepted, QStringLiteral("2025-04-01T09:01:00"));
    f.move(fast, RequestState::Dispatched, QStringLiteral("2025-04-01T09:02:00"), QString(), f.property);
    f.move(fast, RequestState::Taken, QStringLiteral("2025-04-01T09:04:00"));
    f.move(fast, RequestState::Resolved, QStringLiteral("2025-04-01T09:20:00"), QStringLiteral("已修好"));
    f.move(fast, RequestState::Rated, QStringLiteral("2025-04-01T10:00:00"), QString(), 0, Rating::Satisfied);
    const qint64 late = f.add(QStringLiteral("2025-04-02T09:00:00"), Severity::Ordinary, f.parking,
                              QStringLiteral("车位被占"));
    f.move(late, RequestState::Accepted, QStringLiteral("2025-04-02T09:10:00"));
    f.move(late, RequestState::Dispatched, QStringLiteral("2025-04-02T09:20:00"), QString(), f.property);
    f.move(late, RequestState::Taken, QStringLiteral("2025-04-02T09:40:00"));
    f.move(late, RequestState::Resolved, QStringLiteral("2025-04-02T11:00:00"), QStringLiteral("已劝离"));
    f.move(late, RequestState::Rated, QStringLiteral("2025-04-02T12:00:00"), QString(), 0, Rating::Unsatisfied);
    const qint64 back = f.add(QStringLiteral("2025-04-03T09:00:00"));
    f.move(back, RequestState::Returned, QStringLiteral("2025-04-03T09:05:00"), QStringLiteral("不属于社区事务"));
    const qint64 open = f.add(QStringLiteral("2025-04-04T09:00:00"), Severity::Major, f.water, QStringLiteral("主管爆裂"));
    f.move(open, RequestState::Accepted, QStringLiteral("2025-04-04T09:03:00"));
    f.add(QStringLiteral("2025-03-20T09:00:00")); // another month: not counted

    const Result<RequestsMonthData> data = RequestsMonthReport::collect(f.db, QStringLiteral("2025-04"), f.clock);
    REQUIRE(data.ok());
    const Result<MonthlyStats> stats = WorkflowStats(f.db, f.clock).month(QStringLiteral("2025-04"));
    REQUIRE(stats.ok());
    const RequestFigures &t = stats->total;
    REQUIRE(t.requests == 4);
    CHECK(data->stats.total.requests == t.requests);
    CHECK(t.openOverdue >= 1);
    QList<qint64> overdueIds;
    for (const Request &r : data->overdue)
        overdueIds << r.id;
    CHECK(overdueIds.contains(open));
    CHECK(overdueIds.contains(late)); // reopened, and its redo is past due
    CHECK_FALSE(overdueIds.contains(fast));

    auto report = RequestsMonthReport::build(*data);
    const QString pdf = f.dir.file(QStringLiteral("requests.pdf"));
    REQUIRE(ReportWriter::write(*report, pdf).ok());
    const QString text = pdfText(pdf);
    // The totals row, in table order: listed, returned, resolved, 办结率, on time, 满意率, reopened, overdue.
    const QString totals = QString::number(t.requests) + QString::number(t.returned) + QString::number(t.resolved)
                         + MonthlyReport::percent(t.completionRate()) + MonthlyReport::percent(t.onTimeRate())
                         + MonthlyReport::percent(t.satisfactionRate()) + QString::number(t.reopened)
                         + QString::number(t.openOverdue);
    INFO(text.toStdString());
    CHECK(text.contains(totals));
    CHECK(MonthlyReport::percent(t.satisfactionRate()) == QStringLiteral("50.0%"));
    CHECK(text.contains(QStringLiteral("水电维修")));
    CHECK(text.contains(QStringLiteral("停车")));
    CHECK(text.contains(QStringLiteral("苏新物业")));
    CHECK(text.contains(QStringLiteral("主管爆裂"))); // in the overdue list
    CHECK(text.contains(QStringLiteral("2025年4月")));
    CHECK(report->pageCount() >= 2); // charts are images on the pages
    CHECK_FALSE(RequestsMonthReport::categoryChart(*data).isNull());
    CHECK_FALSE(RequestsMonthReport::trendChart(*data).isNull());
    CHECK_FALSE(RequestsMonthReport::collect(f.db, QStringLiteral("2025-13"), f.clock).ok());
}
