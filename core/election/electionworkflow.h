#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace cd {

class ElectionStore;

/// The six steps of an election as the step-by-step page shows them:
/// 准备 → 候选人 → 选民名册 → 投票 → 计票 → 结果.
enum class ElectionStep { Prepare, Candidates, Roll, Voting, Counting, Results };

/// Where one step stands. Blocked: an earlier step is incomplete (missing names it).
/// InProgress: the step can be worked on; missing lists what it still needs before its
/// action may run (freeze the roll, close the vote) or before it counts as complete.
/// Done: finished.
struct StepReport
{
    enum class State { Blocked, InProgress, Done };

    ElectionStep step = ElectionStep::Prepare;
    State state = State::Blocked;
    QStringList missing;
    QStringList warnings;
    QStringList info; ///< figures worth showing (counts, turnout)

    bool isDone() const { return state == State::Done; }
    /// The step's action may run now: in progress with nothing missing.
    bool canRun() const { return state == State::InProgress && missing.isEmpty(); }
};

/// Says, for each step of an election, what is done and what is missing, and refuses to
/// run a step whose inputs are incomplete. ElectionStore asks it before opening the vote
/// (freezing the roll) and before closing; the UI asks it to enable its pages.
class ElectionWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(cd::ElectionWorkflow)

public:
    explicit ElectionWorkflow(const ElectionStore &store);

    Result<std::vector<StepReport>> steps(qint64 electionId) const;
    Result<StepReport> step(qint64 electionId, ElectionStep step) const;
    /// Success when step(...).canRun(); otherwise a failure listing what is missing.
    Status requireReady(qint64 electionId, ElectionStep step) const;
    /// The first step that is not done (Results when all are).
    Result<ElectionStep> currentStep(qint64 electionId) const;

    static QList<ElectionStep> allSteps();
    static QString stepCode(ElectionStep step); ///< prepare, candidates, roll, voting, counting, results
    static QString stepName(ElectionStep step); ///< translated
    static QString stepChinese(ElectionStep step);
    static QString stateCode(StepReport::State state); ///< blocked, in_progress, done

private:
    const ElectionStore &m_store;
};

} // namespace cd
