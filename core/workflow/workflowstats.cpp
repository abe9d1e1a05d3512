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

/// The figures of a group of requests, summed by SQLite: one line per figure, in the order
/// readFigures() takes them. Both sides of each time comparison are in the same text format,
/// so string order is time order. The only bound value here is "now" (the first ?).
const char figuresSql[] =
    "count(*), "
    // returned to the resident (and maybe closed so), never handled
    "total(r.state = 'returned' OR (r.state = 'closed' AND r.first_resolved_at IS NULL)), "
    // 办结: resolved, rated or closed after a resolution
    "total(r.first_resolved_at IS NOT NULL AND r.state IN ('resolved', 'rated', 'closed')), "
    "count(r.met_at), "
    "total(COALESCE(r.met_at <= r.deadline_at, 0)), "
    // still open, deadline not met and passed: lowers the on-time rate
    "total(r.met_at IS NULL AND r.state NOT IN ('returned', 'closed') AND r.deadline_at < ?), "
    "count(r.first_arrived_at), "
    "total(CAST(strftime('%s', r.first_arrived_at) AS INTEGER) - CAST(strftime('%s', r.listed_at) AS INTEGER)), "
    "count(r.first_resolved_at), "
    "total(CAST(strftime('%s', r.first_resolved_at) AS INTEGER) - CAST(strftime('%s', r.listed_at) AS INTEGER)), "
    "total(r.rating = 'satisfied'), total(r.rating = 'basic'), "
    // every 不满意 reopened the request once, so reopen_count counts those ratings
    "total(r.reopen_count), count(r.rating), total(r.reopen_count > 0), total(r.reopen_count > 1) ";

RequestFigures readFigures(const QSqlQuery &q, int first)
{
    auto number = [&](int i) { return qint64(q.value(first + i).toDouble()); };
    RequestFigures f;
    f.requests = int(number(0));
    f.returned = int(number(1));
    f.resolved = int(number(2));
    const int met = int(number(3));
    f.onTime = int(number(4));
    f.openOverdue = int(number(5));
    f.judged = met + f.openOverdue;
    f.arrived = int(number(6));
    f.arriveSeconds = number(7);
    f.resolvedOnce = int(number(8));
    f.resolveSeconds = number(9);
    f.satisfied = int(number(10));
    f.basic = int(number(11));
    f.unsatisfied = int(number(12));
    f.ratedRequests = int(number(13));
    f.reopened = int(number(14));
    f.reopenedTwice = int(number(15));
    return f;
}

/// Figures of the requests listed in [from, to) per value of `group`: `keys` fixed SQL
/// expressions, comma-separated.
bool figuresBy(Database &database, const char *group, int keys, const QString &now, const QString &from,
               const QString &to, QList<QPair<QVariantList, RequestFigures>> *out, QString *error)
{
    QSqlQuery query(database.sql());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1, ").arg(QLatin1String(group)) + QLatin1String(figuresSql)
                        + QStringLiteral("FROM request r WHERE r.listed_at >= ? AND r.listed_at < ? GROUP BY %1")
                              .arg(QLatin1String(group));
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    query.addBindValue(now);
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        QVariantList key;
        for (int i = 0; i < keys; ++i)
            key << query.value(i);
        out->append({key, readFigures(query, keys)});
    }
    return true;
}

/// id → name of a small table, for the labels of a breakdown.
QHash<qint64, QString> names(Database &database, const char *sql)
{
    QHash<qint64, QString> names;
    QSqlQuery query(database.sql());
    if (query.exec(QLatin1String(sql))) {
        while (query.next())
            names.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return names;
}

/// Sums the groups by their key number `key` into a breakdown named from `names` (id 0 or
/// NULL gets `none`), most requests first.
QList<FiguresRow> breakdown(const QList<QPair<QVariantList, RequestFigures>> &groups, int key,
                            const QHash<qint64, QString> &names, const QString &none)
{
    QList<FiguresRow> rows;
    QHash<qint64, int> index;
    for (const auto &group : groups) {
        const qint64 id = group.first.at(key).toLongLong();
        auto found = index.constFind(id);
        if (found == index.constEnd()) {
            found = index.insert(id, rows.size());
            rows.append(FiguresRow{id, id > 0 ? names.value(id) : none, {}});
        }
        rows[*found].figures += group.second;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const FiguresRow &a, const FiguresRow &b) {
        if (a.figures.requests != b.figures.requests)
            return a.figures.requests > b.figures.requests;
        return a.name < b.name;
    });
    return rows;
}

QString monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1).toString(Qt::ISODate) + QStringLiteral("T00:00:00");
}

} // namespace

RequestFigures &RequestFigures::operator+=(const RequestFigures &o)
{
    requests += o.requests;
    returned += o.returned;
    resolved += o.resolved;
    onTime += o.onTime;
    judged += o.judged;
    openOverdue += o.openOverdue;
    arrived += o.arrived;
    arriveSeconds += o.arriveSeconds;
    resolvedOnce += o.resolvedOnce;
    resolveSeconds += o.resolveSeconds;
    satisfied += o.satisfied;
    basic += o.basic;
    unsatisfied += o.unsatisfied;
    ratedRequests += o.ratedRequests;
    reopened += o.reopened;
    reopenedTwice += o.reopenedTwice;
    return *this;
}

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

    const QString from = monthStart(first), to = monthStart(first.addMonths(1));
    // One pass over the month, grouped finely; totals and breakdowns are sums of these groups.
    QList<QPair<QVariantList, RequestFigures>> groups;
    QString error;
    if (!figuresBy(m_database, "r.category_id, r.handler_id, r.estate_id", 3, now, from, to, &groups, &error))
        return Status::failure(tr("Cannot compute the statistics: %1").arg(error));
    for (const auto &group : groups)
        stats.total += group.second;
    stats.byCategory = breakdown(groups, 0, names(m_database, "SELECT id, name FROM request_category"), QString());
    stats.byHandler = breakdown(groups, 1, names(m_database, "SELECT id, name FROM handler"), tr("Not dispatched"));
    stats.byEstate = breakdown(groups, 2, names(m_database, "SELECT id, name FROM estate"), tr("No estate"));
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
    QList<QPair<QVariantList, RequestFigures>> groups;
    QString error;
    if (!figuresBy(m_database, "substr(r.listed_at, 1, 7)", 1, m_clock.nowText(), monthStart(first),
                   monthStart(QDate(last.year(), last.month(), 1).addMonths(1)), &groups, &error))
        return Status::failure(tr("Cannot compute the statistics: %1").arg(error));
    for (const auto &group : groups) {
        const auto found = index.constFind(group.first.first().toString());
        if (found != index.constEnd())
            months[*found].second = group.second;
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
