#pragma once

#include "common/status.h"
#include "workflow/request.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace cd {

class Clock;
class Database;

/// Figures over a set of requests (a month, or one category / handler / estate of it).
/// Rates are empty when their denominator is zero.
struct RequestFigures
{
    int requests = 0;    ///< listed
    int returned = 0;    ///< returned to the resident (and possibly closed so), never handled
    int resolved = 0;    ///< 办结: resolved, rated or closed after a resolution
    int onTime = 0;      ///< met the 5341 deadline (first resolution, or a major problem's plan)
    int judged = 0;      ///< met (in time or late) + open and past the deadline
    int openOverdue = 0; ///< still open, deadline not met and passed
    int arrived = 0;
    qint64 arriveSeconds = 0;  ///< listing → first arrival, summed over `arrived`
    int resolvedOnce = 0;
    qint64 resolveSeconds = 0; ///< listing → first resolution, summed over `resolvedOnce`
    int satisfied = 0;   ///< ratings 满意
    int basic = 0;       ///< ratings 基本满意
    int unsatisfied = 0; ///< ratings 不满意 (each reopened the request once)
    int ratedRequests = 0;
    int reopened = 0;    ///< requests reopened at least once
    int reopenedTwice = 0;

    int ratings() const { return satisfied + basic + unsatisfied; }
    /// Adds the figures of another, disjoint set of requests.
    RequestFigures &operator+=(const RequestFigures &other);
    /// 办结率 = resolved / (listed − returned).
    std::optional<double> completionRate() const;
    /// On-time rate = onTime / judged: an open request past its deadline lowers it.
    std::optional<double> onTimeRate() const;
    std::optional<double> meanArriveMinutes() const;
    std::optional<double> meanResolveMinutes() const;
    /// 满意率 = (满意 + 基本满意) / ratings.
    std::optional<double> satisfactionRate() const;
    /// Reopen rate = requests reopened / requests rated at least once.
    std::optional<double> reopenRate() const;
};

/// One line of a breakdown: a category, a handler or an estate (id 0: none).
struct FiguresRow
{
    qint64 id = 0;
    QString name;
    RequestFigures figures;
};

/// The 五单 figures of one month (requests listed in that month), seen at `at`.
struct MonthlyStats
{
    QString month; ///< YYYY-MM
    QDateTime at;
    RequestFigures total;
    QList<FiguresRow> byCategory; ///< most requests first
    QList<FiguresRow> byHandler;
    QList<FiguresRow> byEstate;
};

/// A request for the next joint meeting (党建联席会议) and why.
struct MeetingItem
{
    Request request;
    /// overdue_major (a major problem past its deadline), reopened_twice, unsatisfied (last rating 不满意).
    QStringList reasons;
};

/// Statistics of the 五单 loop. Requests count in the month they were listed; open
/// requests are judged against the injected clock.
class WorkflowStats
{
    Q_DECLARE_TR_FUNCTIONS(cd::WorkflowStats)

public:
    WorkflowStats(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    /// `month` as YYYY-MM.
    Result<MonthlyStats> month(const QString &month) const;
    /// Totals per month from `first` to `last` (any day of those months), oldest first;
    /// months without requests are included with zeros.
    Result<QList<QPair<QString, RequestFigures>>> trend(const QDate &first, const QDate &last) const;
    /// Open requests that should go to the next joint meeting, oldest first.
    Result<QList<MeetingItem>> meetingCandidates() const;

    /// YYYY-MM → its first day; invalid for anything else.
    static QDate parseMonth(const QString &month);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace cd
