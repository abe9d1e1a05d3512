#include "workflow/workflowengine.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "workflow/deadlinepolicy.h"
#include "workflow/requestreader.h"
#include "workflow/workflowrules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cd {

namespace {

/// Runs a prepared statement with its values; the first row (if any) is current afterwards.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values) {
        // A null QString would be bound as SQL NULL; text columns hold '' instead.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    return query.exec();
}

/// SQL NULL for "no link".
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString text(const QDateTime &time)
{
    return Clock::toText(time);
}

} // namespace

WorkflowEngine::WorkflowEngine(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
{
}

Result<QDateTime> WorkflowEngine::stepTime(const QDateTime &given, const QDateTime &previous) const
{
    const QDateTime now = m_clock.now();
    const QDateTime at = given.isValid() ? Clock::naive(given) : now;
    if (at > now)
        return Status::failure(tr("The time %1 lies in the future (now it is %2).").arg(text(at), text(now)));
    if (previous.isValid() && at < previous) {
        return Status::failure(
            tr("The time %1 is earlier than the request's previous step (%2).").arg(text(at), text(previous)));
    }
    return at;
}

Result<qint64> WorkflowEngine::add(const NewRequest &in)
{
    const QString title = in.title.trimmed();
    if (title.isEmpty())
        return Status::failure(tr("A request needs a title."));
    const Result<QDateTime> listedAt = stepTime(in.listedAt, QDateTime());
    if (!listedAt)
        return listedAt.status();
    const Result<DeadlinePolicy> policy = DeadlinePolicy::load(m_database);
    if (!policy)
        return policy.status();

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.startStatus();
    QSqlQuery query(m_database.sql());
    auto databaseError = [&] { return Status::failure(tr("Cannot save the request: %1").arg(query.lastError().text())); };

    if (!run(query, QStringLiteral("SELECT name, archived FROM request_category WHERE id = ?"), {in.categoryId}))
        return databaseError();
    if (!query.next())
        return Status::failure(tr("There is no request category with id %1.").arg(in.categoryId));
    if (query.value(1).toInt() != 0)
        return Status::failure(tr("The category \"%1\" is archived; choose a current one.").arg(query.value(0).toString()));

    if (in.personId > 0) {
        if (!run(query, QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {in.personId}))
            return databaseError();
        if (!query.next())
            return Status::failure(tr("There is no person with id %1.").arg(in.personId));
    }
    qint64 household = in.householdId;
    if (household > 0) {
        if (!run(query, QStringLiteral("SELECT 1 FROM dwelling WHERE id = ?"), {household}))
            return databaseError();
        if (!query.next())
            return Status::failure(tr("There is no dwelling with id %1 (household).").arg(household));
    } else if (in.personId > 0) {
        // The household is where the person lives now.
        if (!run(query, QStringLiteral("SELECT dwelling_id FROM residence WHERE person_id = ? AND moved_out IS NULL "
                                       "ORDER BY moved_in DESC, id DESC LIMIT 1"),
                 {in.personId}))
            return databaseError();
        if (query.next())
            household = query.value(0).toLongLong();
    }

    // The place: a dwelling fills its building and estate; a building its estate.
    PlaceKind kind = PlaceKind::Public;
    qint64 dwelling = in.dwellingId, building = in.buildingId, estate = in.estateId;
    if (dwelling > 0) {
        if (!run(query, QStringLiteral("SELECT u.building_id, b.estate_id FROM dwelling d JOIN unit u ON u.id = d.unit_id "
                                       "JOIN building b ON b.id = u.building_id WHERE d.id = ?"),
                 {dwelling}))
            return databaseError();
        if (!query.next())
            return Status::failure(tr("There is no dwelling with id %1.").arg(dwelling));
        if (building > 0 && building != query.value(0).toLongLong())
            return Status::failure(tr("Dwelling %1 is not in building %2.").arg(dwelling).arg(building));
        building = query.value(0).toLongLong();
        kind = PlaceKind::Dwelling;
    } else if (building > 0) {
        kind = PlaceKind::Building;
    }
    if (building > 0) {
        if (!run(query, QStringLiteral("SELECT estate_id FROM building WHERE id = ?"), {building}))
            return databaseError();
        if (!query.next())
            return Status::failure(tr("There is no building with id %1.").arg(building));
        if (estate > 0 && estate != query.value(0).toLongLong())
            return Status::failure(tr("Building %1 is not in estate %2.").arg(building).arg(estate));
        estate = query.value(0).toLongLong();
    } else if (estate > 0) {
        if (!run(query, QStringLiteral("SELECT 1 FROM estate WHERE id = ?"), {estate}))
            return databaseError();
        if (!query.next())
            return Status::failure(tr("There is no estate with id %1.").arg(estate));
    } else if (household > 0) {
        // A public-area request from a resident belongs to the resident's estate.
        if (!run(query, QStringLiteral("SELECT b.estate_id FROM dwelling d JOIN unit u ON u.id = d.unit_id "
                                       "JOIN building b ON b.id = u.building_id WHERE d.id = ?"),
                 {household}))
            return databaseError();
        if (query.next())
            estate = query.value(0).toLongLong();
    }

    const QDateTime at = listedAt.value();
    const QString due = text(at.addSecs(qint64(policy->allowanceMinutes(in.severity)) * 60));
    const QString arriveDue = text(at.addSecs(qint64(policy->arriveMinutes) * 60));
    if (!run(query,
             QStringLiteral("INSERT INTO request(title, description, channel, category_id, severity, person_id, "
                            "household_id, place_kind, dwelling_id, building_id, estate_id, place_note, state, "
                            "listed_at, deadline_at, arrive_deadline_at, round_started_at, round_due_at, changed_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'listed', ?, ?, ?, ?, ?, ?)"),
             {title, in.description.trimmed(), WorkflowRules::code(in.channel), in.categoryId,
              WorkflowRules::code(in.severity), idOrNull(in.personId), idOrNull(household), WorkflowRules::code(kind),
              idOrNull(dwelling), idOrNull(building), idOrNull(estate), in.placeNote.trimmed(), text(at), due, arriveDue,
              text(at), due, text(at)}))
        return databaseError();
    const qint64 id = query.lastInsertId().toLongLong();
    if (!run(query,
             QStringLiteral("INSERT INTO request_event(request_id, at, actor, action, from_state, to_state, note) "
                            "VALUES (?, ?, ?, 'listed', NULL, 'listed', '')"),
             {id, text(at), in.actor.trimmed()}))
        return databaseError();
    const Status committed = transaction.commit();
    if (!committed)
        return committed;
    return id;
}

Status WorkflowEngine::move(qint64 requestId, const MoveRequest &move)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.startStatus();
    QSqlQuery query(m_database.sql());
    auto databaseError = [&] { return Status::failure(tr("Cannot save the step: %1").arg(query.lastError().text())); };

    if (!run(query, QStringLiteral("SELECT state, severity, handler_id, changed_at FROM request WHERE id = ?"), {requestId}))
        return databaseError();
    if (!query.next())
        return Status::failure(tr("There is no request %1.").arg(requestId));
    const RequestState state = WorkflowRules::stateFromCode(query.value(0).toString()).value_or(RequestState::Closed);
    const Severity severity = WorkflowRules::severityFromCode(query.value(1).toString()).value_or(Severity::Ordinary);
    const qint64 currentHandler = query.value(2).toLongLong();
    const QDateTime previous = Clock::fromText(query.value(3).toString());
    const RequestState to = move.to;

    if (!WorkflowRules::canMove(state, to)) {
        return Status::failure(tr("Request %1 cannot move to %2: it is %3 now; allowed next steps: %4.")
                                   .arg(requestId)
                                   .arg(WorkflowRules::code(to), WorkflowRules::code(state),
                                        WorkflowRules::allowedNextText(state)));
    }
    const Result<QDateTime> stepAt = stepTime(move.at, previous);
    if (!stepAt)
        return stepAt.status();
    const QDateTime at = stepAt.value();
    const QString note = move.note.trimmed();
    const bool reopen = to == RequestState::Rated && move.rating == Rating::Unsatisfied;

    // Each step asks for what it needs, and nothing it would ignore.
    if (move.rating && to != RequestState::Rated)
        return Status::failure(tr("A rating is given only with the step rated."));
    if (move.handlerId > 0 && to != RequestState::Dispatched && !reopen)
        return Status::failure(tr("A handler is named only when dispatching, or with an unsatisfied rating."));
    if (to == RequestState::Returned && note.isEmpty())
        return Status::failure(tr("Returning a request needs the reason for the resident (a note)."));
    if (to == RequestState::Resolved && note.isEmpty())
        return Status::failure(tr("Resolving a request needs the result (a note)."));
    if (to == RequestState::Rated && !move.rating)
        return Status::failure(tr("Rating a request needs the owner's rating: satisfied, basic or unsatisfied."));
    if (to == RequestState::Dispatched && move.handlerId <= 0)
        return Status::failure(tr("Dispatching a request needs a handler."));
    if (move.handlerId > 0) {
        if (!run(query, QStringLiteral("SELECT name, archived FROM handler WHERE id = ?"), {move.handlerId}))
            return databaseError();
        if (!query.next())
            return Status::failure(tr("There is no handler with id %1.").arg(move.handlerId));
        if (query.value(1).toInt() != 0)
            return Status::failure(tr("The handler \"%1\" is archived.").arg(query.value(0).toString()));
        if (state == RequestState::Dispatched && move.handlerId == currentHandler) {
            return Status::failure(
                tr("Request %1 is already dispatched to \"%2\"; name another handler to re-dispatch it.")
                    .arg(requestId)
                    .arg(query.value(0).toString()));
        }
    }

    // Only a new round (listed again, or reopened) reads the policy.
    DeadlinePolicy policy;
    if (to == RequestState::Listed || reopen) {
        const Result<DeadlinePolicy> stored = DeadlinePolicy::load(m_database);
        if (!stored)
            return stored.status();
        policy = stored.value();
    }
    const QString atText = text(at);
    const QString roundDue = text(at.addSecs(qint64(policy.allowanceMinutes(severity)) * 60));
    const qint64 handler = move.handlerId > 0 ? move.handlerId : currentHandler;

    QString sets = QStringLiteral("state = ?, changed_at = ?");
    QVariantList values{WorkflowRules::code(reopen ? RequestState::Dispatched : to), atText};
    switch (to) {
    case RequestState::Listed: // listed again after a return: the clocks start again
        sets += QStringLiteral(", deadline_at = ?, arrive_deadline_at = ?, round_started_at = ?, round_due_at = ?, "
                               "round_met_at = NULL");
        values << roundDue << text(at.addSecs(qint64(policy.arriveMinutes) * 60)) << atText << roundDue;
        break;
    case RequestState::Dispatched:
        sets += QStringLiteral(", handler_id = ?");
        values << handler;
        break;
    case RequestState::Taken:
        sets += QStringLiteral(", first_arrived_at = COALESCE(first_arrived_at, ?)");
        values << atText;
        break;
    case RequestState::Resolved:
        sets += QStringLiteral(", result = ?, first_resolved_at = COALESCE(first_resolved_at, ?), "
                               "met_at = COALESCE(met_at, ?), round_met_at = COALESCE(round_met_at, ?)");
        values << note << atText << atText << atText;
        break;
    case RequestState::Rated:
        sets += QStringLiteral(", rating = ?, rating_comment = ?");
        values << WorkflowRules::code(*move.rating) << note;
        if (reopen) {
            // 重办: a new round with the same allowance, starting now.
            sets += QStringLiteral(", reopen_count = reopen_count + 1, round_started_at = ?, round_due_at = ?, "
                                   "round_met_at = NULL, handler_id = ?");
            values << atText << roundDue << idOrNull(handler);
        }
        break;
    case RequestState::Closed:
        sets += QStringLiteral(", closed_at = ?");
        values << atText;
        break;
    case RequestState::Accepted:
    case RequestState::Returned:
        break;
    }
    values << requestId;
    if (!run(query, QStringLiteral("UPDATE request SET %1 WHERE id = ?").arg(sets), values))
        return databaseError();

    const QString insertEvent = QStringLiteral(
        "INSERT INTO request_event(request_id, at, actor, action, from_state, to_state, note, handler_id, rating) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString actor = move.actor.trimmed();
    const QVariant rating = move.rating ? QVariant(WorkflowRules::code(*move.rating)) : QVariant();
    if (!run(query, insertEvent,
             {requestId, atText, actor, WorkflowRules::code(to), WorkflowRules::code(state), WorkflowRules::code(to),
              note, idOrNull(to == RequestState::Dispatched ? handler : currentHandler), rating}))
        return databaseError();
    if (reopen
        && !run(query, insertEvent,
                {requestId, atText, actor, QStringLiteral("reopened"), WorkflowRules::code(RequestState::Rated),
                 WorkflowRules::code(RequestState::Dispatched), QString(), idOrNull(handler),
                 QVariant()}))
        return databaseError();
    return transaction.commit();
}

Status WorkflowEngine::recordPlan(qint64 requestId, const QString &plan, const QDateTime &atGiven, const QString &actor)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.startStatus();
    QSqlQuery query(m_database.sql());
    auto databaseError = [&] { return Status::failure(tr("Cannot save the plan: %1").arg(query.lastError().text())); };

    if (!run(query, QStringLiteral("SELECT state, severity, handler_id, changed_at FROM request WHERE id = ?"), {requestId}))
        return databaseError();
    if (!query.next())
        return Status::failure(tr("There is no request %1.").arg(requestId));
    const QString state = query.value(0).toString();
    const qint64 handler = query.value(2).toLongLong();
    if (query.value(1).toString() != WorkflowRules::code(Severity::Major))
        return Status::failure(tr("Only a major request gets a plan; request %1 is not major.").arg(requestId));
    if (state != WorkflowRules::code(RequestState::Dispatched) && state != WorkflowRules::code(RequestState::Taken)) {
        return Status::failure(
            tr("A plan is recorded while a request is dispatched or taken; request %1 is %2.").arg(requestId).arg(state));
    }
    const QString planText = plan.trimmed();
    if (planText.isEmpty())
        return Status::failure(tr("The plan is empty."));
    const Result<QDateTime> at = stepTime(atGiven, Clock::fromText(query.value(3).toString()));
    if (!at)
        return at.status();
    const QString atText = text(at.value());
    if (!run(query,
             QStringLiteral("UPDATE request SET plan = ?, met_at = COALESCE(met_at, ?), "
                            "round_met_at = COALESCE(round_met_at, ?), changed_at = ? WHERE id = ?"),
             {planText, atText, atText, atText, requestId}))
        return databaseError();
    if (!run(query,
             QStringLiteral("INSERT INTO request_event(request_id, at, actor, action, from_state, to_state, note, "
                            "handler_id) VALUES (?, ?, ?, 'plan', ?, ?, ?, ?)"),
             {requestId, atText, actor.trimmed(), state, state, planText, idOrNull(handler)}))
        return databaseError();
    return transaction.commit();
}

Result<Request> WorkflowEngine::request(qint64 requestId) const
{
    QSqlQuery query(m_database.sql());
    if (!run(query, RequestReader::selectSql() + QStringLiteral("WHERE r.id = ?"), {requestId}))
        return Status::failure(tr("Cannot read request %1: %2").arg(requestId).arg(query.lastError().text()));
    if (!query.next())
        return Status::failure(tr("There is no request %1.").arg(requestId));
    return RequestReader(query).read(query, m_clock);
}

Result<QList<RequestEvent>> WorkflowEngine::timeline(qint64 requestId) const
{
    QSqlQuery query(m_database.sql());
    if (!run(query,
             QStringLiteral("SELECT ev.id, ev.at, ev.actor, ev.action, ev.from_state, ev.to_state, ev.note, "
                            "ev.handler_id, h.name, ev.rating FROM request_event ev "
                            "LEFT JOIN handler h ON h.id = ev.handler_id WHERE ev.request_id = ? ORDER BY ev.id"),
             {requestId}))
        return Status::failure(tr("Cannot read the timeline of request %1: %2").arg(requestId).arg(query.lastError().text()));
    QList<RequestEvent> events;
    while (query.next()) {
        RequestEvent event;
        event.id = query.value(0).toLongLong();
        event.at = Clock::fromText(query.value(1).toString());
        event.actor = query.value(2).toString();
        event.action = query.value(3).toString();
        if (!query.value(4).isNull())
            event.fromState = WorkflowRules::stateFromCode(query.value(4).toString());
        event.toState = WorkflowRules::stateFromCode(query.value(5).toString()).value_or(RequestState::Listed);
        event.note = query.value(6).toString();
        event.handlerId = query.value(7).toLongLong();
        event.handlerName = query.value(8).toString();
        if (!query.value(9).isNull())
            event.rating = WorkflowRules::ratingFromCode(query.value(9).toString());
        events << event;
    }
    return events;
}

} // namespace cd
