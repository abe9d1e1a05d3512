#include "workflow/requestreader.h"

#include "common/clock.h"
#include "workflow/deadlinepolicy.h"
#include "workflow/workflowrules.h"

#include <QSqlRecord>
#include <QStringList>

namespace cd {

namespace {

const char *const columnNames[] = {
    "id", "title", "description", "channel", "category_id", "category_name", "severity",
    "person_id", "person_name", "household_id", "place_kind", "dwelling_id", "building_id",
    "estate_id", "place_note", "estate_name", "building_number", "unit_number", "room",
    "state", "handler_id", "handler_name", "listed_at", "deadline_at", "arrive_deadline_at",
    "round_started_at", "round_due_at", "round_met_at", "first_arrived_at", "first_resolved_at",
    "met_at", "changed_at", "closed_at", "plan", "result", "rating", "rating_comment", "reopen_count",
};

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : Clock::fromText(value.toString());
}

} // namespace

QString RequestReader::selectSql()
{
    return QStringLiteral(
        "SELECT r.id AS id, r.title AS title, r.description AS description, r.channel AS channel, "
        "r.category_id AS category_id, c.name AS category_name, r.severity AS severity, "
        "r.person_id AS person_id, p.name AS person_name, r.household_id AS household_id, "
        "r.place_kind AS place_kind, r.dwelling_id AS dwelling_id, r.building_id AS building_id, "
        "r.estate_id AS estate_id, r.place_note AS place_note, e.name AS estate_name, "
        "b.number AS building_number, u.number AS unit_number, d.room AS room, "
        "r.state AS state, r.handler_id AS handler_id, h.name AS handler_name, "
        "r.listed_at AS listed_at, r.deadline_at AS deadline_at, r.arrive_deadline_at AS arrive_deadline_at, "
        "r.round_started_at AS round_started_at, r.round_due_at AS round_due_at, "
        "r.round_met_at AS round_met_at, r.first_arrived_at AS first_arrived_at, "
        "r.first_resolved_at AS first_resolved_at, r.met_at AS met_at, r.changed_at AS changed_at, "
        "r.closed_at AS closed_at, r.plan AS plan, r.result AS result, r.rating AS rating, "
        "r.rating_comment AS rating_comment, r.reopen_count AS reopen_count "
        "FROM request r "
        "JOIN request_category c ON c.id = r.category_id "
        "LEFT JOIN person p ON p.id = r.person_id "
        "LEFT JOIN handler h ON h.id = r.handler_id "
        "LEFT JOIN dwelling d ON d.id = r.dwelling_id "
        "LEFT JOIN unit u ON u.id = d.unit_id "
        "LEFT JOIN building b ON b.id = r.building_id "
        "LEFT JOIN estate e ON e.id = r.estate_id ");
}

RequestReader::RequestReader(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    for (const char *name : columnNames)
        m_columns.insert(QLatin1String(name), record.indexOf(QLatin1String(name)));
}

int RequestReader::column(const char *name) const
{
    return m_columns.value(QLatin1String(name), -1);
}

Request RequestReader::read(const QSqlQuery &query, const Clock &clock) const
{
    auto value = [&](const char *name) { return query.value(column(name)); };
    Request r;
    r.id = value("id").toLongLong();
    r.title = value("title").toString();
    r.description = value("description").toString();
    r.channel = WorkflowRules::channelFromCode(value("channel").toString()).value_or(Channel::Phone);
    r.categoryId = value("category_id").toLongLong();
    r.categoryName = value("category_name").toString();
    r.severity = WorkflowRules::severityFromCode(value("severity").toString()).value_or(Severity::Ordinary);
    r.personId = value("person_id").toLongLong();
    r.personName = value("person_name").toString();
    r.householdId = value("household_id").toLongLong();
    r.placeKind = WorkflowRules::placeKindFromCode(value("place_kind").toString()).value_or(PlaceKind::Public);
    r.dwellingId = value("dwelling_id").toLongLong();
    r.buildingId = value("building_id").toLongLong();
    r.estateId = value("estate_id").toLongLong();
    r.placeNote = value("place_note").toString();
    r.placeText = placeText(r.placeKind, value("estate_name").toString(), value("building_number").toString(),
                            value("unit_number").toString(), value("room").toString(), r.placeNote);
    r.state = WorkflowRules::stateFromCode(value("state").toString()).value_or(RequestState::Listed);
    r.handlerId = value("handler_id").toLongLong();
    r.handlerName = value("handler_name").toString();
    r.listedAt = timeOf(value("listed_at"));
    r.deadlineAt = timeOf(value("deadline_at"));
    r.arriveDeadlineAt = timeOf(value("arrive_deadline_at"));
    r.roundStartedAt = timeOf(value("round_started_at"));
    r.roundDueAt = timeOf(value("round_due_at"));
    r.roundMetAt = timeOf(value("round_met_at"));
    r.firstArrivedAt = timeOf(value("first_arrived_at"));
    r.firstResolvedAt = timeOf(value("first_resolved_at"));
    r.metAt = timeOf(value("met_at"));
    r.changedAt = timeOf(value("changed_at"));
    r.closedAt = timeOf(value("closed_at"));
    r.plan = value("plan").toString();
    r.result = value("result").toString();
    const QVariant rating = value("rating");
    if (!rating.isNull())
        r.rating = WorkflowRules::ratingFromCode(rating.toString());
    r.ratingComment = value("rating_comment").toString();
    r.reopenCount = value("reopen_count").toInt();
    r.colour = colourOf(r, clock.now());
    return r;
}

DeadlineColour RequestReader::colourOf(const Request &request, const QDateTime &now)
{
    if (!WorkflowRules::isOpen(request.state) || request.roundMetAt.isValid())
        return DeadlineColour::None;
    return DeadlinePolicy::colourAt(request.roundStartedAt, request.roundDueAt, now);
}

QString RequestReader::placeText(PlaceKind kind, const QString &estate, const QString &building,
                                 const QString &unit, const QString &room, const QString &note)
{
    QStringList parts;
    switch (kind) {
    case PlaceKind::Dwelling:
        // The office shorthand 楼-单元-室, e.g. 3-2-501.
        parts << estate << QStringList{building, unit, room}.join(QLatin1Char('-'));
        break;
    case PlaceKind::Building:
        parts << estate << tr("Building %1").arg(building);
        break;
    case PlaceKind::Public:
        parts << estate << tr("Public area");
        break;
    }
    parts.removeAll(QString());
    QString text = parts.join(QLatin1Char(' '));
    if (!note.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + note;
    return text;
}

} // namespace cd
