// 五单 lists and figures: requests board/stats/meeting/policy, handlers list/add, categories list/add.
#include "commands_requests.h"
#include "commands.h"

#include "common/clock.h"
#include "db/database.h"
#include "workflow/categorystore.h"
#include "workflow/deadlinepolicy.h"
#include "workflow/handlerstore.h"
#include "workflow/workflowboard.h"
#include "workflow/workflowrules.h"
#include "workflow/workflowstats.h"

namespace cd::cli {

namespace {

QString percent(const std::optional<double> &rate)
{
    return rate ? QStringLiteral("%1%").arg(*rate * 100.0, 0, 'f', 1) : QStringLiteral("–");
}

int statsCommand(CommandContext &context, const CommandArgs &args)
{
    const QString month = args.value(QStringLiteral("month"));
    if (month.isEmpty())
        return context.refuse(QStringLiteral("requests stats needs --month YYYY-MM"));
    Database *database = context.database();
    if (!database)
        return Refused;
    SystemClock clock;
    const Result<MonthlyStats> stats = WorkflowStats(*database, clock).month(month);
    if (!stats)
        return context.refuse(stats.message());
    const RequestFigures &t = stats->total;
    QJsonObject object = figuresJson(t);
    object.insert(QStringLiteral("month"), stats->month);
    object.insert(QStringLiteral("at"), Clock::toText(stats->at));
    object.insert(QStringLiteral("by_category"), rowsJson(stats->byCategory));
    object.insert(QStringLiteral("by_handler"), rowsJson(stats->byHandler));
    object.insert(QStringLiteral("by_estate"), rowsJson(stats->byEstate));
    return context.answer(object, QStringLiteral("%1: %2 requests, %3 resolved (%4), on time %5, satisfaction %6, "
                                                 "reopened %7, open overdue %8")
                                      .arg(stats->month)
                                      .arg(t.requests)
                                      .arg(t.resolved)
                                      .arg(percent(t.completionRate()), percent(t.onTimeRate()),
                                           percent(t.satisfactionRate()), percent(t.reopenRate()))
                                      .arg(t.openOverdue));
}

int boardCommand(CommandContext &context, const CommandArgs &args)
{
    int pageSize = 50;
    if (args.values.contains(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = args.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 0 || pageSize > 1000)
            return context.refuse(QStringLiteral("--page-size must be a whole number from 0 to 1000"));
    }
    Database *database = context.database();
    if (!database)
        return Refused;
    SystemClock clock;
    const Result<BoardSnapshot> board = WorkflowBoard(*database, clock).snapshot({}, pageSize);
    if (!board)
        return context.refuse(board.message());
    QJsonArray queues;
    QStringList lines;
    for (const BoardQueue &queue : board->queues) {
        QJsonArray page;
        for (const Request &request : queue.firstPage)
            page.append(requestJson(request));
        queues.append(QJsonObject{{QStringLiteral("state"), WorkflowRules::code(queue.state)},
                                  {QStringLiteral("count"), queue.count},
                                  {QStringLiteral("overdue"), queue.overdue},
                                  {QStringLiteral("first_page"), page}});
        lines << QStringLiteral("%1 %2 (%3 overdue)").arg(WorkflowRules::code(queue.state)).arg(queue.count).arg(queue.overdue);
    }
    return context.answer({{QStringLiteral("at"), Clock::toText(board->at)},
                           {QStringLiteral("open"), board->open},
                           {QStringLiteral("overdue"), board->overdue},
                           {QStringLiteral("queues"), queues}},
                          lines.join(QLatin1Char('\n')));
}

int meetingCommand(CommandContext &context, const CommandArgs &)
{
    Database *database = context.database();
    if (!database)
        return Refused;
    SystemClock clock;
    const Result<QList<MeetingItem>> items = WorkflowStats(*database, clock).meetingCandidates();
    if (!items)
        return context.refuse(items.message());
    QJsonArray array;
    QStringList lines;
    for (const MeetingItem &item : items.value()) {
        QJsonObject object = requestJson(item.request);
        object.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(item.reasons));
        array.append(object);
        lines << QStringLiteral("%1 %2 (%3)").arg(item.request.id).arg(item.request.title, item.reasons.join(QStringLiteral(", ")));
    }
    return context.answer({{QStringLiteral("requests"), array}},
                          lines.isEmpty() ? QStringLiteral("No request needs the joint meeting.") : lines.join(QLatin1Char('\n')));
}

int policyCommand(CommandContext &context, const CommandArgs &args)
{
    Database *database = context.database();
    if (!database)
        return Refused;
    Result<DeadlinePolicy> policy = DeadlinePolicy::load(*database);
    if (!policy)
        return context.refuse(policy.message());
    DeadlinePolicy changed = policy.value();
    const QPair<const char *, int DeadlinePolicy::*> options[] = {
        {"arrive", &DeadlinePolicy::arriveMinutes}, {"ordinary", &DeadlinePolicy::ordinaryMinutes},
        {"complex", &DeadlinePolicy::complexMinutes}, {"major", &DeadlinePolicy::majorMinutes}};
    bool any = false;
    for (const auto &option : options) {
        const QString name = QLatin1String(option.first);
        if (!args.values.contains(name))
            continue;
        bool ok = false;
        changed.*option.second = args.value(name).toInt(&ok);
        if (!ok)
            return context.refuse(QStringLiteral("--%1 must be a whole number of minutes").arg(name));
        any = true;
    }
    if (any) {
        const Status saved = changed.save(*database);
        if (!saved)
            return context.refuse(saved.message());
    }
    return context.answer({{QStringLiteral("arrive_minutes"), changed.arriveMinutes},
                           {QStringLiteral("ordinary_minutes"), changed.ordinaryMinutes},
                           {QStringLiteral("complex_minutes"), changed.complexMinutes},
                           {QStringLiteral("major_minutes"), changed.majorMinutes}},
                          QStringLiteral("5341 deadlines: on site %1 min, ordinary %2 min, complex %3 min, major plan %4 min")
                              .arg(changed.arriveMinutes)
                              .arg(changed.ordinaryMinutes)
                              .arg(changed.complexMinutes)
                              .arg(changed.majorMinutes));
}

int handlersListCommand(CommandContext &context, const CommandArgs &args)
{
    Database *database = context.database();
    if (!database)
        return Refused;
    const Result<QList<Handler>> handlers = HandlerStore(*database).list(args.has(QStringLiteral("all")));
    if (!handlers)
        return context.refuse(handlers.message());
    QJsonArray array;
    QStringList lines;
    for (const Handler &h : handlers.value()) {
        array.append(QJsonObject{{QStringLiteral("id"), h.id},
                                 {QStringLiteral("name"), h.name},
                                 {QStringLiteral("kind"), WorkflowRules::code(h.kind)},
                                 {QStringLiteral("property_company_id"), idJson(h.propertyCompanyId)},
                                 {QStringLiteral("contact"), h.contact},
                                 {QStringLiteral("phone"), h.phone},
                                 {QStringLiteral("archived"), h.archived}});
        lines << QStringLiteral("%1\t%2\t%3").arg(h.id).arg(WorkflowRules::code(h.kind), h.name);
    }
    return context.answer({{QStringLiteral("handlers"), array}}, lines.join(QLatin1Char('\n')));
}

int handlersAddCommand(CommandContext &context, const CommandArgs &args)
{
    const auto kind = WorkflowRules::handlerKindFromCode(args.value(QStringLiteral("kind"), QStringLiteral("other")));
    if (!kind)
        return context.refuse(QStringLiteral("--kind must be utility, department or other"));
    Database *database = context.database();
    if (!database)
        return Refused;
    const Result<qint64> id = HandlerStore(*database).add(args.positional.at(0), *kind, args.value(QStringLiteral("contact")),
                                                         args.value(QStringLiteral("phone")));
    if (!id)
        return context.refuse(id.message());
    return context.answer({{QStringLiteral("id"), id.value()}, {QStringLiteral("name"), args.positional.at(0).trimmed()},
                           {QStringLiteral("kind"), WorkflowRules::code(*kind)}},
                          QStringLiteral("Handler %1 added: %2").arg(id.value()).arg(args.positional.at(0).trimmed()));
}

int categoriesListCommand(CommandContext &context, const CommandArgs &args)
{
    Database *database = context.database();
    if (!database)
        return Refused;
    const Result<QList<RequestCategory>> categories = CategoryStore(*database).list(args.has(QStringLiteral("all")));
    if (!categories)
        return context.refuse(categories.message());
    QJsonArray array;
    QStringList lines;
    for (const RequestCategory &c : categories.value()) {
        array.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                 {QStringLiteral("archived"), c.archived}});
        lines << QStringLiteral("%1\t%2").arg(c.id).arg(c.name);
    }
    return context.answer({{QStringLiteral("categories"), array}}, lines.join(QLatin1Char('\n')));
}

int categoriesAddCommand(CommandContext &context, const CommandArgs &args)
{
    Database *database = context.database();
    if (!database)
        return Refused;
    const Result<qint64> id = CategoryStore(*database).add(args.positional.at(0));
    if (!id)
        return context.refuse(id.message());
    return context.answer({{QStringLiteral("id"), id.value()}, {QStringLiteral("name"), args.positional.at(0).trimmed()}},
                          QStringLiteral("Category %1 added: %2").arg(id.value()).arg(args.positional.at(0).trimmed()));
}

} // namespace

void registerRequestListCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("requests"), QStringLiteral("board")}, QStringLiteral("[--page-size N]"),
                  QStringLiteral("Requests per stage with the first page of each queue, most urgent first."),
                  QStringLiteral("communitydesk-cli requests board --json --page-size 20"),
                  {QStringLiteral("page-size")}, {}, 0, 0, &boardCommand});
    registry.add({{QStringLiteral("requests"), QStringLiteral("stats")}, QStringLiteral("--month YYYY-MM"),
                  QStringLiteral("Monthly 五单 figures: counts, 办结率, on-time rate, times, 满意率, reopen rate; "
                                 "per category, handler and estate."),
                  QStringLiteral("communitydesk-cli requests stats --month 2025-03 --json"),
                  {QStringLiteral("month")}, {}, 0, 0, &statsCommand});
    registry.add({{QStringLiteral("requests"), QStringLiteral("meeting")}, QString(),
                  QStringLiteral("Requests for the next joint meeting: overdue major ones, reopened twice, rated 不满意."),
                  QStringLiteral("communitydesk-cli requests meeting --json"), {}, {}, 0, 0, &meetingCommand});
    registry.add({{QStringLiteral("requests"), QStringLiteral("policy")},
                  QStringLiteral("[--arrive MIN] [--ordinary MIN] [--complex MIN] [--major MIN]"),
                  QStringLiteral("Show or change the 5341 deadlines (defaults 5 / 30 / 240 / 1440 minutes)."),
                  QStringLiteral("communitydesk-cli requests policy --ordinary 45"),
                  {QStringLiteral("arrive"), QStringLiteral("ordinary"), QStringLiteral("complex"), QStringLiteral("major")},
                  {}, 0, 0, &policyCommand});
    registry.add({{QStringLiteral("handlers"), QStringLiteral("list")}, QStringLiteral("[--all]"),
                  QStringLiteral("Handlers a request can be dispatched to: property companies and other units."),
                  QStringLiteral("communitydesk-cli handlers list --json"), {}, {QStringLiteral("all")}, 0, 0,
                  &handlersListCommand});
    registry.add({{QStringLiteral("handlers"), QStringLiteral("add")},
                  QStringLiteral("NAME --kind utility|department|other [--contact NAME] [--phone PHONE]"),
                  QStringLiteral("Add a utility, department or other unit as a handler."),
                  QStringLiteral("communitydesk-cli handlers add 苏家屯供电所 --kind utility"),
                  {QStringLiteral("kind"), QStringLiteral("contact"), QStringLiteral("phone")}, {}, 1, 1,
                  &handlersAddCommand});
    registry.add({{QStringLiteral("categories"), QStringLiteral("list")}, QStringLiteral("[--all]"),
                  QStringLiteral("Request categories in display order."),
                  QStringLiteral("communitydesk-cli categories list"), {}, {QStringLiteral("all")}, 0, 0,
                  &categoriesListCommand});
    registry.add({{QStringLiteral("categories"), QStringLiteral("add")}, QStringLiteral("NAME"),
                  QStringLiteral("Add a request category at the end of the list."),
                  QStringLiteral("communitydesk-cli categories add 加装电梯"), {}, {}, 1, 1, &categoriesAddCommand});
}

} // namespace cd::cli
