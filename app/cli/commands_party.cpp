// 党员底数排查: census start, census stats, census rounds, export census, print census.
#include "clicommand.h"
#include "commands.h"

#include "db/database.h"
#include "party/censuscalculator.h"
#include "party/censusjson.h"
#include "party/censuskpis.h"
#include "party/censusreport.h"
#include "party/censusrounds.h"
#include "party/censusworkbook.h"
#include "roster/privacymask.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace cd::cli {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// YEAR from a positional argument or --year; the current year when neither is given.
bool parseYear(const QString &text, int *year)
{
    if (text.isEmpty()) {
        *year = QDate::currentDate().year();
        return true;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1921 || value > 2200)
        return false;
    *year = value;
    return true;
}

QJsonValue rounded(const std::optional<double> &v, int decimals = 4)
{
    if (!v)
        return QJsonValue();
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonArray kpisJson(const QVector<CensusKpi> &kpis)
{
    QJsonArray array;
    for (const CensusKpi &k : kpis) {
        QJsonObject o{{QStringLiteral("key"), k.key},
                      {QStringLiteral("label"), k.label},
                      {QStringLiteral("value"), k.value},
                      {QStringLiteral("met"), k.met},
                      {QStringLiteral("gap"), k.gap.isEmpty() ? QJsonValue() : QJsonValue(k.gap)},
                      {QStringLiteral("list"), QStringLiteral("%1/%2").arg(k.drillEntity, k.drillKey)}};
        if (k.ratio)
            o.insert(QStringLiteral("ratio"), censusjson::ratioJson(*k.ratio));
        o.insert(QStringLiteral("target_percent"), k.targetPercent >= 0 ? QJsonValue(k.targetPercent) : QJsonValue());
        o.insert(QStringLiteral("target_count"), k.targetCount >= 0 ? QJsonValue(k.targetCount) : QJsonValue());
        array.append(o);
    }
    return array;
}

QJsonObject comparisonJson(int previousYear, const QVector<CensusChange> &lines)
{
    QJsonArray array;
    for (const CensusChange &c : lines)
        array.append(QJsonObject{{QStringLiteral("key"), c.key},
                                 {QStringLiteral("is_rate"), c.isRate},
                                 {QStringLiteral("previous"), rounded(c.previous)},
                                 {QStringLiteral("current"), rounded(c.current)},
                                 {QStringLiteral("change"), rounded(c.change)},
                                 {QStringLiteral("change_percent"), rounded(c.changePercent, 1)}});
    return {{QStringLiteral("previous_year"), previousYear}, {QStringLiteral("lines"), array}};
}

QString rateText(const Ratio &r)
{
    const std::optional<double> v = r.value();
    return QStringLiteral("%1/%2 (%3)")
        .arg(r.numerator)
        .arg(r.denominator)
        .arg(v ? QString::number(*v * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("-"));
}

// The census of YEAR (frozen round or computed now) with the earlier rounds' figures.
bool loadCensus(CommandContext &context, Database &db, int year, bool withMembers, CensusData *data,
                std::vector<CensusData> *earlier)
{
    CensusRounds rounds(db);
    Result<CensusData> census = rounds.census(year, withMembers);
    if (!census) {
        context.refuse(census.message());
        return false;
    }
    *data = census.value();
    if (earlier) {
        const Result<std::vector<CensusRoundInfo>> list = rounds.rounds();
        if (list) {
            for (const CensusRoundInfo &info : list.value()) {
                if (info.year >= year)
                    continue;
                Result<CensusData> round = rounds.load(info.year, false);
                if (round)
                    earlier->push_back(round.value());
            }
        }
    }
    return true;
}

int startCommand(CommandContext &context, const CommandArgs &args)
{
    int year = 0;
    if (!parseYear(args.positional.value(0), &year))
        return context.refuse(QStringLiteral("YEAR must be a year such as 2026"));
    QDate asOf;
    if (args.values.contains(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(args.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return context.refuse(QStringLiteral("--as-of must be a date such as 2026-11-30"));
    }
    Database *db = context.database();
    if (!db)
        return Refused;
    QString by = args.value(QStringLiteral("by"));
    if (by.isEmpty())
        by = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    QElapsedTimer timer;
    timer.start();
    const Result<CensusData> taken = CensusRounds(*db).start(year, by, asOf);
    if (!taken)
        return context.refuse(taken.message());
    const CensusData &d = taken.value();
    return context.answer({{QStringLiteral("year"), d.year},
                           {QStringLiteral("as_of"), d.asOf.toString(Qt::ISODate)},
                           {QStringLiteral("taken_at"), d.takenAt.toString(Qt::ISODate)},
                           {QStringLiteral("members"), d.members.total},
                           {QStringLiteral("organisations"), d.orgs.total},
                           {QStringLiteral("property_companies"), d.companies.total},
                           {QStringLiteral("seconds"), timer.elapsed() / 1000.0}},
                          QStringLiteral("Census %1 taken and frozen (counted on %2): %3 party members, %4 organisations, "
                                         "%5 property companies.")
                              .arg(d.year)
                              .arg(d.asOf.toString(Qt::ISODate))
                              .arg(d.members.total)
                              .arg(d.orgs.total)
                              .arg(d.companies.total));
}

int statsCommand(CommandContext &context, const CommandArgs &args)
{
    int year = 0;
    if (!parseYear(args.positional.value(0), &year))
        return context.refuse(QStringLiteral("YEAR must be a year such as 2026"));
    Database *db = context.database();
    if (!db)
        return Refused;
    CensusData d;
    if (!loadCensus(context, *db, year, false, &d, nullptr))
        return Refused;
    QJsonObject json = censusjson::toJson(d);
    json.insert(QStringLiteral("source"), d.isSnapshot() ? QStringLiteral("round") : QStringLiteral("live"));
    json.insert(QStringLiteral("round"), d.isSnapshot() ? QJsonValue(QJsonObject{{QStringLiteral("taken_at"),
                                                                                d.takenAt.toString(Qt::ISODate)},
                                                                               {QStringLiteral("taken_by"), d.takenBy}})
                                                        : QJsonValue());
    json.insert(QStringLiteral("kpis"), kpisJson(CensusKpis::build(d)));
    CensusRounds rounds(*db);
    const int previous = rounds.previousYear(year);
    if (previous > 0) {
        const Result<CensusData> before = rounds.load(previous, false);
        if (before)
            json.insert(QStringLiteral("comparison"), comparisonJson(previous, CensusKpis::compare(before.value(), d)));
    } else {
        json.insert(QStringLiteral("comparison"), QJsonValue());
    }

    QStringList text;
    text << QStringLiteral("Census %1 (%2, counted on %3)")
                .arg(d.year)
                .arg(d.isSnapshot() ? QStringLiteral("frozen round") : QStringLiteral("computed now"))
                .arg(d.asOf.toString(Qt::ISODate));
    text << QStringLiteral("Party members: %1 (full %2, probationary %3; admitted in %4: %5; registered employed: %6)")
                .arg(d.members.total).arg(d.members.full).arg(d.members.probationary).arg(d.year)
                .arg(d.members.newlyAdmitted).arg(d.members.registered);
    text << QStringLiteral("Organisations: %1 (committees %2, general branches %3, branches %4, groups %5)")
                .arg(d.orgs.total).arg(d.orgs.committees).arg(d.orgs.generalBranches).arg(d.orgs.branches)
                .arg(d.orgs.groups);
    text << QStringLiteral("Property companies: %1; formation rate %2; coverage %3; cross-appointments %4")
                .arg(d.companies.total).arg(rateText(d.companies.formation)).arg(rateText(d.companies.coverage))
                .arg(rateText(d.companies.cross));
    text << QStringLiteral("Owners' committees: %1 of %2 estates; at least half party members %3; cross-appointments %4")
                .arg(d.committees.withCommittee).arg(d.committees.estates).arg(rateText(d.committees.share))
                .arg(rateText(d.committees.cross));
    for (const CensusKpi &k : CensusKpis::build(d)) {
        if (!k.met)
            text << QStringLiteral("Gap: ") + k.gap;
    }
    return context.answer(json, text.join(QLatin1Char('\n')));
}

int roundsCommand(CommandContext &context, const CommandArgs &)
{
    Database *db = context.database();
    if (!db)
        return Refused;
    const Result<std::vector<CensusRoundInfo>> list = CensusRounds(*db).rounds();
    if (!list)
        return context.refuse(list.message());
    QJsonArray array;
    QStringList text;
    for (const CensusRoundInfo &r : list.value()) {
        array.append(QJsonObject{{QStringLiteral("year"), r.year},
                                 {QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)},
                                 {QStringLiteral("taken_at"), r.takenAt.toString(Qt::ISODate)},
                                 {QStringLiteral("taken_by"), r.takenBy},
                                 {QStringLiteral("members"), r.members}});
        text << QStringLiteral("%1  counted %2  taken %3  %4 members")
                    .arg(r.year)
                    .arg(r.asOf.toString(Qt::ISODate), r.takenAt.toString(Qt::ISODate))
                    .arg(r.members);
    }
    if (text.isEmpty())
        text << QStringLiteral("No census round has been taken yet.");
    return context.answer({{QStringLiteral("rounds"), array}}, text.join(QLatin1Char('\n')));
}

int exportCommand(CommandContext &context, const CommandArgs &args)
{
    int year = 0;
    if (!parseYear(args.value(QStringLiteral("year")), &year))
        return context.refuse(QStringLiteral("--year must be a year such as 2026"));
    const QString target = args.positional.at(0);
    Database *db = context.database();
    if (!db)
        return Refused;
    QElapsedTimer timer;
    timer.start();
    CensusData d;
    if (!loadCensus(context, *db, year, true, &d, nullptr))
        return Refused;
    PrivacyMask mask(*db);
    if (args.has(QStringLiteral("unmasked"))) {
        const Status logged = mask.unmaskAll(PrivacyMask::IdNumber | PrivacyMask::Phone,
                                             QStringLiteral("census workbook %1 exported by the command line to %2")
                                                 .arg(year)
                                                 .arg(nativePath(target)));
        if (!logged)
            return context.refuse(logged.message());
    }
    const Status written = CensusWorkbook::write(d, mask, target);
    if (!written)
        return context.refuse(written.message());
    return context.answer({{QStringLiteral("file"), nativePath(target)},
                           {QStringLiteral("year"), year},
                           {QStringLiteral("members"), int(d.memberRows.size())},
                           {QStringLiteral("masked"), !args.has(QStringLiteral("unmasked"))},
                           {QStringLiteral("seconds"), timer.elapsed() / 1000.0}},
                          QStringLiteral("Census workbook %1 written: %2 (%3 members, ID and phone numbers %4)")
                              .arg(year)
                              .arg(nativePath(target))
                              .arg(d.memberRows.size())
                              .arg(args.has(QStringLiteral("unmasked")) ? QStringLiteral("in full")
                                                                        : QStringLiteral("masked")));
}

int printCommand(CommandContext &context, const CommandArgs &args)
{
    int year = 0;
    if (!parseYear(args.value(QStringLiteral("year")), &year))
        return context.refuse(QStringLiteral("--year must be a year such as 2026"));
    const QString target = args.positional.at(0);
    Database *db = context.database();
    if (!db)
        return Refused;
    CensusData d;
    std::vector<CensusData> earlier;
    if (!loadCensus(context, *db, year, false, &d, &earlier))
        return Refused;
    const Status written = CensusReport::writePdf(d, earlier, target);
    if (!written)
        return context.refuse(written.message());
    return context.answer({{QStringLiteral("file"), nativePath(target)}, {QStringLiteral("year"), year}},
                          QStringLiteral("Census summary %1 printed to %2").arg(year).arg(nativePath(target)));
}

} // namespace

void registerPartyCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("census"), QStringLiteral("start")}, QStringLiteral("YEAR [--as-of DATE] [--by NAME]"),
                  QStringLiteral("Count the party census of YEAR and freeze it as that year's round (once per year)."),
                  QStringLiteral("communitydesk-cli census start 2026"),
                  {QStringLiteral("as-of"), QStringLiteral("by")}, {}, 1, 1, &startCommand});
    registry.add({{QStringLiteral("census"), QStringLiteral("stats")}, QStringLiteral("[YEAR]"),
                  QStringLiteral("Census figures of YEAR (its frozen round, else computed now); keys in "
                                 "docs/census-stats.md."),
                  QStringLiteral("communitydesk-cli census stats 2026 --json"), {}, {}, 0, 1, &statsCommand});
    registry.add({{QStringLiteral("census"), QStringLiteral("rounds")}, QString(),
                  QStringLiteral("List the census rounds taken."), QStringLiteral("communitydesk-cli census rounds --json"),
                  {}, {}, 0, 0, &roundsCommand});
    registry.add({{QStringLiteral("export"), QStringLiteral("census")}, QStringLiteral("OUT.xlsx [--year YEAR] [--unmasked]"),
                  QStringLiteral("Write the census workbook (six sheets); ID and phone numbers masked unless "
                                 "--unmasked (logged)."),
                  QStringLiteral("communitydesk-cli export census 党员底数排查2026.xlsx --year 2026"),
                  {QStringLiteral("year")}, {QStringLiteral("unmasked")}, 1, 1, &exportCommand});
    registry.add({{QStringLiteral("print"), QStringLiteral("census")}, QStringLiteral("OUT.pdf [--year YEAR]"),
                  QStringLiteral("Print the census summary with charts (A4) to a PDF."),
                  QStringLiteral("communitydesk-cli print census census-2026.pdf --year 2026"),
                  {QStringLiteral("year")}, {}, 1, 1, &printCommand});
}

} // namespace cd::cli
