#include "election/electionworkflow.h"

#include "common/clock.h"
#include "election/electionfiling.h"
#include "election/electionstore.h"
#include "election/electiontally.h"
#include "election/ownersvote.h"
#include "election/voterrollbuilder.h"

#include <algorithm>
#include <optional>

namespace cd {

namespace {

using State = StepReport::State;

QString areaM2(qint64 areaCenti)
{
    return OwnersVote::areaText(areaCenti) + QStringLiteral(" m²");
}

} // namespace

ElectionWorkflow::ElectionWorkflow(const ElectionStore &store) : m_store(store) {}

QList<ElectionStep> ElectionWorkflow::allSteps()
{
    return {ElectionStep::Prepare, ElectionStep::Candidates, ElectionStep::Roll,
            ElectionStep::Voting,  ElectionStep::Counting,   ElectionStep::Results};
}

QString ElectionWorkflow::stepCode(ElectionStep step)
{
    static const char *const codes[] = {"prepare", "candidates", "roll", "voting", "counting", "results"};
    return QLatin1String(codes[int(step)]);
}

QString ElectionWorkflow::stepName(ElectionStep step)
{
    static const char *const names[] = {QT_TR_NOOP("Preparation"), QT_TR_NOOP("Candidates"), QT_TR_NOOP("Voter roll"),
                                        QT_TR_NOOP("Voting"),      QT_TR_NOOP("Counting"),   QT_TR_NOOP("Results")};
    return tr(names[int(step)]);
}

QString ElectionWorkflow::stepChinese(ElectionStep step)
{
    static const char *const names[] = {"准备", "候选人", "选民名册", "投票", "计票", "结果"};
    return QString::fromUtf8(names[int(step)]);
}

QString ElectionWorkflow::stateCode(StepReport::State state)
{
    switch (state) {
    case State::Blocked: return QStringLiteral("blocked");
    case State::InProgress: return QStringLiteral("in_progress");
    case State::Done: return QStringLiteral("done");
    }
    return QString();
}

Result<std::vector<StepReport>> ElectionWorkflow::steps(qint64 electionId) const
{
    const Result<Election> found = m_store.election(electionId);
    if (!found)
        return found.status();
    const Election &e = *found;
    const Result<std::vector<Candidate>> candidates = m_store.candidates(electionId);
    if (!candidates)
        return candidates.status();

    std::vector<StepReport> reports(6);
    for (ElectionStep step : allSteps())
        reports[size_t(step)].step = step;
    StepReport &prepare = reports[0], &slate = reports[1], &roll = reports[2];
    StepReport &voting = reports[3], &counting = reports[4], &results = reports[5];
    const bool preparing = e.isPreparing();

    // 准备
    prepare.missing = ElectionStore::settingProblems(e);
    if (!e.meetingDate.isValid())
        prepare.missing << tr("Set the date of the owners' general meeting.");
    prepare.info << tr("%1 seats; committee of %2–%3 members%4; term %5 years")
                        .arg(e.seats)
                        .arg(e.minSize)
                        .arg(e.maxSize)
                        .arg(e.oddSize ? tr(", odd number") : QString())
                        .arg(e.termYears);
    prepare.state = (!preparing || prepare.missing.isEmpty()) ? State::Done : State::InProgress;
    if (!preparing)
        prepare.missing.clear();

    // 候选人
    int approved = 0, pending = 0, approvedParty = 0;
    for (const Candidate &c : *candidates) {
        approved += c.isApproved() ? 1 : 0;
        pending += c.isPending() ? 1 : 0;
        approvedParty += c.isApproved() && c.partyMember ? 1 : 0;
    }
    slate.info << tr("%1 candidates, %2 approved, %3 party members among the approved")
                      .arg(candidates->size())
                      .arg(approved)
                      .arg(approvedParty);
    if (approved > 0 && 2 * approvedParty < approved)
        slate.warnings << tr("Party members are %1 of %2 approved candidates, under half.").arg(approvedParty).arg(approved);
    if (!preparing) {
        slate.state = State::Done;
    } else if (!prepare.isDone()) {
        slate.missing << tr("Complete the preparation first.");
    } else {
        if (pending > 0)
            slate.missing << tr("%n candidate(s) still waiting for vetting.", nullptr, pending);
        if (approved < e.seats)
            slate.missing << tr("%1 approved candidates for %2 seats: at least %2 are needed.").arg(approved).arg(e.seats);
        slate.state = slate.missing.isEmpty() ? State::Done : State::InProgress;
    }

    // 选民名册
    const Result<VoterRoll> rollNow = m_store.roll(electionId);
    if (!rollNow)
        return rollNow.status();
    roll.info << tr("%1 persons, %2 (%3 dwellings)").arg(rollNow->persons).arg(areaM2(rollNow->areaCenti)).arg(rollNow->dwellings);
    roll.warnings = rollNow->warnings;
    if (!preparing) {
        roll.state = State::Done;
        roll.info << tr("Frozen when voting opened, %1").arg(QString(rollNow->frozenAt).replace(QLatin1Char('T'), QLatin1Char(' ')));
    } else if (!prepare.isDone() || !slate.isDone()) {
        roll.missing << tr("Complete the preparation and the candidate list first.");
    } else {
        roll.state = State::InProgress;
        if (rollNow->persons == 0)
            roll.missing << tr("The estate has no dwellings: there is nobody to vote.");
    }

    // 投票 and 计票
    const Result<int> ballots = m_store.ballotCount(electionId);
    if (!ballots)
        return ballots.status();
    std::optional<TallyResult> tally;
    if (!preparing) {
        const Result<TallyResult> counted = ElectionTally::run(m_store.database(), electionId);
        if (!counted)
            return counted.status();
        tally = *counted;
        voting.info << tr("%1 of %2 ballots returned; %3 of %4")
                           .arg(tally->participating.persons)
                           .arg(tally->total.persons)
                           .arg(areaM2(tally->participating.areaCenti))
                           .arg(areaM2(tally->total.areaCenti));
        voting.info << OwnersVote::turnoutGapText(tally->total, tally->participating);
    }
    if (e.isClosed()) {
        voting.state = counting.state = State::Done;
    } else if (e.isVoting()) {
        voting.state = counting.state = State::InProgress;
        if (!tally->turnoutMet())
            voting.warnings << tr("Turnout has not reached two thirds yet.");
        if (*ballots == 0)
            counting.missing << tr("No ballots have been entered yet.");
        else
            counting.warnings = tally->warnings;
    } else {
        voting.missing << tr("Voting opens when the roll is frozen.");
        counting.missing << tr("Voting has not opened yet.");
    }

    // 结果
    if (!e.isClosed()) {
        results.missing << tr("Close the vote first.");
        return reports;
    }
    results.warnings = tally->warnings;
    const Result<std::vector<ElectedMember>> members = m_store.members(electionId);
    if (!members)
        return members.status();
    const bool runOffRecorded = std::any_of(members->begin(), members->end(),
                                            [](const ElectedMember &m) { return m.source == QLatin1String("runoff"); });
    if (tally->turnoutMet() && !tally->tied.empty() && !runOffRecorded)
        results.missing << tr("Record the run-off among the tied candidates.");
    const bool hasDirector = std::any_of(members->begin(), members->end(),
                                         [](const ElectedMember &m) { return m.role == QLatin1String("director"); });
    if (!members->empty() && !hasDirector)
        results.missing << tr("Choose the committee's director.");
    results.info << tr("%n member(s) elected", nullptr, int(members->size()));
    if (!members->empty()) {
        const Result<FilingStatus> filing = ElectionFiling(m_store).status(electionId);
        if (!filing)
            return filing.status();
        if (!filing->filed)
            results.missing << tr("File the result (备案) by %1: %n document(s) outstanding.", nullptr,
                                  filing->outstanding())
                                   .arg(filing->deadline.toString(Qt::ISODate));
        if (filing->overdue)
            results.warnings << tr("The filing deadline %1 has passed.").arg(filing->deadline.toString(Qt::ISODate));
    }
    results.state = results.missing.isEmpty() ? State::Done : State::InProgress;
    return reports;
}

Result<StepReport> ElectionWorkflow::step(qint64 electionId, ElectionStep step) const
{
    const Result<std::vector<StepReport>> all = steps(electionId);
    if (!all)
        return all.status();
    return all->at(size_t(step));
}

Status ElectionWorkflow::requireReady(qint64 electionId, ElectionStep step) const
{
    const Result<StepReport> report = this->step(electionId, step);
    if (!report)
        return report.status();
    if (report->canRun())
        return Status::success();
    if (report->state == State::Done)
        return Status::failure(tr("The step \"%1\" is already done.").arg(stepName(step)));
    return Status::failure(tr("The step \"%1\" cannot run yet: %2").arg(stepName(step), report->missing.join(QLatin1Char(' '))));
}

Result<ElectionStep> ElectionWorkflow::currentStep(qint64 electionId) const
{
    const Result<std::vector<StepReport>> all = steps(electionId);
    if (!all)
        return all.status();
    for (const StepReport &report : *all) {
        if (!report.isDone())
            return report.step;
    }
    return ElectionStep::Results;
}

} // namespace cd
