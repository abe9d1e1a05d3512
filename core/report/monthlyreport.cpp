#include "report/monthlyreport.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/settingstore.h"
#include "party/censuscalculator.h"
#include "report/chinesedate.h"
#include "report/reportdocument.h"
#include "workflow/requestcharts.h"
#include "workflow/workflowboard.h"
#include "workflow/workflowrules.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

int countInMonth(Database &database, const QString &sql, const QDate &first)
{
    QSqlQuery query(database.sql());
    query.prepare(sql);
    query.addBindValue(first.toString(Qt::ISODate));
    query.addBindValue(first.addMonths(1).toString(Qt::ISODate));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace

QString MonthlyReport::percent(const std::optional<double> &rate)
{
    return rate ? QStringLiteral("%1%").arg(*rate * 100, 0, 'f', 1) : QStringLiteral("—");
}

Result<MonthlyReportData> MonthlyReport::collect(Database &database, int year, int month, const Clock &clock)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || year < 2000 || year > 2100)
        return Status::failure(tr("%1-%2 is not a month.").arg(year).arg(month));
    const QDate last = first.addMonths(1).addDays(-1);

    MonthlyReportData data;
    data.year = year;
    data.month = month;
    data.community = settingstore::communityName(database);
    data.at = clock.now();

    Result<RosterSummary> roster = RosterSummary::load(database);
    if (!roster)
        return roster.status();
    data.roster = *roster;
    data.newPeople = countInMonth(database, QStringLiteral("SELECT count(*) FROM person_history WHERE kind = 'created' "
                                                           "AND at >= ? AND at < ?"), first);
    data.movedIn = countInMonth(database, QStringLiteral("SELECT count(*) FROM residence WHERE moved_in >= ? AND moved_in < ?"),
                                first);
    data.movedOut = countInMonth(database, QStringLiteral("SELECT count(*) FROM residence WHERE moved_out >= ? AND moved_out < ?"),
                                 first);

    // The census of the report's year as it stands at the month's end (or today, if earlier).
    const QDate asOf = qMin(last, clock.now().date());
    Result<CensusData> census = CensusCalculator::compute(database, year, asOf);
    if (!census)
        return census.status();
    data.censusYear = year;
    data.censusKpis = CensusKpis::build(*census);

    WorkflowStats stats(database, clock);
    const QString monthText = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    Result<MonthlyStats> requests = stats.month(monthText);
    if (!requests)
        return requests.status();
    data.requests = *requests;
    auto trend = stats.trend(first.addMonths(-5), first);
    if (!trend)
        return trend.status();
    data.trend = *trend;
    RequestFilter overdueFilter;
    overdueFilter.overdueOnly = true;
    Result<BoardSnapshot> board = WorkflowBoard(database, clock).snapshot(overdueFilter, 20);
    if (!board)
        return board.status();
    for (const BoardQueue &queue : board->queues)
        data.overdue += queue.firstPage;

    Result<QVector<MeetingSummary>> meetings = MeetingStore::list(database, year);
    if (!meetings)
        return meetings.status();
    for (const MeetingSummary &m : *meetings) {
        if (m.startsAt.date().month() == month)
            data.meetings.prepend(m);
    }
    Result<QVector<MeetingResolution>> open = MeetingStore::openResolutions(database, QDateTime(last.addDays(1), QTime(0, 0)));
    if (!open)
        return open.status();
    data.openResolutions = *open;
    return data;
}

QImage MonthlyReport::categoryChart(const MonthlyReportData &data)
{
    return RequestCharts::perCategory(data.requests.byCategory);
}

QImage MonthlyReport::trendChart(const MonthlyReportData &data)
{
    return RequestCharts::trend(data.trend);
}

QStringList MonthlyReport::kpiRow(const CensusKpi &kpi)
{
    const QString value = kpi.ratio ? QStringLiteral("%1 (%2/%3)").arg(percent(kpi.ratio->value()))
                                          .arg(kpi.ratio->numerator).arg(kpi.ratio->denominator)
                                    : QString::number(kpi.value);
    const QString target = kpi.targetPercent >= 0 ? QStringLiteral("≥ %1%").arg(kpi.targetPercent)
                         : kpi.targetCount >= 0   ? QStringLiteral("%1").arg(kpi.targetCount)
                                                  : QStringLiteral("—");
    return {kpi.label, value, target, kpi.met ? tr("met") : kpi.gap};
}

std::unique_ptr<ReportDocument> MonthlyReport::build(const MonthlyReportData &data, const MonthlyReportCharts &charts)
{
    auto report = std::make_unique<ReportDocument>(PageSetup::portraitReport());
    report->setRunningHeader(data.community, tr("Monthly work report %1").arg(chineseMonth(data.year, data.month)));
    report->addTitle(tr("%1 monthly work report").arg(data.community), 22);
    report->addSubtitle(chineseMonth(data.year, data.month));

    report->addHeading(tr("1. Households and residents"));
    ReportTable roster;
    roster.headers = {tr("Estates"), tr("Buildings"), tr("Dwellings"), tr("Households"), tr("Residents"),
                      tr("Added this month"), tr("Moved in"), tr("Moved out")};
    roster.rows << QStringList{QString::number(data.roster.estates), QString::number(data.roster.buildings),
                               QString::number(data.roster.dwellings), QString::number(data.roster.households),
                               QString::number(data.roster.residents), QString::number(data.newPeople),
                               QString::number(data.movedIn), QString::number(data.movedOut)};
    roster.alignments = QVector<Qt::Alignment>(8, Qt::AlignHCenter);
    report->addTable(roster);

    report->addHeading(tr("2. Party census against the targets (%1)").arg(data.censusYear));
    ReportTable kpis;
    kpis.headers = {tr("Figure"), tr("Value"), tr("Target"), tr("Status")};
    kpis.columnWidthsPercent = {36, 16, 14, 34};
    for (const CensusKpi &kpi : data.censusKpis)
        kpis.rows << kpiRow(kpi);
    report->addTable(kpis);

    const RequestFigures &f = data.requests.total;
    report->addHeading(tr("3. Resident requests (五单)"));
    ReportTable requests;
    requests.headers = {tr("Listed"), tr("Resolved"), tr("Completion rate"), tr("On-time rate"), tr("Satisfaction"),
                        tr("Reopened"), tr("Open and overdue")};
    requests.rows << QStringList{QString::number(f.requests), QString::number(f.resolved), percent(f.completionRate()),
                                 percent(f.onTimeRate()), percent(f.satisfactionRate()), QString::number(f.reopened),
                                 QString::number(f.openOverdue)};
    requests.alignments = QVector<Qt::Alignment>(7, Qt::AlignHCenter);
    report->addTable(requests);
    report->addImage(charts.categories.isNull() ? categoryChart(data) : charts.categories, 150);
    report->addImage(charts.trend.isNull() ? trendChart(data) : charts.trend, 150);
    if (!data.overdue.isEmpty()) {
        report->addParagraph(tr("Open requests past their deadline:"), 12);
        ReportTable overdue;
        overdue.headers = {tr("No."), tr("Request"), tr("Category"), tr("Severity"), tr("Handler"), tr("Listed"), tr("Due")};
        overdue.columnWidthsPercent = {6, 27, 12, 11, 18, 13, 13};
        overdue.fontPointSize = 9;
        for (const Request &r : data.overdue) {
            overdue.rows << QStringList{QString::number(r.id), r.title, r.categoryName, WorkflowRules::label(r.severity),
                                        r.handlerName, r.listedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                        r.roundDueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        }
        report->addTable(overdue);
    }

    report->addHeading(tr("4. Joint meetings and resolutions"));
    if (data.meetings.isEmpty()) {
        report->addParagraph(tr("No joint meeting was held this month: at least one is required every month."), 12);
    } else {
        for (const MeetingSummary &m : data.meetings) {
            report->addParagraph(tr("%1 %2, %3: %4 present, %5 resolutions")
                                     .arg(chineseDate(m.startsAt.date()), MeetingCodes::label(m.kind), m.place)
                                     .arg(m.present)
                                     .arg(m.resolutions),
                                 12);
        }
    }
    if (!data.openResolutions.isEmpty()) {
        ReportTable open;
        open.headers = {tr("Open resolution"), tr("Responsible"), tr("Deadline")};
        open.columnWidthsPercent = {56, 24, 20};
        for (const MeetingResolution &r : data.openResolutions)
            open.rows << QStringList{r.text, r.responsible, chineseDate(r.deadline)};
        report->addTable(open);
    }
    report->addSpacing(6);
    report->addParagraph(tr("Figures as of %1.").arg(chineseDateTime(data.at)), 10.5, Qt::AlignRight);
    return report;
}

} // namespace cd
