#pragma once

#include "common/status.h"
#include "meeting/meetingstore.h"
#include "party/censuskpis.h"
#include "roster/rostersummary.h"
#include "workflow/workflowstats.h"

#include <QCoreApplication>
#include <QImage>

#include <memory>

namespace cd {

class Clock;
class Database;
class ReportDocument;

/// Everything the 月度工作报告 says, gathered from the engines that compute it (never typed).
struct MonthlyReportData
{
    int year = 0;
    int month = 0;
    QString community;
    QDateTime at; ///< when the figures were taken

    RosterSummary roster;
    int newPeople = 0;  ///< people added to the roster this month
    int movedIn = 0;
    int movedOut = 0;

    QVector<CensusKpi> censusKpis;
    int censusYear = 0;

    MonthlyStats requests;                        ///< requests listed this month
    QList<QPair<QString, RequestFigures>> trend;  ///< the last six months, oldest first
    QList<Request> overdue;                       ///< open requests past their deadline now

    QVector<MeetingSummary> meetings;             ///< held this month
    QVector<MeetingResolution> openResolutions;   ///< still open at the end of the month
};

/// Charts for the report, drawn by ui/ with Qt Charts; empty images are drawn by core instead.
struct MonthlyReportCharts
{
    QImage categories; ///< requests per category this month
    QImage trend;      ///< satisfaction and on-time rate over the last six months
};

/// The monthly work report: collects the figures, then lays them out as a printable document.
class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(cd::MonthlyReport)

public:
    static Result<MonthlyReportData> collect(Database &database, int year, int month, const Clock &clock);
    static std::unique_ptr<ReportDocument> build(const MonthlyReportData &data, const MonthlyReportCharts &charts = {});

    /// Core's own renderings of the two charts (used by the command line).
    static QImage categoryChart(const MonthlyReportData &data);
    static QImage trendChart(const MonthlyReportData &data);
    /// A census target as the report shows it: figure, value, target, status (met or the gap).
    static QStringList kpiRow(const CensusKpi &kpi);
    /// "95.2%", or "—" without a denominator.
    static QString percent(const std::optional<double> &rate);
};

} // namespace cd
