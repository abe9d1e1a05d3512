#pragma once

#include "common/status.h"
#include "workflow/request.h"

#include <QCoreApplication>

namespace cd {

class Clock;
class Database;

/// The 五单 loop: lists requests and moves them step by step.
///
/// Every step is one transaction that updates the request and appends its timeline
/// entry (actor, time, note). A step the rules do not allow is refused with a message
/// naming the current state and the allowed next steps (see WorkflowRules::allowedNext).
/// Times default to the injected clock; a given time may lie in the past (recording
/// what happened earlier) but never before the previous step or after now.
class WorkflowEngine
{
    Q_DECLARE_TR_FUNCTIONS(cd::WorkflowEngine)

public:
    WorkflowEngine(Database &database, const Clock &clock);

    /// Lists a new request (列单); returns its id. The household defaults to the person's
    /// current dwelling; a dwelling place also fills the building and estate.
    Result<qint64> add(const NewRequest &request);

    /// One step of the loop. Rated with 不满意 records the rating and reopens the request
    /// to dispatched (重办) in the same transaction, counting the reopening; `handlerId`
    /// may then name a different handler for the redo.
    Status move(qint64 requestId, const MoveRequest &move);

    /// Records the plan for a major problem (the "1" of 5341: a plan within one day).
    /// Allowed while the request is dispatched or taken; meets a major request's deadline.
    Status recordPlan(qint64 requestId, const QString &plan, const QDateTime &at, const QString &actor);

    Result<Request> request(qint64 requestId) const;
    /// Oldest first.
    Result<QList<RequestEvent>> timeline(qint64 requestId) const;

private:
    Result<QDateTime> stepTime(const QDateTime &given, const QDateTime &previous) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace cd
