#pragma once

#include "common/status.h"
#include "workflow/request.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <optional>

namespace cd {

class Clock;
class Database;

/// What the board shows; every field narrows the queues and is bound into SQL.
struct RequestFilter
{
    qint64 categoryId = 0;
    qint64 handlerId = 0;
    qint64 estateId = 0;
    std::optional<Severity> severity;
    std::optional<Channel> channel;
    QString text;             ///< in the title or description
    bool overdueOnly = false; ///< only open requests whose current round is past its deadline
    QDate listedFrom;         ///< inclusive; invalid: no bound
    QDate listedTo;           ///< inclusive; invalid: no bound
};

/// One stage of the board.
struct BoardQueue
{
    RequestState state = RequestState::Listed;
    int count = 0;
    int overdue = 0;        ///< red ones among them
    QList<Request> firstPage;
};

/// Counts per stage and the first page of each queue, as the secretary's board opens.
struct BoardSnapshot
{
    QDateTime at;
    QList<BoardQueue> queues; ///< in WorkflowRules::allStates() order
    int open = 0;
    int overdue = 0;
};

/// Queues of requests per stage. Open stages list the most urgent first (earliest
/// deadline of the current round); resolved and rated ones the longest waiting first;
/// returned and closed ones the latest first.
class WorkflowBoard
{
    Q_DECLARE_TR_FUNCTIONS(cd::WorkflowBoard)

public:
    WorkflowBoard(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<BoardSnapshot> snapshot(const RequestFilter &filter = {}, int pageSize = 50) const;
    /// `limit` requests of one queue starting at `offset`.
    Result<QList<Request>> page(RequestState state, const RequestFilter &filter, int offset, int limit) const;
    /// Requests per state under the filter.
    Result<QMap<RequestState, int>> counts(const RequestFilter &filter = {}) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace cd
