#include "workflow/workflowstats.h"

#include "common/clock.h"
#include "db/database.h"
#include "workflow/requestreader.h"
#include "workflow/workflowrules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace cd {

namespace {

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

/// The columns statistics need, one row per request listed in [from, to).
const char statsSql[] =
    "SELECT substr(r.listed_at, 1, 7), r.category_id, c.name, r.handler_id, h.name, r.estate_id, e.name, "
    "r.state, r.deadline_at, r.met_at, r.first_resolved_at, "
    "CAST(strftime('%s', r.first_arrived_at) AS INTEGER) - CAST(strftime('%s', r.listed_at) AS INTEGER), "
    "CAST(strftime('%s', r.first_resolved_at) AS INTEGER) - CAST(strftime('%s', r.listed_at) AS INTEGER), "
    "r.rating, r.reopen_count "
    "FROM request r JOIN request_category c ON c.id = r.category_id "
    "LEFT JOIN handler h ON h.id = r.handler_id LEFT JOIN estate e ON e.id = r.estate_id "
    "WHERE r.listed_at >= ? AND r.listed_at < ?";

enum Column {
    MonthColumn, CategoryId, CategoryName, HandlerId, HandlerName, EstateId, EstateName, State, Deadline, Met,
    FirstResolved, ArriveSeconds, ResolveSeconds, RatingColumn, ReopenCount
};

/// Adds one request (the current row of a statsSql query) to `figures`.
void accumulate(RequestFigures &f, const QSqlQuery &q, const QString &now)
{
    const QString state = q.value(State).toString();
    const bool everResolved = !q.value(FirstResolved).isNull();
    const bool open = state != QLatin1String("returned") && state != QLatin1String("closed");
    ++f.requests;
    if (state == QLatin1String("returned") || (state == QLatin1String("closed") && !everResolved))
        ++f.returned;
    if (everResolved && (state == QLatin1String("resolved") || state == QLatin1String("rated")
                         || state == QLatin1String("closed")))
        ++f.resolved;

    // Same text format on both sides, so string order is time order.
    const QString deadline = q.value(Deadline).toString();
    if (!q.value(Met).isNull()) {
        ++f.judged;
        if (q.value(Met).toString() <= deadline)
            ++f.onTime;
    } else if (open && deadline < now) {
        ++f.judged;
        ++f.openOverdue;
    }

    if (!q.value(ArriveSeconds).isNull()) {
        ++f.arrived;
        f.arriveSeconds += q.value(ArriveSeconds).toLongLong();
    }
    if (everResolved) {
        ++f.resolvedOnce;
        f.resolveSeconds += q.value(ResolveSeconds).toLongLong();
    }
    // Every 不满意 reopened the request once, so reopen_count counts those ratings;
    // the last rating, when not 不满意, adds one more.
    const QString rating = q.value(RatingColumn).toString();
    const int reopens = q.value(ReopenCount).toInt();
    if (rating == QLatin1String("satisfied"))
        ++f.satisfied;
    else if (rating == QLatin1String("basic"))
        ++f.basic;
    f.unsatisfied += reopens;
    if (!q.value(RatingColumn).isNull())
        ++f.ratedRequests;
    if (reopens > 0)
        ++f.reopened;
    if (reopens > 1)
        ++f.reopenedTwice;
}

/// Collects rows by a key, keeping the order of first appearance for stable output.
class Breakdown
{
public:
    RequestFigures &at(qint64 id, const QString &name)
    {
        auto found = m_index.constFind(id);
        if (found != m_index.constEnd())
            return m_rows[*found].figures;
        m_index.insert(id, m_rows.size());
        m_rows.append(FiguresRow{id, name, {}});
        return m_rows.last().figures;
    }
    QList<FiguresRow> sorted() const
    {
        QList<FiguresRow> rows = m_rows;
        std::stable_sort(rows.begin(), rows.end(), [](const FiguresRow &a, const FiguresRow &b) {
            if (a.figures.requests != b.figures.requests)
                return a.figures.requests > b.figures.requests;
            return a.name < b.name;
        });
        return rows;
    }

private:
    QHash<qint64, int> m_index;
    QList<FiguresRow> m_rows;
};

QString monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1).toString(Qt::ISODate) + QStringLiteral("T00:00:00");
}

} // namespace

std::optional<double> RequestFigures::completionRate() const { return ratio(resolved, requests - returned); }
std::optional<double> RequestFigures::onTimeRate() const { return ratio(onTime, judged); }
std::optional<double> RequestFigures::meanArriveMinutes() const
{
    return arrived > 0 ? std::optional<double>(arriveSeconds / 60.0 / arrived) : std::nullopt;
}
std::optional<double> RequestFigures::meanResolveMinutes() const
{
    return resolvedOnce > 0 ? std::optional<double>(resolveSeconds / 60.0 / resolvedOnce) : std::nullopt;
}
std::optional<double> RequestFigures::satisfactionRate() const { return ratio(satisfied + basic, ratings()); }
std::optional<double> RequestFigures::reopenRate() const { return ratio(reopened, ratedRequests); }

QDate WorkflowStats::parseMonth(const QString &month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(month.trimmed());
    if (!match.hasMatch())
        return QDate();
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
}

Result<MonthlyStats> WorkflowStats::month(const QString &month) const
{
    const QDate first = parseMonth(month);
    if (!first.isValid())
        return Status::failure(tr("\"%1\" is not a month; write it as YYYY-MM, e.g. 2025-03.").arg(month));
    MonthlyStats stats;
    stats.month = first.toString(QStringLiteral("yyyy-MM"));
    stats.at = m_clock.now();
    const QString now = Clock::toText(stats.at);

    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(statsSql));
    query.addBindValue(monthStart(first));
    query.addBindValue(monthStart(first.addMonths(1)));
    if (!query.exec())
        return Status::failure(tr("Cannot compute the statistics: %1").arg(query.lastError().text()));
    Breakdown categories, handlers, estates;
    const QString notDispatched = tr("Not dispatched");
    const QString noEstate = tr("No estate");
    while (query.next()) {
        accumulate(stats.total, query, now);
        accumulate(categories.at(query.value(CategoryId).toLongLong(), query.value(CategoryName).toString()), query, now);
        const qint64 handler = query.value(HandlerId).toLongLong();
        accumulate(handlers.at(handler, handler > 0 ? query.value(HandlerName).toString() : notDispatched), query, now);
        const qint64 estate = query.value(EstateId).toLongLong();
        accumulate(estates.at(estate, estate > 0 ? query.value(EstateName).toString() : noEstate), query, now);
    }
    stats.byCategory = categories.sorted();
    stats.byHandler = handlers.sorted();
    stats.byEstate = estates.sorted();
    return stats;
}

Result<QList<QPair<QString, RequestFigures>>> WorkflowStats::trend(const QDate &first, const QDate &last) const
{
    if (!first.isValid() || !last.isValid() || last < first)
        return Status::failure(tr("The months of the trend are not a valid range."));
    QList<QPair<QString, RequestFigures>> months;
    QHash<QString, int> index;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        index.insert(month.toString(QStringLiteral("yyyy-MM")), months.size());
        months.append({month.toString(QStringLiteral("yyyy-MM")), RequestFigures()});
    }
    const QString now = m_clock.nowText();
    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(statsSql));
    query.addBindValue(monthStart(first));
    query.addBindValue(monthStart(QDate(last.year(), last.month(), 1).addMonths(1)));
    if (!query.exec())
        return Status::failure(tr("Cannot compute the statistics: %1").arg(query.lastError().text()));
    while (query.next()) {
        const auto found = index.constFind(query.value(MonthColumn).toString());
        if (found != index.constEnd())
            accumulate(months[*found].second, query, now);
    }
    return months;
}

Result<QList<MeetingItem>> WorkflowStats::meetingCandidates() const
{
    const QString now = m_clock.nowText();
    QSqlQuery query(m_database.sql());
    query.prepare(RequestReader::selectSql()
                  + QStringLiteral("WHERE r.state NOT IN ('returned', 'closed') AND ("
                                   "(r.severity = 'major' AND r.round_met_at IS NULL AND r.round_due_at < ?) "
                                   "OR r.reopen_count >= 2 OR r.rating = 'unsatisfied') "
                                   "ORDER BY r.listed_at, r.id"));
    query.addBindValue(now);
    if (!query.exec())
        return Status::failure(tr("Cannot list the requests for the joint meeting: %1").arg(query.lastError().text()));
    const RequestReader reader(query);
    QList<MeetingItem> items;
    while (query.next()) {
        MeetingItem item;
        item.request = reader.read(query, m_clock);
        const Request &r = item.request;
        if (r.severity == Severity::Major && !r.roundMetAt.isValid() && Clock::toText(r.roundDueAt) < now)
            item.reasons << QStringLiteral("overdue_major");
        if (r.reopenCount >= 2)
            item.reasons << QStringLiteral("reopened_twice");
        if (r.rating == Rating::Unsatisfied)
            item.reasons << QStringLiteral("unsatisfied");
        items << item;
    }
    return items;
}

} // namespace cd
