#include "workflow/workflowboard.h"

#include "common/clock.h"
#include "db/database.h"
#include "workflow/requestreader.h"
#include "workflow/workflowrules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace cd {

namespace {

/// Fixed SQL clauses with their bound values; never any user text in the SQL itself.
struct Where
{
    QStringList clauses;
    QVariantList values;

    QString sql() const { return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")); }
    void add(const QString &clause, const QVariantList &clauseValues = {})
    {
        clauses << clause;
        values << clauseValues;
    }
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Where whereFor(const RequestFilter &filter, const QString &now)
{
    Where where;
    if (filter.categoryId > 0)
        where.add(QStringLiteral("r.category_id = ?"), {filter.categoryId});
    if (filter.handlerId > 0)
        where.add(QStringLiteral("r.handler_id = ?"), {filter.handlerId});
    if (filter.estateId > 0)
        where.add(QStringLiteral("r.estate_id = ?"), {filter.estateId});
    if (filter.severity)
        where.add(QStringLiteral("r.severity = ?"), {WorkflowRules::code(*filter.severity)});
    if (filter.channel)
        where.add(QStringLiteral("r.channel = ?"), {WorkflowRules::code(*filter.channel)});
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        where.add(QStringLiteral("(r.title LIKE ? ESCAPE '\\' OR r.description LIKE ? ESCAPE '\\')"),
                  {likePattern(text), likePattern(text)});
    }
    if (filter.overdueOnly) {
        where.add(QStringLiteral("r.state NOT IN ('returned', 'closed') AND r.round_met_at IS NULL AND r.round_due_at < ?"),
                  {now});
    }
    if (filter.listedFrom.isValid())
        where.add(QStringLiteral("r.listed_at >= ?"), {filter.listedFrom.toString(Qt::ISODate)});
    if (filter.listedTo.isValid())
        where.add(QStringLiteral("r.listed_at < ?"), {filter.listedTo.addDays(1).toString(Qt::ISODate)});
    return where;
}

QString orderFor(RequestState state)
{
    switch (state) {
    case RequestState::Resolved:
    case RequestState::Rated:
        return QStringLiteral(" ORDER BY r.changed_at, r.id");
    case RequestState::Returned:
    case RequestState::Closed:
        return QStringLiteral(" ORDER BY r.changed_at DESC, r.id DESC");
    default:
        return QStringLiteral(" ORDER BY r.round_due_at, r.id");
    }
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

Result<QMap<RequestState, int>> WorkflowBoard::counts(const RequestFilter &filter) const
{
    const Where where = whereFor(filter, m_clock.nowText());
    QSqlQuery query(m_database.sql());
    if (!exec(query, QStringLiteral("SELECT r.state, count(*) FROM request r") + where.sql() + QStringLiteral(" GROUP BY r.state"),
              where.values))
        return Status::failure(tr("Cannot count the requests: %1").arg(query.lastError().text()));
    QMap<RequestState, int> counts;
    while (query.next()) {
        if (const auto state = WorkflowRules::stateFromCode(query.value(0).toString()))
            counts.insert(*state, query.value(1).toInt());
    }
    return counts;
}

Result<QList<Request>> WorkflowBoard::page(RequestState state, const RequestFilter &filter, int offset, int limit) const
{
    Where where = whereFor(filter, m_clock.nowText());
    where.add(QStringLiteral("r.state = ?"), {WorkflowRules::code(state)});
    QVariantList values = where.values;
    values << qMax(0, limit) << qMax(0, offset);
    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    if (!exec(query, RequestReader::selectSql() + where.sql() + orderFor(state) + QStringLiteral(" LIMIT ? OFFSET ?"),
              values))
        return Status::failure(tr("Cannot read the requests: %1").arg(query.lastError().text()));
    const RequestReader reader(query);
    QList<Request> requests;
    while (query.next())
        requests << reader.read(query, m_clock);
    return requests;
}

Result<BoardSnapshot> WorkflowBoard::snapshot(const RequestFilter &filter, int pageSize) const
{
    BoardSnapshot board;
    board.at = m_clock.now();
    const QString now = Clock::toText(board.at);
    const Where where = whereFor(filter, now);
    QSqlQuery query(m_database.sql());
    // Counts come from the (state, round_due_at) index alone; the red ones are the open
    // requests whose current round is past due, a short range of that index per state.
    if (!exec(query, QStringLiteral("SELECT r.state, count(*) FROM request r") + where.sql()
                         + QStringLiteral(" GROUP BY r.state"),
              where.values))
        return Status::failure(tr("Cannot count the requests: %1").arg(query.lastError().text()));
    QMap<RequestState, QPair<int, int>> counts;
    while (query.next()) {
        if (const auto state = WorkflowRules::stateFromCode(query.value(0).toString()))
            counts[*state].first = query.value(1).toInt();
    }
    Where overdue = where;
    overdue.add(QStringLiteral("r.state IN ('listed', 'accepted', 'dispatched', 'taken', 'resolved', 'rated') "
                               "AND r.round_due_at < ? AND r.round_met_at IS NULL"),
                {now});
    if (!exec(query, QStringLiteral("SELECT r.state, count(*) FROM request r") + overdue.sql()
                         + QStringLiteral(" GROUP BY r.state"),
              overdue.values))
        return Status::failure(tr("Cannot count the requests: %1").arg(query.lastError().text()));
    while (query.next()) {
        if (const auto state = WorkflowRules::stateFromCode(query.value(0).toString()))
            counts[*state].second = query.value(1).toInt();
    }
    for (RequestState state : WorkflowRules::allStates()) {
        BoardQueue queue;
        queue.state = state;
        queue.count = counts.value(state).first;
        if (WorkflowRules::isOpen(state)) {
            queue.overdue = counts.value(state).second;
            board.open += queue.count;
            board.overdue += queue.overdue;
        }
        if (queue.count > 0 && pageSize > 0) {
            Result<QList<Request>> first = page(state, filter, 0, pageSize);
            if (!first)
                return first.status();
            queue.firstPage = first.value();
        }
        board.queues << queue;
    }
    return board;
}

} // namespace cd
