// election turnout/tally/close/role/runoff/filing/export, print ballots/election-result/election-tables/election-roll.
#include "commands_election.h"

#include "db/database.h"
#include "db/transaction.h"
#include "election/ballotprinter.h"
#include "election/electioncodes.h"
#include "election/electionfiling.h"
#include "election/electionprint.h"
#include "election/electiontables.h"
#include "election/electiontally.h"
#include "election/turnoutpanel.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace cd::cli::election {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QJsonObject candidateJson(const CandidateResult &c)
{
    return {{QStringLiteral("id"), c.candidate.id},
            {QStringLiteral("number"), c.candidate.ballotNumber},
            {QStringLiteral("name"), c.candidate.name},
            {QStringLiteral("party_member"), c.candidate.partyMember},
            {QStringLiteral("yes"), measuresJson(c.yes)},
            {QStringLiteral("no"), measuresJson(c.no)},
            {QStringLiteral("abstain"), measuresJson(c.abstain)},
            {QStringLiteral("majority_persons"), c.majorityPersons},
            {QStringLiteral("majority_area"), c.majorityArea},
            {QStringLiteral("outcome"), c.outcome},
            {QStringLiteral("rank"), c.rank}};
}

QJsonArray namesJson(const TallyResult &t, const std::vector<qint64> &ids)
{
    QJsonArray list;
    for (qint64 id : ids) {
        const CandidateResult *c = t.find(id);
        list.append(QJsonObject{{QStringLiteral("number"), c->candidate.ballotNumber}, {QStringLiteral("name"), c->candidate.name}});
    }
    return list;
}

int turnoutCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    Session s;
    if (!openElection(context, args, s, &id))
        return Refused;
    const Result<TurnoutPanelData> panel = TurnoutPanel::compute(s.store->database(), id);
    if (!panel)
        return context.refuse(panel.message());
    QJsonArray buildings;
    QStringList lines{panel->text,
                      QStringLiteral("voted %1, not voted %2, refused %3, unreachable %4; not visited %5")
                          .arg(panel->voted)
                          .arg(panel->pending)
                          .arg(panel->refused)
                          .arg(panel->unreachable)
                          .arg(panel->notVisited)};
    for (const BuildingTurnout &b : panel->buildings) {
        buildings.append(QJsonObject{{QStringLiteral("building"), b.building},
                                     {QStringLiteral("voters"), measuresJson(b.voters)},
                                     {QStringLiteral("voted"), measuresJson(b.voted)},
                                     {QStringLiteral("refused"), b.refused},
                                     {QStringLiteral("unreachable"), b.unreachable},
                                     {QStringLiteral("not_visited"), b.notVisited}});
        lines << QStringLiteral("building %1: %2 of %3 voted, %4 not visited")
                     .arg(b.building)
                     .arg(b.voted.persons)
                     .arg(b.voters.persons)
                     .arg(b.notVisited);
    }
    return context.answer({{QStringLiteral("total"), measuresJson(panel->total)},
                           {QStringLiteral("participating"), measuresJson(panel->participating)},
                           {QStringLiteral("missing"), measuresJson(panel->missing)},
                           {QStringLiteral("persons_met"), panel->personsMet},
                           {QStringLiteral("area_met"), panel->areaMet},
                           {QStringLiteral("text"), panel->text},
                           {QStringLiteral("status"), QJsonObject{{QStringLiteral("pending"), panel->pending},
                                                                   {QStringLiteral("voted"), panel->voted},
                                                                   {QStringLiteral("refused"), panel->refused},
                                                                   {QStringLiteral("unreachable"), panel->unreachable}}},
                           {QStringLiteral("canvass"), QJsonObject{{QStringLiteral("not_visited"), panel->notVisited},
                                                                    {QStringLiteral("delivered"), panel->delivered},
                                                                    {QStringLiteral("revisit"), panel->revisit},
                                                                    {QStringLiteral("collected"), panel->collected}}},
                           {QStringLiteral("buildings"), buildings}},
                          lines.join(QLatin1Char('\n')));
}

int tallyCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    Session s;
    if (!openElection(context, args, s, &id))
        return Refused;
    const Result<Election> e = s.store->election(id);
    if (!e)
        return context.refuse(e.message());
    const Result<TallyResult> counted = ElectionTally::run(s.store->database(), id);
    if (!counted)
        return context.refuse(counted.message());
    const TallyResult &t = *counted;
    QJsonArray candidates;
    QStringList lines{QStringLiteral("Turnout: %1 of %2 persons (%3), %4 of %5 m² (%6) — %7")
                          .arg(t.participating.persons)
                          .arg(t.total.persons)
                          .arg(t.turnoutPersons ? QStringLiteral("met") : QStringLiteral("not met"))
                          .arg(OwnersVote::areaText(t.participating.areaCenti), OwnersVote::areaText(t.total.areaCenti),
                               t.turnoutArea ? QStringLiteral("met") : QStringLiteral("not met"),
                               OwnersVote::turnoutGapText(t.total, t.participating))};
    for (const CandidateResult &c : t.candidates) {
        candidates.append(candidateJson(c));
        lines << QStringLiteral("%1. %2\tyes %3 persons, %4 m²\t%5")
                     .arg(c.candidate.ballotNumber)
                     .arg(c.candidate.name)
                     .arg(c.yes.persons)
                     .arg(OwnersVote::areaText(c.yes.areaCenti), c.outcome);
    }
    lines << t.warnings;
    const Measures gap = t.turnoutGap();
    return context.answer(
        {{QStringLiteral("election"), id},
         {QStringLiteral("status"), e->status},
         {QStringLiteral("seats"), t.seats},
         {QStringLiteral("total"), measuresJson(t.total)},
         {QStringLiteral("participating"), measuresJson(t.participating)},
         {QStringLiteral("invalid"), measuresJson(t.invalid)},
         {QStringLiteral("turnout"), QJsonObject{{QStringLiteral("persons_met"), t.turnoutPersons},
                                                 {QStringLiteral("area_met"), t.turnoutArea},
                                                 {QStringLiteral("met"), t.turnoutMet()},
                                                 {QStringLiteral("missing"), measuresJson(gap)}}},
         {QStringLiteral("candidates"), candidates},
         {QStringLiteral("elected"), namesJson(t, t.elected)},
         {QStringLiteral("ties"), namesJson(t, t.tied)},
         {QStringLiteral("runoff_seats"), t.runOffSeats},
         {QStringLiteral("elected_party_members"), t.electedPartyMembers},
         {QStringLiteral("warnings"), QJsonArray::fromStringList(t.warnings)}},
        lines.join(QLatin1Char('\n')));
}

int closeCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    Session s;
    if (!openElection(context, args, s, &id))
        return Refused;
    const Status closed = s.store->close(id);
    if (!closed)
        return context.refuse(closed.message());
    const std::vector<ElectedMember> members = *s.store->members(id);
    QStringList names;
    for (const ElectedMember &m : members)
        names << m.name;
    return context.answer({{QStringLiteral("election"), id}, {QStringLiteral("status"), QStringLiteral("closed")},
                           {QStringLiteral("members"), QJsonArray::fromStringList(names)}},
                          QStringLiteral("Voting closed; ballots frozen. Elected: %1")
                              .arg(names.isEmpty() ? QStringLiteral("nobody") : names.join(QStringLiteral("、"))));
}

int roleCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0, number = 0;
    if (!electionId(context, args, &id))
        return Refused;
    if (!parseId(args.value(QStringLiteral("candidate")), &number))
        return context.refuse(QStringLiteral("--candidate must be the candidate's ballot number"));
    const QString role = ElectionCodes::parse(ElectionCodes::List::Role, args.value(QStringLiteral("role")));
    if (role.isEmpty())
        return context.refuse(QStringLiteral("--role must be director, deputy-director or member"));
    Session s;
    if (!open(context, s))
        return Refused;
    std::vector<qint64> ids;
    int code = Ok;
    if (!candidateIds(context, *s.store, id, {int(number)}, &ids, &code))
        return code;
    const Status done = s.store->setRole(id, ids.front(), role);
    if (!done)
        return context.refuse(done.message());
    return context.answer({{QStringLiteral("candidate"), number}, {QStringLiteral("role"), role}},
                          QStringLiteral("Candidate No. %1 is now %2.").arg(number).arg(role));
}

int runoffCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!electionId(context, args, &id))
        return Refused;
    QVector<int> numbers;
    if (!parseNumbers(args.value(QStringLiteral("winners")), &numbers) || numbers.isEmpty())
        return context.refuse(QStringLiteral("--winners takes candidate numbers like 3 or 3,5"));
    Session s;
    if (!open(context, s))
        return Refused;
    std::vector<qint64> ids;
    int code = Ok;
    if (!candidateIds(context, *s.store, id, numbers, &ids, &code))
        return code;
    const Status done = s.store->recordRunOff(id, ids, args.value(QStringLiteral("note")));
    if (!done)
        return context.refuse(done.message());
    return context.answer({{QStringLiteral("election"), id}, {QStringLiteral("runoff"), true}},
                          QStringLiteral("Run-off recorded."));
}

int filingCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    Session s;
    if (!openElection(context, args, s, &id))
        return Refused;
    ElectionFiling filing(*s.store);
    Transaction tx(s.store->database());
    for (const QString &code : args.value(QStringLiteral("done")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Status done = filing.setItem(id, code.trimmed(), true);
        if (!done)
            return context.refuse(done.message());
    }
    if (args.values.contains(QStringLiteral("filed"))) {
        const QDate date = QDate::fromString(args.value(QStringLiteral("filed")), Qt::ISODate);
        if (!date.isValid())
            return context.refuse(QStringLiteral("--filed must be a date like 2026-12-20"));
        const Status done = filing.markFiled(id, date);
        if (!done)
            return context.refuse(done.message());
    }
    const Status committed = tx.commit();
    if (!committed)
        return context.refuse(committed.message());
    const Result<FilingStatus> status = filing.status(id);
    if (!status)
        return context.refuse(status.message());
    QJsonArray items;
    QStringList lines{QStringLiteral("Deadline %1 (%2 days left)%3")
                          .arg(status->deadline.toString(Qt::ISODate))
                          .arg(status->daysLeft)
                          .arg(status->filed ? QStringLiteral(", filed on ") + status->filedAt.toString(Qt::ISODate) : QString())};
    for (const FilingItem &item : status->items) {
        items.append(QJsonObject{{QStringLiteral("code"), item.code}, {QStringLiteral("title"), item.title},
                                 {QStringLiteral("done"), item.done}});
        lines << QStringLiteral("[%1] %2 (%3)").arg(item.done ? QLatin1Char('x') : QLatin1Char(' ')).arg(item.title, item.code);
    }
    return context.answer({{QStringLiteral("deadline"), status->deadline.toString(Qt::ISODate)},
                           {QStringLiteral("days_left"), status->daysLeft},
                           {QStringLiteral("overdue"), status->overdue},
                           {QStringLiteral("filed"), status->filed},
                           {QStringLiteral("items"), items}},
                          lines.join(QLatin1Char('\n')));
}

int exportCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!electionId(context, args, &id))
        return Refused;
    const QString path = args.positional.at(1);
    Session s;
    if (!open(context, s))
        return Refused;
    ElectionTables tables(*s.store);
    const Status written = args.has(QStringLiteral("roll")) ? tables.writeRollXlsx(id, path) : tables.writeXlsx(id, path);
    if (!written)
        return context.refuse(written.message());
    return context.answer({{QStringLiteral("file"), nativePath(path)}}, QStringLiteral("Written: %1").arg(nativePath(path)));
}

int printBallotsCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    if (!electionId(context, args, &id))
        return Refused;
    QVector<int> numbers;
    if (!parseNumbers(args.value(QStringLiteral("voters")), &numbers))
        return context.refuse(QStringLiteral("--voters takes ballot numbers like 1,2,17"));
    const QString path = args.positional.at(1);
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return context.refuse(QStringLiteral("ballots are written as PDF: use a .pdf file name"));
    Session s;
    if (!open(context, s))
        return Refused;
    BallotPrinter printer(*s.store);
    printer.setVoterNumbers(numbers);
    const Status written = printer.writePdf(id, path);
    if (!written)
        return context.refuse(written.message());
    return context.answer({{QStringLiteral("file"), nativePath(path)}}, QStringLiteral("Ballots written: %1").arg(nativePath(path)));
}

// print election-result / election-tables / election-roll: a ReportDocument to PDF or ODT.
int printDocument(CommandContext &context, const CommandArgs &args,
                  Result<std::unique_ptr<ReportDocument>> (ElectionPrint::*make)(qint64) const)
{
    qint64 id = 0;
    if (!electionId(context, args, &id))
        return Refused;
    const QString path = args.positional.at(1);
    Session s;
    if (!open(context, s))
        return Refused;
    const Result<std::unique_ptr<ReportDocument>> document = (ElectionPrint(*s.store).*make)(id);
    if (!document)
        return context.refuse(document.message());
    const Status written = ReportWriter::write(*document.value(), path);
    if (!written)
        return context.refuse(written.message());
    return context.answer({{QStringLiteral("file"), nativePath(path)}}, QStringLiteral("Written: %1").arg(nativePath(path)));
}

int printResultCommand(CommandContext &context, const CommandArgs &args)
{
    return printDocument(context, args, &ElectionPrint::resultNotice);
}

int printTablesCommand(CommandContext &context, const CommandArgs &args)
{
    return printDocument(context, args, args.has(QStringLiteral("detail")) ? &ElectionPrint::detailDocument
                                                                            : &ElectionPrint::summaryDocument);
}

int printRollCommand(CommandContext &context, const CommandArgs &args)
{
    return printDocument(context, args, &ElectionPrint::rollDocument);
}

} // namespace

void registerResultCommands(CommandRegistry &registry)
{
    const QString e = QStringLiteral("election"), p = QStringLiteral("print");
    registry.add({{e, QStringLiteral("turnout")}, QStringLiteral("ID"),
                  QStringLiteral("The turnout panel: owners and m² still missing for two thirds, statuses, visits per building."),
                  QStringLiteral("communitydesk-cli election turnout 1"), {}, {}, 1, 1, &turnoutCommand});
    registry.add({{e, QStringLiteral("tally")}, QStringLiteral("ID"),
                  QStringLiteral("Count by the double test: turnout on each measure, per-candidate persons and area, "
                                 "elected, ties."),
                  QStringLiteral("communitydesk-cli election tally 1 --json"), {}, {}, 1, 1, &tallyCommand});
    registry.add({{e, QStringLiteral("close")}, QStringLiteral("ID"),
                  QStringLiteral("Close the vote: ballots are frozen and the elected committee is recorded."),
                  QStringLiteral("communitydesk-cli election close 1"), {}, {}, 1, 1, &closeCommand});
    registry.add({{e, QStringLiteral("role")}, QStringLiteral("ID --candidate C --role director|deputy-director|member"),
                  QStringLiteral("Give an elected member a role (主任/副主任/委员)."),
                  QStringLiteral("communitydesk-cli election role 1 --candidate 2 --role director"),
                  {QStringLiteral("candidate"), QStringLiteral("role")}, {}, 1, 1, &roleCommand});
    registry.add({{e, QStringLiteral("runoff")}, QStringLiteral("ID --winners C1[,C2] --note TEXT"),
                  QStringLiteral("Record the winners of the run-off among candidates tied for the last seat."),
                  QStringLiteral("communitydesk-cli election runoff 1 --winners 5 --note \"12月12日另行投票\""),
                  {QStringLiteral("winners"), QStringLiteral("note")}, {}, 1, 1, &runoffCommand});
    registry.add({{e, QStringLiteral("filing")}, QStringLiteral("ID [--done CODE[,CODE...]] [--filed YYYY-MM-DD]"),
                  QStringLiteral("The 备案 checklist and its 30-day deadline; tick documents, record the filing."),
                  QStringLiteral("communitydesk-cli election filing 1 --done application,result_notice"),
                  {QStringLiteral("done"), QStringLiteral("filed")}, {}, 1, 1, &filingCommand});
    registry.add({{e, QStringLiteral("export")}, QStringLiteral("ID OUT.xlsx [--roll]"),
                  QStringLiteral("表决结果明细表 and 汇总表 (with turnout) as .xlsx; --roll writes the 选民名册 instead."),
                  QStringLiteral("communitydesk-cli election export 1 结果.xlsx"), {}, {QStringLiteral("roll")}, 2, 2,
                  &exportCommand});
    registry.add({{p, QStringLiteral("ballots")}, QStringLiteral("ID OUT.pdf [--voters V1,V2]"),
                  QStringLiteral("Numbered ballots (选票), one page per voter on the frozen roll."),
                  QStringLiteral("communitydesk-cli print ballots 1 选票.pdf"), {QStringLiteral("voters")}, {}, 2, 2,
                  &printBallotsCommand});
    registry.add({{p, QStringLiteral("election-result")}, QStringLiteral("ID OUT.pdf|OUT.odt"),
                  QStringLiteral("The 选举结果公告 of a closed election."),
                  QStringLiteral("communitydesk-cli print election-result 1 公告.pdf"), {}, {}, 2, 2, &printResultCommand});
    registry.add({{p, QStringLiteral("election-tables")}, QStringLiteral("ID OUT.pdf|OUT.odt [--detail]"),
                  QStringLiteral("The 表决结果汇总表 with turnout; --detail prints the 明细表."),
                  QStringLiteral("communitydesk-cli print election-tables 1 汇总表.pdf"), {}, {QStringLiteral("detail")}, 2, 2,
                  &printTablesCommand});
    registry.add({{p, QStringLiteral("election-roll")}, QStringLiteral("ID OUT.pdf|OUT.odt"),
                  QStringLiteral("The 选民名册 with its totals of persons and area."),
                  QStringLiteral("communitydesk-cli print election-roll 1 名册.pdf"), {}, {}, 2, 2, &printRollCommand});
}

} // namespace cd::cli::election
