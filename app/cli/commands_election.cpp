// elections list, election create/show/candidate/open/roll/ballot/correct/voter.
#include "commands_election.h"

#include "commands.h"

#include "db/database.h"
#include "db/transaction.h"
#include "election/electioncodes.h"
#include "election/electionsql.h"
#include "election/electiontally.h"
#include "election/electionworkflow.h"
#include "election/ownersvote.h"

#include <QJsonArray>

#include <algorithm>

namespace cd::cli {

namespace election {

bool open(CommandContext &context, Session &session)
{
    Database *database = context.database();
    if (!database)
        return false;
    session.store = std::make_unique<ElectionStore>(*database, session.clock);
    return true;
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

bool electionId(CommandContext &context, const CommandArgs &args, qint64 *id)
{
    if (parseId(args.positional.value(0), id))
        return true;
    context.refuse(QStringLiteral("the election ID must be a positive whole number, not '%1'").arg(args.positional.value(0)));
    return false;
}

bool openElection(CommandContext &context, const CommandArgs &args, Session &session, qint64 *id)
{
    return electionId(context, args, id) && open(context, session);
}

bool parseNumbers(const QString &text, QVector<int> *numbers)
{
    numbers->clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1)
            return false;
        numbers->append(n);
    }
    return true;
}

bool candidateIds(CommandContext &context, const ElectionStore &store, qint64 electionId, const QVector<int> &numbers,
                  std::vector<qint64> *ids, int *exitCode)
{
    const Result<std::vector<Candidate>> candidates = store.candidates(electionId);
    if (!candidates) {
        *exitCode = context.refuse(candidates.message());
        return false;
    }
    for (int number : numbers) {
        const auto found = std::find_if(candidates->begin(), candidates->end(),
                                        [&](const Candidate &c) { return c.ballotNumber == number; });
        if (found == candidates->end()) {
            *exitCode = context.refuse(QStringLiteral("there is no candidate No. %1 on the ballot").arg(number));
            return false;
        }
        ids->push_back(found->id);
    }
    return true;
}

QJsonObject measuresJson(const Measures &m)
{
    return {{QStringLiteral("persons"), m.persons},
            {QStringLiteral("area"), OwnersVote::areaText(m.areaCenti)},
            {QStringLiteral("area_centi"), m.areaCenti}};
}

} // namespace election

namespace {

using namespace election;

QJsonObject electionJson(const Election &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("estate"), e.estateName},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("seats"), e.seats},
            {QStringLiteral("min_size"), e.minSize},
            {QStringLiteral("max_size"), e.maxSize},
            {QStringLiteral("odd_size"), e.oddSize},
            {QStringLiteral("term_years"), e.termYears},
            {QStringLiteral("meeting_date"), e.meetingDate.isValid() ? QJsonValue(e.meetingDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("voting_opened_at"), e.votingOpenedAt.isEmpty() ? QJsonValue() : QJsonValue(e.votingOpenedAt)},
            {QStringLiteral("closed_at"), e.closedAt.isEmpty() ? QJsonValue() : QJsonValue(e.closedAt)}};
}

int listCommand(CommandContext &context, const CommandArgs &args)
{
    Session s;
    if (!open(context, s))
        return Refused;
    qint64 estate = 0;
    if (args.values.contains(QStringLiteral("estate"))) {
        QSqlQuery q(s.store->database().sql());
        if (!electionsql::run(q, QStringLiteral("SELECT id FROM estate WHERE name = ?"), {args.value(QStringLiteral("estate"))}) || !q.next())
            return context.refuse(QStringLiteral("there is no estate named '%1'").arg(args.value(QStringLiteral("estate"))));
        estate = q.value(0).toLongLong();
    }
    const Result<std::vector<Election>> list = s.store->elections(estate);
    if (!list)
        return context.refuse(list.message());
    QJsonArray rows;
    QStringList lines;
    for (const Election &e : *list) {
        rows.append(electionJson(e));
        lines << QStringLiteral("%1\t%2\t%3\t%4 seats\t%5").arg(e.id).arg(e.estateName, e.title).arg(e.seats).arg(e.status);
    }
    return context.answer({{QStringLiteral("elections"), rows}},
                          lines.isEmpty() ? QStringLiteral("No elections.") : lines.join(QLatin1Char('\n')));
}

bool intOption(CommandContext &context, const CommandArgs &args, const QString &name, int low, int high, int *value, int *code)
{
    if (!args.values.contains(name))
        return true;
    bool ok = false;
    const int parsed = args.value(name).toInt(&ok);
    if (!ok || parsed < low || parsed > high) {
        *code = context.refuse(QStringLiteral("--%1 must be a whole number from %2 to %3").arg(name).arg(low).arg(high));
        return false;
    }
    *value = parsed;
    return true;
}

int createCommand(CommandContext &context, const CommandArgs &args)
{
    Election e;
    e.title = args.value(QStringLiteral("title"));
    int code = Ok;
    if (!intOption(context, args, QStringLiteral("seats"), 1, 99, &e.seats, &code)
        || !intOption(context, args, QStringLiteral("min"), 1, 99, &e.minSize, &code)
        || !intOption(context, args, QStringLiteral("max"), 1, 99, &e.maxSize, &code)
        || !intOption(context, args, QStringLiteral("term"), 1, 5, &e.termYears, &code))
        return code;
    e.oddSize = !args.has(QStringLiteral("even-allowed"));
    if (args.values.contains(QStringLiteral("kind"))) {
        e.kind = ElectionCodes::parse(ElectionCodes::List::Kind, args.value(QStringLiteral("kind")));
        if (e.kind.isEmpty())
            return context.refuse(QStringLiteral("--kind must be first, renewal or by-election"));
    }
    if (args.values.contains(QStringLiteral("meeting-date"))) {
        e.meetingDate = QDate::fromString(args.value(QStringLiteral("meeting-date")), Qt::ISODate);
        if (!e.meetingDate.isValid())
            return context.refuse(QStringLiteral("--meeting-date must be a date like 2026-12-05"));
    }
    Session s;
    if (!open(context, s))
        return Refused;
    const QString estateName = args.value(QStringLiteral("estate"));
    QSqlQuery q(s.store->database().sql());
    if (!electionsql::run(q, QStringLiteral("SELECT id FROM estate WHERE name = ?"), {estateName}) || !q.next())
        return context.refuse(QStringLiteral("there is no estate named '%1'").arg(estateName));
    e.estateId = q.value(0).toLongLong();
    if (e.title.isEmpty())
        e.title = QStringLiteral("%1业主委员会%2").arg(estateName, ElectionCodes::chinese(ElectionCodes::List::Kind, e.kind));
    const Result<qint64> id = s.store->create(e);
    if (!id)
        return context.refuse(id.message());
    return context.answer({{QStringLiteral("id"), *id}, {QStringLiteral("election"), electionJson(*s.store->election(*id))}},
                          QStringLiteral("Election %1 created: %2 (%3 seats)").arg(*id).arg(e.title).arg(e.seats));
}

int showCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    Session s;
    if (!openElection(context, args, s, &id))
        return Refused;
    const Result<Election> e = s.store->election(id);
    if (!e)
        return context.refuse(e.message());
    const Result<std::vector<StepReport>> steps = ElectionWorkflow(*s.store).steps(id);
    if (!steps)
        return context.refuse(steps.message());
    QJsonArray rows;
    QStringList lines{QStringLiteral("%1 — %2 (%3)").arg(e->estateName, e->title, e->status)};
    for (const StepReport &r : *steps) {
        rows.append(QJsonObject{{QStringLiteral("step"), ElectionWorkflow::stepCode(r.step)},
                                {QStringLiteral("state"), ElectionWorkflow::stateCode(r.state)},
                                {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)},
                                {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                                {QStringLiteral("info"), QJsonArray::fromStringList(r.info)}});
        lines << QStringLiteral("[%1] %2").arg(ElectionWorkflow::stateCode(r.state), ElectionWorkflow::stepName(r.step));
        for (const QString &m : r.missing)
            lines << QStringLiteral("    missing: ") + m;
        for (const QString &w : r.warnings)
            lines << QStringLiteral("    warning: ") + w;
    }
    QJsonObject object = electionJson(*e);
    object.insert(QStringLiteral("steps"), rows);
    return context.answer(object, lines.join(QLatin1Char('\n')));
}

int candidateCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0, person = 0;
    if (!electionId(context, args, &id))
        return Refused;
    if (!parseId(args.value(QStringLiteral("person")), &person))
        return context.refuse(QStringLiteral("--person must be a person id"));
    const QString source = ElectionCodes::parse(ElectionCodes::List::Source, args.value(QStringLiteral("source"), QStringLiteral("self")));
    if (source.isEmpty())
        return context.refuse(QStringLiteral("--source must be self, joint, party-org or residents-committee"));
    Session s;
    if (!open(context, s))
        return Refused;
    Transaction tx(s.store->database());
    const Result<qint64> candidate = s.store->addCandidate(id, person, source);
    if (!candidate)
        return context.refuse(candidate.message());
    if (args.has(QStringLiteral("vetted"))) {
        const Status approved = s.store->approveAllChecks(*candidate, args.value(QStringLiteral("note")));
        if (!approved)
            return context.refuse(approved.message());
    }
    const Status committed = tx.commit();
    if (!committed)
        return context.refuse(committed.message());
    const Candidate c = *s.store->candidate(*candidate);
    return context.answer({{QStringLiteral("candidate"), c.id}, {QStringLiteral("name"), c.name},
                           {QStringLiteral("vetting"), c.vetting}, {QStringLiteral("party_member"), c.partyMember}},
                          QStringLiteral("Candidate %1 added: %2 (%3)").arg(c.id).arg(c.name, c.vetting));
}

int openCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    Session s;
    if (!openElection(context, args, s, &id))
        return Refused;
    const Status opened = s.store->openVoting(id);
    if (!opened)
        return context.refuse(opened.message());
    const VoterRoll roll = *s.store->roll(id);
    return context.answer({{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("voting")},
                           {QStringLiteral("persons"), roll.persons}, {QStringLiteral("area"), OwnersVote::areaText(roll.areaCenti)}},
                          QStringLiteral("Voting opened; roll frozen with %1 persons, %2 m²")
                              .arg(roll.persons)
                              .arg(OwnersVote::areaText(roll.areaCenti)));
}

int rollCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    Session s;
    if (!openElection(context, args, s, &id))
        return Refused;
    const Result<VoterRoll> roll = s.store->roll(id);
    if (!roll)
        return context.refuse(roll.message());
    QJsonArray voters;
    for (const RollVoter &v : roll->voters) {
        voters.append(QJsonObject{{QStringLiteral("number"), v.number}, {QStringLiteral("kind"), v.kind},
                                  {QStringLiteral("name"), v.name}, {QStringLiteral("owners"), v.owners},
                                  {QStringLiteral("rooms"), v.rooms}, {QStringLiteral("dwellings"), int(v.dwellings.size())},
                                  {QStringLiteral("area"), OwnersVote::areaText(v.areaCenti)},
                                  {QStringLiteral("area_centi"), v.areaCenti}, {QStringLiteral("status"), v.status}});
    }
    return context.answer({{QStringLiteral("election"), id}, {QStringLiteral("frozen"), roll->frozen},
                           {QStringLiteral("persons"), roll->persons}, {QStringLiteral("area"), OwnersVote::areaText(roll->areaCenti)},
                           {QStringLiteral("area_centi"), roll->areaCenti}, {QStringLiteral("dwellings"), roll->dwellings},
                           {QStringLiteral("developer_dwellings"), roll->developerDwellings},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(roll->warnings)},
                           {QStringLiteral("voters"), voters}},
                          QStringLiteral("%1 roll: %2 persons, %3 m² (%4 dwellings)%5")
                              .arg(roll->frozen ? QStringLiteral("Frozen") : QStringLiteral("Preview"))
                              .arg(roll->persons)
                              .arg(OwnersVote::areaText(roll->areaCenti))
                              .arg(roll->dwellings)
                              .arg(roll->warnings.isEmpty() ? QString() : QLatin1Char('\n') + roll->warnings.join(QLatin1Char('\n'))));
}

// --voter V --yes 1,2 --no 3 [--invalid] [--proxy] [--teller NAME] as a BallotEntry.
bool ballotFromArgs(CommandContext &context, const ElectionStore &store, qint64 id, const CommandArgs &args, BallotEntry *ballot, int *code)
{
    qint64 voter = 0;
    if (!parseId(args.value(QStringLiteral("voter")), &voter)) {
        *code = context.refuse(QStringLiteral("--voter must be a ballot number"));
        return false;
    }
    ballot->voterNumber = int(voter);
    QVector<int> yes, no;
    if (!parseNumbers(args.value(QStringLiteral("yes")), &yes) || !parseNumbers(args.value(QStringLiteral("no")), &no)) {
        *code = context.refuse(QStringLiteral("--yes and --no take candidate numbers like 1,3,5"));
        return false;
    }
    ballot->invalid = args.has(QStringLiteral("invalid"));
    ballot->byProxy = args.has(QStringLiteral("proxy"));
    ballot->teller = args.value(QStringLiteral("teller"));
    return candidateIds(context, store, id, yes, &ballot->yes, code) && candidateIds(context, store, id, no, &ballot->no, code);
}

int ballotCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    Session s;
    if (!openElection(context, args, s, &id))
        return Refused;
    BallotEntry ballot;
    int code = Ok;
    if (!ballotFromArgs(context, *s.store, id, args, &ballot, &code))
        return code;
    const Status entered = s.store->enterBallot(id, ballot);
    if (!entered)
        return context.refuse(entered.message());
    const Result<TallyResult> tally = ElectionTally::run(s.store->database(), id);
    const QString gap = tally ? OwnersVote::turnoutGapText(tally->total, tally->participating) : QString();
    return context.answer({{QStringLiteral("election"), id}, {QStringLiteral("voter"), ballot.voterNumber},
                           {QStringLiteral("entered"), true}, {QStringLiteral("turnout"), gap}},
                          QStringLiteral("Ballot No. %1 entered. %2").arg(ballot.voterNumber).arg(gap));
}

int correctCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0;
    Session s;
    if (!openElection(context, args, s, &id))
        return Refused;
    const QString reason = args.value(QStringLiteral("reason"));
    BallotEntry ballot;
    int code = Ok;
    if (!ballotFromArgs(context, *s.store, id, args, &ballot, &code))
        return code;
    const Status done = args.has(QStringLiteral("remove"))
        ? s.store->removeBallot(id, ballot.voterNumber, reason, ballot.teller)
        : s.store->correctBallot(id, ballot, reason, ballot.teller);
    if (!done)
        return context.refuse(done.message());
    return context.answer({{QStringLiteral("election"), id}, {QStringLiteral("voter"), ballot.voterNumber},
                           {QStringLiteral("corrected"), true}},
                          QStringLiteral("Ballot No. %1 corrected (logged).").arg(ballot.voterNumber));
}

int voterCommand(CommandContext &context, const CommandArgs &args)
{
    qint64 id = 0, voter = 0;
    if (!electionId(context, args, &id))
        return Refused;
    if (!parseId(args.value(QStringLiteral("voter")), &voter))
        return context.refuse(QStringLiteral("--voter must be a ballot number"));
    Session s;
    if (!open(context, s))
        return Refused;
    Transaction tx(s.store->database());
    const QString note = args.value(QStringLiteral("note"));
    if (args.values.contains(QStringLiteral("status"))) {
        const QString status = ElectionCodes::parse(ElectionCodes::List::VoterStatus, args.value(QStringLiteral("status")));
        const Status done = s.store->setVoterStatus(id, int(voter), status.isEmpty() ? args.value(QStringLiteral("status")) : status);
        if (!done)
            return context.refuse(done.message());
    }
    if (args.values.contains(QStringLiteral("canvass"))) {
        const QString canvass = ElectionCodes::parse(ElectionCodes::List::Canvass, args.value(QStringLiteral("canvass")));
        const Status done = s.store->setCanvass(id, int(voter), canvass.isEmpty() ? args.value(QStringLiteral("canvass")) : canvass, note);
        if (!done)
            return context.refuse(done.message());
    }
    if (args.values.contains(QStringLiteral("proxy-name"))) {
        const Status done = s.store->setProxy(id, int(voter), args.value(QStringLiteral("proxy-name")), note);
        if (!done)
            return context.refuse(done.message());
    }
    const Status committed = tx.commit();
    if (!committed)
        return context.refuse(committed.message());
    const Result<RollVoter> v = s.store->voter(id, int(voter));
    if (!v)
        return context.refuse(v.message());
    return context.answer({{QStringLiteral("number"), v->number}, {QStringLiteral("name"), v->name},
                           {QStringLiteral("status"), v->status}, {QStringLiteral("canvass"), v->canvass},
                           {QStringLiteral("proxy"), v->proxyName}},
                          QStringLiteral("Voter No. %1 %2: %3, visit %4%5")
                              .arg(v->number)
                              .arg(v->name, v->status, v->canvass,
                                   v->proxyName.isEmpty() ? QString() : QStringLiteral(", proxy ") + v->proxyName));
}

} // namespace

void registerElectionCommands(CommandRegistry &registry)
{
    const auto add = [&](QStringList words, QString arguments, QString summary, QString example, QStringList values,
                         QStringList flags, int minPositional, int maxPositional,
                         int (*run)(CommandContext &, const CommandArgs &)) {
        registry.add({std::move(words), std::move(arguments), std::move(summary), std::move(example), std::move(values),
                      std::move(flags), minPositional, maxPositional, run});
    };
    const QString e = QStringLiteral("election");
    add({QStringLiteral("elections"), QStringLiteral("list")}, QStringLiteral("[--estate NAME]"),
        QStringLiteral("List the owners' committee elections (业委会选举)."), QStringLiteral("communitydesk-cli elections list --json"),
        {QStringLiteral("estate")}, {}, 0, 0, &listCommand);
    add({e, QStringLiteral("create")},
        QStringLiteral("--estate NAME --seats N [--title T] [--kind first|renewal|by-election] [--min N] [--max N] "
                       "[--even-allowed] [--term YEARS] [--meeting-date YYYY-MM-DD]"),
        QStringLiteral("Create an election (committee size 5–11 and odd unless changed)."),
        QStringLiteral("communitydesk-cli election create --estate 幸福小区 --seats 7 --meeting-date 2026-12-05"),
        {QStringLiteral("estate"), QStringLiteral("seats"), QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("min"),
         QStringLiteral("max"), QStringLiteral("term"), QStringLiteral("meeting-date")},
        {QStringLiteral("even-allowed")}, 0, 0, &createCommand);
    add({e, QStringLiteral("show")}, QStringLiteral("ID"),
        QStringLiteral("The six steps of an election: what is done, what is missing, warnings."),
        QStringLiteral("communitydesk-cli election show 1"), {}, {}, 1, 1, &showCommand);
    add({e, QStringLiteral("candidate")}, QStringLiteral("ID --person PERSON_ID [--source self|joint|party-org|residents-committee] [--vetted] [--note T]"),
        QStringLiteral("Add a candidate; --vetted confirms the 四有 and the conditions and approves."),
        QStringLiteral("communitydesk-cli election candidate 1 --person 42 --source party-org --vetted"),
        {QStringLiteral("person"), QStringLiteral("source"), QStringLiteral("note")}, {QStringLiteral("vetted")}, 1, 1,
        &candidateCommand);
    add({e, QStringLiteral("open")}, QStringLiteral("ID"), QStringLiteral("Freeze the voter roll and open voting."),
        QStringLiteral("communitydesk-cli election open 1"), {}, {}, 1, 1, &openCommand);
    add({e, QStringLiteral("roll")}, QStringLiteral("ID"),
        QStringLiteral("The voter roll (persons and area by the counting rules; a preview until voting opens)."),
        QStringLiteral("communitydesk-cli election roll 1 --json"), {}, {}, 1, 1, &rollCommand);
    add({e, QStringLiteral("ballot")}, QStringLiteral("ID --voter V [--yes C1,C2] [--no C3] [--invalid] [--proxy] [--teller NAME]"),
        QStringLiteral("Enter a paper ballot: V is the ballot number, C the candidates' numbers; unmarked = abstain."),
        QStringLiteral("communitydesk-cli election ballot 1 --voter 17 --yes 1,2,4 --no 3"),
        {QStringLiteral("voter"), QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("teller")},
        {QStringLiteral("invalid"), QStringLiteral("proxy")}, 1, 1, &ballotCommand);
    add({e, QStringLiteral("correct")},
        QStringLiteral("ID --voter V --reason TEXT [--yes C1,C2] [--no C3] [--invalid] [--proxy] [--remove] [--teller NAME]"),
        QStringLiteral("Replace (or --remove) an entered ballot; the reason is logged."),
        QStringLiteral("communitydesk-cli election correct 1 --voter 17 --yes 1,2 --reason \"录入错误\""),
        {QStringLiteral("voter"), QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("reason"), QStringLiteral("teller")},
        {QStringLiteral("invalid"), QStringLiteral("proxy"), QStringLiteral("remove")}, 1, 1, &correctCommand);
    add({e, QStringLiteral("voter")},
        QStringLiteral("ID --voter V [--status pending|refused|unreachable] [--canvass not-visited|delivered|revisit|collected] "
                       "[--proxy-name NAME] [--note T]"),
        QStringLiteral("Record a voter's status (未投/拒绝/无法联系), door-to-door visit (扫楼) or written proxy (委托)."),
        QStringLiteral("communitydesk-cli election voter 1 --voter 17 --canvass delivered"),
        {QStringLiteral("voter"), QStringLiteral("status"), QStringLiteral("canvass"), QStringLiteral("proxy-name"), QStringLiteral("note")},
        {}, 1, 1, &voterCommand);
    registerResultCommands(registry);
}

} // namespace cd::cli
