// print requests-month, print request-slip: the 五单 documents.
#include "commands_requests.h"

#include "common/clock.h"
#include "db/database.h"
#include "report/reportdocument.h"
#include "workflow/requestslip.h"
#include "workflow/requestsmonthreport.h"
#include "workflow/workflowstats.h"

#include <memory>

namespace cd::cli {

namespace {

/// --at TIME judges open requests as of that time (scripts, tests); else the machine's clock.
std::unique_ptr<Clock> clockOf(const CommandArgs &args, bool *ok)
{
    *ok = true;
    if (!args.values.contains(QStringLiteral("at")))
        return std::make_unique<SystemClock>();
    const QDateTime at = Clock::fromText(args.value(QStringLiteral("at")));
    *ok = at.isValid();
    return std::make_unique<ManualClock>(at);
}

int printMonthCommand(CommandContext &context, const CommandArgs &args)
{
    const QString month = args.positional.at(0);
    if (!WorkflowStats::parseMonth(month).isValid())
        return context.refuse(QStringLiteral("the month must be written YYYY-MM, e.g. 2026-11"));
    bool ok = false;
    const std::unique_ptr<Clock> clock = clockOf(args, &ok);
    if (!ok)
        return context.refuse(QStringLiteral("--at must be a time like 2026-11-22T09:30:00"));
    Database *database = context.database();
    if (!database)
        return Refused;
    Result<std::unique_ptr<ReportDocument>> report = RequestsMonthReport::reportFor(*database, month, *clock);
    if (!report)
        return context.refuse(report.message());
    return context.writeReport(*report.value(), args.positional.at(1));
}

int printSlipCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!parseId(args.positional.at(0), &id))
        return context.refuse(QStringLiteral("ID must be a positive number"));
    Database *database = context.database();
    if (!database)
        return Refused;
    SystemClock clock;
    Result<std::unique_ptr<ReportDocument>> report = RequestSlip::slipFor(*database, id, clock);
    if (!report)
        return context.refuse(report.message());
    return context.writeReport(*report.value(), args.positional.at(1));
}

} // namespace

void registerRequestPrintCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("print"), QStringLiteral("requests-month")},
                  QStringLiteral("YYYY-MM OUT.pdf|OUT.odt [--at TIME]"),
                  QStringLiteral("Print the monthly 五单 report: counts, 办结率, on-time rate, 满意率, top categories, "
                                 "handlers, overdue list and charts (open requests judged now, or at --at)."),
                  QStringLiteral("communitydesk-cli print requests-month 2026-11 requests.pdf"),
                  {QStringLiteral("at")}, {}, 2, 2, &printMonthCommand});
    registry.add({{QStringLiteral("print"), QStringLiteral("request-slip")}, QStringLiteral("ID OUT.pdf|OUT.odt"),
                  QStringLiteral("Print the request slip (派单单) for the handler: A5 with the deadlines and signature lines."),
                  QStringLiteral("communitydesk-cli print request-slip 12 slip.pdf"), {}, {}, 2, 2, &printSlipCommand});
}

} // namespace cd::cli
