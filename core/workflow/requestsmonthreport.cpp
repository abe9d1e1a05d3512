#include "workflow/requestsmonthreport.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/settingstore.h"
#include "party/barchartimage.h"
#include "report/chinesedate.h"
#include "report/monthlyreport.h"
#include "report/reportdocument.h"
#include "workflow/requestcharts.h"
#include "workflow/workflowboard.h"
#include "workflow/workflowrules.h"

#include <algorithm>

namespace cd {

namespace {

constexpr int overdueLimit = 60;
constexpr int topCategories = 8;

QString minutesText(const std::optional<double> &minutes)
{
    return minutes ? QString::number(*minutes, 'f', 0) : QStringLiteral("—");
}

QString percent(const std::optional<double> &rate)
{
    return MonthlyReport::percent(rate);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

QStringList figuresRow(const QString &name, const RequestFigures &f)
{
    return {name, QString::number(f.requests), QString::number(f.resolved), percent(f.completionRate()),
            percent(f.onTimeRate()), percent(f.satisfactionRate()), QString::number(f.openOverdue)};
}

ReportTable breakdown(const QString &what, const QList<FiguresRow> &rows, int limit)
{
    ReportTable table;
    table.headers = {what, RequestsMonthReport::tr("Listed"), RequestsMonthReport::tr("Resolved"),
                     RequestsMonthReport::tr("Completion rate"), RequestsMonthReport::tr("On-time rate"),
                     RequestsMonthReport::tr("Satisfaction"), RequestsMonthReport::tr("Open and overdue")};
    table.columnWidthsPercent = {28, 11, 11, 13, 13, 12, 12};
    table.alignments = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter,
                        Qt::AlignHCenter, Qt::AlignHCenter};
    table.fontPointSize = 9.5;
    for (int i = 0; i < rows.size() && i < limit; ++i) {
        const FiguresRow &row = rows.at(i);
        table.rows << figuresRow(row.name.isEmpty() ? RequestsMonthReport::tr("(none)") : row.name, row.figures);
    }
    return table;
}

} // namespace

Result<RequestsMonthData> RequestsMonthReport::collect(Database &database, const QString &month, const Clock &clock)
{
    const QDate first = WorkflowStats::parseMonth(month);
    if (!first.isValid())
        return Status::failure(tr("'%1' is not a month: write it as YYYY-MM.").arg(month));
    RequestsMonthData data;
    data.community = settingstore::communityName(database);
    WorkflowStats stats(database, clock);
    Result<MonthlyStats> figures = stats.month(month);
    if (!figures)
        return figures.status();
    data.stats = *figures;
    auto trend = stats.trend(first.addMonths(-5), first);
    if (!trend)
        return trend.status();
    data.trend = *trend;

    RequestFilter filter;
    filter.overdueOnly = true;
    filter.listedFrom = first;
    filter.listedTo = first.addMonths(1).addDays(-1);
    Result<BoardSnapshot> board = WorkflowBoard(database, clock).snapshot(filter, overdueLimit);
    if (!board)
        return board.status();
    for (const BoardQueue &queue : board->queues)
        data.overdue += queue.firstPage;
    std::sort(data.overdue.begin(), data.overdue.end(),
              [](const Request &a, const Request &b) { return a.roundDueAt < b.roundDueAt; });
    if (data.overdue.size() > overdueLimit)
        data.overdue.erase(data.overdue.begin() + overdueLimit, data.overdue.end());
    data.overdueShown = int(data.overdue.size());
    return data;
}

QImage RequestsMonthReport::categoryChart(const RequestsMonthData &data)
{
    return RequestCharts::perCategory(data.stats.byCategory);
}

QImage RequestsMonthReport::trendChart(const RequestsMonthData &data)
{
    return RequestCharts::trend(data.trend);
}

QImage RequestsMonthReport::overdueByHandlerChart(const RequestsMonthData &data)
{
    BarChartSpec spec;
    spec.title = tr("Open and overdue requests per handler");
    for (const FiguresRow &row : data.stats.byHandler) {
        if (row.figures.openOverdue == 0)
            continue;
        spec.categories << (row.name.isEmpty() ? tr("(not dispatched)") : row.name);
        spec.values << row.figures.openOverdue;
    }
    return spec.categories.isEmpty() ? QImage() : BarChartImage::render(spec);
}

std::unique_ptr<ReportDocument> RequestsMonthReport::build(const RequestsMonthData &data)
{
    const QDate first = WorkflowStats::parseMonth(data.stats.month);
    const QString monthText = chineseMonth(first.year(), first.month());
    auto report = std::make_unique<ReportDocument>(PageSetup::portraitReport());
    report->setRunningHeader(data.community, tr("Resident requests %1").arg(monthText));
    report->addTitle(tr("%1 resident requests (五单) report").arg(data.community), 20);
    report->addSubtitle(monthText);

    const RequestFigures &f = data.stats.total;
    report->addHeading(tr("1. Figures of the month"), 14);
    ReportTable totals;
    totals.headers = {tr("Listed"), tr("Returned"), tr("Resolved"), tr("Completion rate"), tr("On-time rate"),
                      tr("Satisfaction"), tr("Reopened"), tr("Open and overdue")};
    totals.rows << QStringList{QString::number(f.requests), QString::number(f.returned), QString::number(f.resolved),
                               percent(f.completionRate()), percent(f.onTimeRate()), percent(f.satisfactionRate()),
                               QString::number(f.reopened), QString::number(f.openOverdue)};
    totals.alignments = QVector<Qt::Alignment>(8, Qt::AlignHCenter);
    totals.fontPointSize = 10;
    report->addTable(totals);
    report->addParagraph(tr("Ratings: %1 satisfied, %2 fairly satisfied, %3 unsatisfied. Mean time to arrive on site: "
                            "%4 min; mean time to resolve: %5 min.")
                             .arg(f.satisfied).arg(f.basic).arg(f.unsatisfied)
                             .arg(minutesText(f.meanArriveMinutes()), minutesText(f.meanResolveMinutes())),
                         11);

    report->addHeading(tr("2. Top categories"), 14);
    report->addTable(breakdown(tr("Category"), data.stats.byCategory, topCategories));
    report->addImage(categoryChart(data), 160);

    report->addHeading(tr("3. Handlers"), 14);
    report->addTable(breakdown(tr("Handler"), data.stats.byHandler, 20));
    const QImage overdueChart = overdueByHandlerChart(data);
    report->addImage(overdueChart, 160);

    report->addHeading(tr("4. Trend"), 14);
    report->addImage(trendChart(data), 160);

    report->addHeading(tr("5. Open requests past their deadline"), 14);
    if (data.overdue.isEmpty()) {
        report->addParagraph(tr("None: every request of the month met its deadline or is still within it."), 11);
    } else {
        ReportTable overdue;
        overdue.headers = {tr("No."), tr("Request"), tr("Category"), tr("Severity"), tr("State"), tr("Handler"),
                           tr("Listed"), tr("Due")};
        overdue.columnWidthsPercent = {7, 27, 11, 8, 9, 14, 12, 12};
        overdue.fontPointSize = 8.5;
        for (const Request &r : data.overdue) {
            overdue.rows << QStringList{QString::number(r.id), r.title, r.categoryName, WorkflowRules::label(r.severity),
                                        WorkflowRules::label(r.state), r.handlerName, timeText(r.listedAt),
                                        timeText(r.roundDueAt)};
        }
        report->addTable(overdue);
    }
    report->addSpacing(4);
    report->addParagraph(tr("Figures as of %1.").arg(chineseDateTime(data.stats.at)), 10, Qt::AlignRight);
    return report;
}

Result<std::unique_ptr<ReportDocument>> RequestsMonthReport::reportFor(Database &database, const QString &month,
                                                                     const Clock &clock)
{
    const Result<RequestsMonthData> data = collect(database, month, clock);
    if (!data)
        return data.status();
    return build(*data);
}

} // namespace cd
