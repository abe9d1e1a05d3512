// meetings list, meeting add, meeting resolve, meetings compliance, print minutes, print sign-in.
#include "clicommand.h"
#include "commands.h"

#include "db/database.h"
#include "db/settingstore.h"
#include "meeting/meetingjson.h"
#include "meeting/meetingstore.h"
#include "meeting/minutesdocument.h"
#include "common/clock.h"
#include "report/monthlyreport.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::cli {

namespace {

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

int listCommand(CommandContext &context, const CommandArgs &args)
{
    int year = 0;
    if (args.values.contains(QStringLiteral("year"))) {
        bool ok = false;
        year = args.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            return context.refuse(QStringLiteral("--year must be a year like 2026"));
    }
    Database *database = context.database();
    if (!database)
        return Refused;
    const Result<QVector<MeetingSummary>> meetings = MeetingStore::list(*database, year);
    if (!meetings)
        return context.refuse(meetings.message());
    QJsonArray rows;
    QStringList lines;
    for (const MeetingSummary &m : *meetings) {
        rows.append(QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("kind"), MeetingCodes::code(m.kind)},
                                {QStringLiteral("title"), m.title},
                                {QStringLiteral("starts_at"), m.startsAt.toString(Qt::ISODate)},
                                {QStringLiteral("place"), m.place},
                                {QStringLiteral("present"), m.present},
                                {QStringLiteral("resolutions"), m.resolutions},
                                {QStringLiteral("open_resolutions"), m.openResolutions}});
        lines << QStringLiteral("%1\t%2\t%3\t%4 present\t%5/%6 resolutions open")
                     .arg(m.id)
                     .arg(m.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), m.title)
                     .arg(m.present)
                     .arg(m.openResolutions)
                     .arg(m.resolutions);
    }
    return context.answer({{QStringLiteral("meetings"), rows}},
                          lines.isEmpty() ? QStringLiteral("No meetings.") : lines.join(QLatin1Char('\n')));
}

int addCommand(CommandContext &context, const CommandArgs &args)
{
    const QString file = args.value(QStringLiteral("json-file"));
    if (file.isEmpty())
        return context.refuse(QStringLiteral("meeting add needs --json-file FILE"));
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return context.refuse(QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (!document.isObject()) {
        return context.refuse(QStringLiteral("%1 is not a JSON object (%2 at offset %3)")
                                  .arg(QDir::toNativeSeparators(file), parseError.errorString())
                                  .arg(parseError.offset));
    }
    const Result<Meeting> meeting = MeetingJson::fromJson(document.object());
    if (!meeting)
        return context.refuse(meeting.message());
    Database *database = context.database();
    if (!database)
        return Refused;
    const bool carryOver = document.object().value(QStringLiteral("carry_over")).toBool(true);
    const Result<qint64> id = MeetingStore::add(*database, *meeting, carryOver);
    if (!id)
        return context.refuse(id.message());
    const Result<Meeting> stored = MeetingStore::load(*database, *id);
    if (!stored)
        return context.refuse(stored.message());
    return context.answer(MeetingJson::toJson(*stored), QStringLiteral("Meeting %1 added.").arg(*id));
}

int resolveCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!parseId(args.positional.at(0), &id))
        return context.refuse(QStringLiteral("resolution id must be a positive number"));
    QDate date = QDate::currentDate();
    if (args.values.contains(QStringLiteral("date"))) {
        date = QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return context.refuse(QStringLiteral("--date must be a date like 2026-11-30"));
    }
    Database *database = context.database();
    if (!database)
        return Refused;
    const Status done = MeetingStore::markResolutionDone(*database, id, date, args.value(QStringLiteral("note")));
    if (!done)
        return context.refuse(done.message());
    return context.answer({{QStringLiteral("id"), id}, {QStringLiteral("done_at"), date.toString(Qt::ISODate)}},
                          QStringLiteral("Resolution %1 marked done on %2.").arg(id).arg(date.toString(Qt::ISODate)));
}

int complianceCommand(CommandContext &context, const CommandArgs &args)
{
    bool ok = false;
    const int year = args.positional.at(0).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return context.refuse(QStringLiteral("YEAR must be a year like 2026"));
    QDate today = QDate::currentDate();
    if (args.values.contains(QStringLiteral("today"))) {
        today = QDate::fromString(args.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return context.refuse(QStringLiteral("--today must be a date like 2026-11-22"));
    }
    Database *database = context.database();
    if (!database)
        return Refused;
    const Result<QVector<MonthCompliance>> months = MeetingStore::compliance(*database, year, today);
    if (!months)
        return context.refuse(months.message());
    static const char *states[] = {"held", "missing", "due", "future"};
    QJsonArray rows;
    QStringList lines;
    int held = 0;
    int missing = 0;
    for (const MonthCompliance &m : *months) {
        held += m.state == MonthCompliance::Held ? 1 : 0;
        missing += m.state == MonthCompliance::Missing ? 1 : 0;
        rows.append(QJsonObject{{QStringLiteral("month"), m.month},
                                {QStringLiteral("state"), QLatin1String(states[m.state])},
                                {QStringLiteral("joint_meetings"), m.jointMeetings}});
        lines << QStringLiteral("%1-%2\t%3\t%4").arg(year).arg(m.month, 2, 10, QLatin1Char('0'))
                     .arg(QLatin1String(states[m.state])).arg(m.jointMeetings);
    }
    return context.answer({{QStringLiteral("year"), year},
                           {QStringLiteral("months"), rows},
                           {QStringLiteral("held"), held},
                           {QStringLiteral("missing"), missing}},
                          lines.join(QLatin1Char('\n')));
}

int printMinutesCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!parseId(args.positional.at(0), &id))
        return context.refuse(QStringLiteral("MEETING_ID must be a positive number"));
    Database *database = context.database();
    if (!database)
        return Refused;
    Result<std::unique_ptr<ReportDocument>> report = MinutesDocument::minutesFor(*database, id);
    if (!report)
        return context.refuse(report.message());
    return context.writeReport(*report.value(), args.positional.at(1));
}

int printSignInCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!parseId(args.positional.at(0), &id))
        return context.refuse(QStringLiteral("MEETING_ID must be a positive number"));
    Database *database = context.database();
    if (!database)
        return Refused;
    const Result<Meeting> meeting = MeetingStore::load(*database, id);
    if (!meeting)
        return context.refuse(meeting.message());
    std::unique_ptr<ReportDocument> report = MinutesDocument::signInSheet(*meeting, settingstore::communityName(*database));
    return context.writeReport(*report, args.positional.at(1));
}

int printMonthlyReportCommand(CommandContext &context, const CommandArgs &args)
{
    const QDate month = QDate::fromString(args.positional.at(0) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return context.refuse(QStringLiteral("the month must be written YYYY-MM, e.g. 2026-11"));
    Database *database = context.database();
    if (!database)
        return Refused;
    SystemClock clock;
    const Result<MonthlyReportData> data = MonthlyReport::collect(*database, month.year(), month.month(), clock);
    if (!data)
        return context.refuse(data.message());
    std::unique_ptr<ReportDocument> report = MonthlyReport::build(*data);
    return context.writeReport(*report, args.positional.at(1));
}

} // namespace

void registerMeetingCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("meetings"), QStringLiteral("list")}, QStringLiteral("[--year YEAR]"),
                  QStringLiteral("List meetings, newest first, with open resolutions."),
                  QStringLiteral("communitydesk-cli meetings list --year 2026 --json"), {QStringLiteral("year")}, {}, 0, 0,
                  &listCommand});
    registry.add({{QStringLiteral("meeting"), QStringLiteral("add")}, QStringLiteral("--json-file FILE"),
                  QStringLiteral("Add a meeting (kind, starts_at, place, host, recorder, attendees, agenda, "
                                 "resolutions); open resolutions of earlier meetings are carried onto its agenda."),
                  QStringLiteral("communitydesk-cli meeting add --json-file meeting.json"), {QStringLiteral("json-file")},
                  {}, 0, 0, &addCommand});
    registry.add({{QStringLiteral("meeting"), QStringLiteral("resolve")}, QStringLiteral("RESOLUTION_ID [--date D] [--note TEXT]"),
                  QStringLiteral("Mark a resolution (议定事项) as carried out."),
                  QStringLiteral("communitydesk-cli meeting resolve 12 --date 2026-11-20 --note \"已清理\""),
                  {QStringLiteral("date"), QStringLiteral("note")}, {}, 1, 1, &resolveCommand});
    registry.add({{QStringLiteral("meetings"), QStringLiteral("compliance")}, QStringLiteral("YEAR [--today D]"),
                  QStringLiteral("For every month of YEAR: held, missing, due (this month, none yet) or future."),
                  QStringLiteral("communitydesk-cli meetings compliance 2026 --json"), {QStringLiteral("today")}, {}, 1, 1,
                  &complianceCommand});
    registry.add({{QStringLiteral("print"), QStringLiteral("minutes")}, QStringLiteral("MEETING_ID OUT.pdf|OUT.odt"),
                  QStringLiteral("Print the minutes (会议纪要) in the official layout to PDF or ODT."),
                  QStringLiteral("communitydesk-cli print minutes 3 minutes.pdf"), {}, {}, 2, 2, &printMinutesCommand});
    registry.add({{QStringLiteral("print"), QStringLiteral("sign-in")}, QStringLiteral("MEETING_ID OUT.pdf|OUT.odt"),
                  QStringLiteral("Print the meeting's sign-in sheet (签到表)."),
                  QStringLiteral("communitydesk-cli print sign-in 3 sign-in.pdf"), {}, {}, 2, 2, &printSignInCommand});
    registry.add({{QStringLiteral("print"), QStringLiteral("monthly-report")}, QStringLiteral("YYYY-MM OUT.pdf|OUT.odt"),
                  QStringLiteral("Print the monthly work report (月度工作报告): roster, census targets, requests, meetings."),
                  QStringLiteral("communitydesk-cli print monthly-report 2026-11 report.pdf"), {}, {}, 2, 2,
                  &printMonthlyReportCommand});
}

} // namespace cd::cli
