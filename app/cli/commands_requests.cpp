// 五单 requests: request add/move/plan/show/photo, and the JSON shapes the 五单 commands share.
#include "commands_requests.h"
#include "commands.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "workflow/categorystore.h"
#include "workflow/handlerstore.h"
#include "workflow/requestphotos.h"
#include "workflow/workflowengine.h"
#include "workflow/workflowrules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

namespace cd::cli {

QString actorOf(const CommandArgs &args)
{
    QString actor = args.value(QStringLiteral("actor"));
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    return actor.isEmpty() ? QStringLiteral("communitydesk-cli") : actor;
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(Clock::toText(time)) : QJsonValue();
}

QJsonValue idJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue rateJson(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 10000.0) / 10000.0) : QJsonValue();
}

QJsonArray codes(const QList<RequestState> &states)
{
    QJsonArray array;
    for (RequestState state : states)
        array.append(WorkflowRules::code(state));
    return array;
}

QJsonObject requestJson(const Request &r)
{
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("channel"), WorkflowRules::code(r.channel)},
        {QStringLiteral("category"), QJsonObject{{QStringLiteral("id"), r.categoryId}, {QStringLiteral("name"), r.categoryName}}},
        {QStringLiteral("severity"), WorkflowRules::code(r.severity)},
        {QStringLiteral("person_id"), idJson(r.personId)},
        {QStringLiteral("person_name"), r.personName},
        {QStringLiteral("household_id"), idJson(r.householdId)},
        {QStringLiteral("place"), QJsonObject{{QStringLiteral("kind"), WorkflowRules::code(r.placeKind)},
                                              {QStringLiteral("dwelling_id"), idJson(r.dwellingId)},
                                              {QStringLiteral("building_id"), idJson(r.buildingId)},
                                              {QStringLiteral("estate_id"), idJson(r.estateId)},
                                              {QStringLiteral("note"), r.placeNote},
                                              {QStringLiteral("text"), r.placeText}}},
        {QStringLiteral("state"), WorkflowRules::code(r.state)},
        {QStringLiteral("allowed_next"), codes(WorkflowRules::allowedNext(r.state))},
        {QStringLiteral("handler"), r.handlerId > 0 ? QJsonValue(QJsonObject{{QStringLiteral("id"), r.handlerId},
                                                                             {QStringLiteral("name"), r.handlerName}})
                                                    : QJsonValue()},
        {QStringLiteral("colour"), WorkflowRules::code(r.colour)},
        {QStringLiteral("listed_at"), timeJson(r.listedAt)},
        {QStringLiteral("deadline_at"), timeJson(r.deadlineAt)},
        {QStringLiteral("arrive_deadline_at"), timeJson(r.arriveDeadlineAt)},
        {QStringLiteral("round_started_at"), timeJson(r.roundStartedAt)},
        {QStringLiteral("round_due_at"), timeJson(r.roundDueAt)},
        {QStringLiteral("first_arrived_at"), timeJson(r.firstArrivedAt)},
        {QStringLiteral("first_resolved_at"), timeJson(r.firstResolvedAt)},
        {QStringLiteral("met_at"), timeJson(r.metAt)},
        {QStringLiteral("changed_at"), timeJson(r.changedAt)},
        {QStringLiteral("closed_at"), timeJson(r.closedAt)},
        {QStringLiteral("plan"), r.plan},
        {QStringLiteral("result"), r.result},
        {QStringLiteral("rating"), r.rating ? QJsonValue(WorkflowRules::code(*r.rating)) : QJsonValue()},
        {QStringLiteral("rating_comment"), r.ratingComment},
        {QStringLiteral("reopen_count"), r.reopenCount},
    };
}

/// The request with its timeline and photos, as `request show` and every step print it.
int answerRequest(CommandContext &context, qint64 id, const QString &text, bool alwaysJson)
{
    SystemClock clock;
    WorkflowEngine engine(*context.database(), clock);
    const Result<Request> request = engine.request(id);
    if (!request)
        return context.refuse(request.message());
    const Result<QList<RequestEvent>> events = engine.timeline(id);
    if (!events)
        return context.refuse(events.message());
    const Result<QList<RequestPhoto>> photos = RequestPhotos(*context.database(), clock).list(id);
    if (!photos)
        return context.refuse(photos.message());

    QJsonObject object = requestJson(request.value());
    QJsonArray timeline;
    QString lines;
    for (const RequestEvent &event : events.value()) {
        timeline.append(QJsonObject{
            {QStringLiteral("at"), timeJson(event.at)},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("action"), event.action},
            {QStringLiteral("from"), event.fromState ? QJsonValue(WorkflowRules::code(*event.fromState)) : QJsonValue()},
            {QStringLiteral("to"), WorkflowRules::code(event.toState)},
            {QStringLiteral("note"), event.note},
            {QStringLiteral("handler"), event.handlerName.isEmpty() ? QJsonValue() : QJsonValue(event.handlerName)},
            {QStringLiteral("rating"), event.rating ? QJsonValue(WorkflowRules::code(*event.rating)) : QJsonValue()},
        });
        lines += QStringLiteral("\n  %1  %2  %3%4").arg(Clock::toText(event.at), event.action, event.actor,
                                                         event.note.isEmpty() ? QString() : QStringLiteral("  ") + event.note);
    }
    object.insert(QStringLiteral("timeline"), timeline);
    QJsonArray photoArray;
    for (const RequestPhoto &photo : photos.value()) {
        photoArray.append(QJsonObject{{QStringLiteral("id"), photo.id}, {QStringLiteral("file_name"), photo.fileName},
                                      {QStringLiteral("width"), photo.width}, {QStringLiteral("height"), photo.height}});
    }
    object.insert(QStringLiteral("photos"), photoArray);
    if (alwaysJson && !context.json()) {
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        context.out().flush();
        return Ok;
    }
    const Request &r = request.value();
    const QString summary = QStringLiteral("%1\nRequest %2 [%3] %4 — %5, %6, %7, deadline %8 (%9); next: %10")
                                .arg(text)
                                .arg(r.id)
                                .arg(WorkflowRules::code(r.state), r.title, r.categoryName, WorkflowRules::code(r.severity),
                                     r.handlerName.isEmpty() ? QStringLiteral("no handler") : r.handlerName,
                                     Clock::toText(r.roundDueAt), WorkflowRules::code(r.colour),
                                     WorkflowRules::allowedNextText(r.state));
    return context.answer(object, (summary + lines).trimmed());
}

QJsonObject figuresJson(const RequestFigures &f)
{
    return {{QStringLiteral("requests"), f.requests},
            {QStringLiteral("returned"), f.returned},
            {QStringLiteral("resolved"), f.resolved},
            {QStringLiteral("completion_rate"), rateJson(f.completionRate())},
            {QStringLiteral("on_time"), f.onTime},
            {QStringLiteral("judged"), f.judged},
            {QStringLiteral("open_overdue"), f.openOverdue},
            {QStringLiteral("on_time_rate"), rateJson(f.onTimeRate())},
            {QStringLiteral("mean_arrive_minutes"), rateJson(f.meanArriveMinutes())},
            {QStringLiteral("mean_resolve_minutes"), rateJson(f.meanResolveMinutes())},
            {QStringLiteral("satisfied"), f.satisfied},
            {QStringLiteral("basic"), f.basic},
            {QStringLiteral("unsatisfied"), f.unsatisfied},
            {QStringLiteral("satisfaction_rate"), rateJson(f.satisfactionRate())},
            {QStringLiteral("reopened"), f.reopened},
            {QStringLiteral("reopen_rate"), rateJson(f.reopenRate())}};
}

QJsonArray rowsJson(const QList<FiguresRow> &rows)
{
    QJsonArray array;
    for (const FiguresRow &row : rows) {
        QJsonObject object = figuresJson(row.figures);
        object.insert(QStringLiteral("id"), idJson(row.id));
        object.insert(QStringLiteral("name"), row.name);
        array.append(object);
    }
    return array;
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

namespace {

/// Reads an optional positive id key; false (with `error`) when present but not a whole number.
bool optionalId(const QJsonObject &object, const char *key, qint64 *id, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number != std::floor(number)) {
        *error = QStringLiteral("\"%1\" must be a positive whole number").arg(QLatin1String(key));
        return false;
    }
    *id = qint64(number);
    return true;
}

int addCommand(CommandContext &context, const CommandArgs &args)
{
    const QString path = args.value(QStringLiteral("json-file"));
    if (path.isEmpty())
        return context.refuse(QStringLiteral("request add needs --json-file FILE"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.refuse(QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return context.refuse(QStringLiteral("%1 is not a JSON object: %2").arg(QDir::toNativeSeparators(path), parseError.errorString()));
    const QJsonObject object = document.object();
    static const QStringList known = {
        QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("category"), QStringLiteral("severity"),
        QStringLiteral("channel"), QStringLiteral("person_id"), QStringLiteral("household_id"), QStringLiteral("dwelling_id"),
        QStringLiteral("building_id"), QStringLiteral("estate_id"), QStringLiteral("place_note"),
        QStringLiteral("listed_at"), QStringLiteral("photos")};
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return context.refuse(QStringLiteral("unknown key \"%1\"; known keys: %2").arg(key, known.join(QStringLiteral(", "))));
    }
    for (const char *key : {"title", "category", "severity", "channel"}) {
        if (!object.value(QLatin1String(key)).isString() && !(QLatin1String(key) == QLatin1String("category")
                                                               && object.value(QLatin1String(key)).isDouble()))
            return context.refuse(QStringLiteral("the key \"%1\" is required").arg(QLatin1String(key)));
    }
    Database *database = context.database();
    if (!database)
        return Refused;

    NewRequest request;
    request.title = object.value(QStringLiteral("title")).toString();
    request.description = object.value(QStringLiteral("description")).toString();
    request.placeNote = object.value(QStringLiteral("place_note")).toString();
    request.actor = actorOf(args);
    const QJsonValue categoryValue = object.value(QStringLiteral("category"));
    const Result<RequestCategory> category = CategoryStore(*database).find(
        categoryValue.isDouble() ? QString::number(categoryValue.toInteger()) : categoryValue.toString());
    if (!category)
        return context.refuse(category.message());
    request.categoryId = category->id;
    const auto severity = WorkflowRules::severityFromCode(object.value(QStringLiteral("severity")).toString());
    if (!severity)
        return context.refuse(QStringLiteral("severity must be 普通, 复杂 or 重大 (ordinary, complex, major)"));
    request.severity = *severity;
    const auto channel = WorkflowRules::channelFromCode(object.value(QStringLiteral("channel")).toString());
    if (!channel) {
        return context.refuse(QStringLiteral("channel must be one of 上门, 电话, 网格员走访, 敲门行动, 民情恳谈会, 线上, "
                                             "12345转办 (walk_in, phone, grid_worker, door_knock, residents_forum, "
                                             "online, hotline_12345)"));
    }
    request.channel = *channel;
    QString error;
    if (!optionalId(object, "person_id", &request.personId, &error)
        || !optionalId(object, "household_id", &request.householdId, &error)
        || !optionalId(object, "dwelling_id", &request.dwellingId, &error)
        || !optionalId(object, "building_id", &request.buildingId, &error)
        || !optionalId(object, "estate_id", &request.estateId, &error))
        return context.refuse(error);
    if (object.contains(QStringLiteral("listed_at"))) {
        request.listedAt = Clock::fromText(object.value(QStringLiteral("listed_at")).toString());
        if (!request.listedAt.isValid())
            return context.refuse(QStringLiteral("listed_at must be a time like 2025-03-05T09:30:00"));
    }
    // Photos are read before anything is written, so a missing file changes nothing.
    QList<QPair<QString, QByteArray>> photos;
    const QDir base = QFileInfo(path).absoluteDir();
    for (const QJsonValue &photo : object.value(QStringLiteral("photos")).toArray()) {
        QFile photoFile(base.absoluteFilePath(photo.toString()));
        if (!photoFile.open(QIODevice::ReadOnly))
            return context.refuse(QStringLiteral("cannot read the photo %1").arg(QDir::toNativeSeparators(photoFile.fileName())));
        photos.append({QFileInfo(photoFile.fileName()).fileName(), photoFile.readAll()});
    }

    SystemClock clock;
    Transaction transaction(*database);
    if (!transaction.isActive())
        return context.refuse(transaction.startStatus().message());
    const Result<qint64> id = WorkflowEngine(*database, clock).add(request);
    if (!id)
        return context.refuse(id.message());
    RequestPhotos store(*database, clock);
    for (const auto &photo : photos) {
        const Result<qint64> added = store.add(id.value(), photo.second, photo.first);
        if (!added)
            return context.refuse(added.message());
    }
    const Status committed = transaction.commit();
    if (!committed)
        return context.refuse(committed.message());
    // The new request is printed as JSON even without --json, so scripts can take its id.
    return answerRequest(context, id.value(), QString(), true);
}

int moveCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!parseId(args.positional.at(0), &id))
        return context.refuse(QStringLiteral("\"%1\" is not a request id").arg(args.positional.at(0)));
    const auto state = WorkflowRules::stateFromCode(args.positional.at(1));
    if (!state) {
        return context.refuse(QStringLiteral("unknown state \"%1\"; states: %2")
                                  .arg(args.positional.at(1))
                                  .arg(QStringLiteral("listed, accepted, returned, dispatched, taken, resolved, rated, closed")));
    }
    Database *database = context.database();
    if (!database)
        return Refused;
    MoveRequest move;
    move.to = *state;
    move.actor = actorOf(args);
    move.note = args.value(QStringLiteral("note"));
    if (args.values.contains(QStringLiteral("at"))) {
        move.at = Clock::fromText(args.value(QStringLiteral("at")));
        if (!move.at.isValid())
            return context.refuse(QStringLiteral("--at must be a time like 2025-03-05T09:30:00"));
    }
    if (args.values.contains(QStringLiteral("handler"))) {
        const Result<Handler> handler = HandlerStore(*database).find(args.value(QStringLiteral("handler")));
        if (!handler)
            return context.refuse(handler.message());
        move.handlerId = handler->id;
    }
    if (args.values.contains(QStringLiteral("rating"))) {
        move.rating = WorkflowRules::ratingFromCode(args.value(QStringLiteral("rating")));
        if (!move.rating)
            return context.refuse(QStringLiteral("--rating must be satisfied, basic or unsatisfied"));
    }
    SystemClock clock;
    const Status moved = WorkflowEngine(*database, clock).move(id, move);
    if (!moved)
        return context.refuse(moved.message());
    const QString done = move.rating == Rating::Unsatisfied
                             ? QStringLiteral("Request %1 rated unsatisfied: reopened to dispatched.").arg(id)
                             : QStringLiteral("Request %1 moved to %2.").arg(id).arg(WorkflowRules::code(move.to));
    return answerRequest(context, id, done);
}

int planCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!parseId(args.positional.at(0), &id))
        return context.refuse(QStringLiteral("\"%1\" is not a request id").arg(args.positional.at(0)));
    QDateTime at;
    if (args.values.contains(QStringLiteral("at"))) {
        at = Clock::fromText(args.value(QStringLiteral("at")));
        if (!at.isValid())
            return context.refuse(QStringLiteral("--at must be a time like 2025-03-05T09:30:00"));
    }
    Database *database = context.database();
    if (!database)
        return Refused;
    SystemClock clock;
    const Status planned = WorkflowEngine(*database, clock).recordPlan(id, args.value(QStringLiteral("note")), at, actorOf(args));
    if (!planned)
        return context.refuse(planned.message());
    return answerRequest(context, id, QStringLiteral("Plan recorded for request %1.").arg(id));
}

int showCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!parseId(args.positional.at(0), &id))
        return context.refuse(QStringLiteral("\"%1\" is not a request id").arg(args.positional.at(0)));
    if (!context.database())
        return Refused;
    return answerRequest(context, id, QString());
}

int photoCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!parseId(args.positional.at(0), &id))
        return context.refuse(QStringLiteral("\"%1\" is not a request id").arg(args.positional.at(0)));
    QFile file(args.positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return context.refuse(QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    Database *database = context.database();
    if (!database)
        return Refused;
    SystemClock clock;
    const Result<qint64> added = RequestPhotos(*database, clock).add(id, file.readAll(), QFileInfo(file.fileName()).fileName());
    if (!added)
        return context.refuse(added.message());
    return answerRequest(context, id, QStringLiteral("Photo %1 added to request %2.").arg(added.value()).arg(id));
}

} // namespace

void registerRequestCommands(CommandRegistry &registry)
{
    const QString at = QStringLiteral("at"), note = QStringLiteral("note"), actor = QStringLiteral("actor");
    registry.add({{QStringLiteral("request"), QStringLiteral("add")}, QStringLiteral("--json-file FILE [--actor NAME]"),
                  QStringLiteral("List a new 五单 request (keys: title, description, category, severity 普通/复杂/重大, "
                                 "channel; optional person_id, household_id, dwelling_id, building_id, estate_id, "
                                 "place_note, listed_at, photos); prints it as JSON with its id."),
                  QStringLiteral("communitydesk-cli request add --json-file leak.json"),
                  {QStringLiteral("json-file"), actor}, {}, 0, 0, &addCommand});
    registry.add({{QStringLiteral("request"), QStringLiteral("move")},
                  QStringLiteral("ID STATE [--note TEXT] [--at TIME] [--handler NAME|ID] "
                                 "[--rating satisfied|basic|unsatisfied] [--actor NAME]"),
                  QStringLiteral("Take the next step: accepted, returned (--note reason), dispatched (--handler), taken, "
                                 "resolved (--note result), rated (--rating; unsatisfied reopens), closed, listed."),
                  QStringLiteral("communitydesk-cli request move 12 dispatched --handler 苏新物业 --note \"urgent\""),
                  {note, at, QStringLiteral("handler"), QStringLiteral("rating"), actor}, {}, 2, 2, &moveCommand});
    registry.add({{QStringLiteral("request"), QStringLiteral("plan")}, QStringLiteral("ID --note PLAN [--at TIME] [--actor NAME]"),
                  QStringLiteral("Record the plan for a major problem (due within 1 day of listing)."),
                  QStringLiteral("communitydesk-cli request plan 12 --note \"replace the riser pipe on Saturday\""),
                  {note, at, actor}, {}, 1, 1, &planCommand});
    registry.add({{QStringLiteral("request"), QStringLiteral("show")}, QStringLiteral("ID"),
                  QStringLiteral("Show a request with its deadline colour, timeline and photos."),
                  QStringLiteral("communitydesk-cli request show 12 --json"), {}, {}, 1, 1, &showCommand});
    registry.add({{QStringLiteral("request"), QStringLiteral("photo")}, QStringLiteral("ID FILE"),
                  QStringLiteral("Add a photo (JPEG, PNG, ...) to a request."),
                  QStringLiteral("communitydesk-cli request photo 12 IMG_0412.jpg"), {}, {}, 2, 2, &photoCommand});
    registerRequestListCommands(registry);
    registerRequestPrintCommands(registry);
}

} // namespace cd::cli
