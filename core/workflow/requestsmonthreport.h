#pragma once

#include "common/status.h"
#include "workflow/workflowstats.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>

namespace cd {

class Clock;
class Database;
class ReportDocument;

/// What the monthly 五单 report says, gathered from WorkflowStats and the board (never typed).
struct RequestsMonthData
{
    QString community;
    MonthlyStats stats;                          ///< requests listed in the month
    QList<QPair<QString, RequestFigures>> trend; ///< the month and the five before it, oldest first
    QList<Request> overdue;                      ///< requests of the month still open past their deadline
    int overdueShown = 0;                        ///< at most this many are listed
};

/// The monthly 五单 report (月度五单报告): counts, 办结率, on-time rate, 满意率, the top categories,
/// handlers, the overdue list and bar charts drawn in core (BarChartImage).
class RequestsMonthReport
{
    Q_DECLARE_TR_FUNCTIONS(cd::RequestsMonthReport)

public:
    /// `month` as YYYY-MM; open requests are judged at `clock`'s now.
    static Result<RequestsMonthData> collect(Database &database, const QString &month, const Clock &clock);
    static std::unique_ptr<ReportDocument> build(const RequestsMonthData &data);
    static Result<std::unique_ptr<ReportDocument>> reportFor(Database &database, const QString &month, const Clock &clock);

    static QImage categoryChart(const RequestsMonthData &data);
    static QImage trendChart(const RequestsMonthData &data);
    static QImage overdueByHandlerChart(const RequestsMonthData &data);
};

} // namespace cd
