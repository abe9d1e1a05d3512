#pragma once

#include "common/clock.h"
#include "election/electionworkflow.h"
#include "pages/page.h"

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cd {

class CandidateStep;
class CountingStep;
class ElectionJob;
class ElectionListModel;
class ElectionStepWidget;
class ElectionStore;
class PrepareStep;
class ResultsStep;
class RollStep;
class VotingStep;

/// 选举: owners' committee elections. The list of elections (estate, type, state) with
/// "New election…", and for the selected one the six steps 准备 → 候选人 → 选民名册 → 投票 →
/// 计票 → 结果 as ElectionWorkflow reports them: what is done, what is missing, warnings. A
/// step whose inputs are incomplete is shown disabled with the reason; its actions never run.
class ElectionPage : public Page
{
    Q_OBJECT

public:
    explicit ElectionPage(AppSession &session, QWidget *parent = nullptr);
    ~ElectionPage() override;

    QString pageId() const override { return QStringLiteral("elections"); }
    QString title() const override;
    QIcon icon() const override;

    ElectionListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_view; }
    QToolButton *stepButton(ElectionStep step) const { return m_stepButtons[int(step)]; }
    QWidget *stepWidget(ElectionStep step) const;
    QLabel *statusLabel() const { return m_status; }
    PrepareStep *prepareStep() const { return m_prepare; }
    CandidateStep *candidateStep() const { return m_candidates; }
    RollStep *rollStep() const { return m_roll; }
    VotingStep *votingStep() const { return m_voting; }
    CountingStep *countingStep() const { return m_counting; }
    ResultsStep *resultsStep() const { return m_results; }
    ElectionStep currentStep() const { return m_step; }
    /// The report of `step` for the selected election, as last loaded.
    StepReport report(ElectionStep step) const;
    /// True while a worker (roll freeze, ballot PDF) runs.
    bool isBusy() const;

    qint64 selectedElection() const;
    void selectElection(qint64 id);
    void showStep(ElectionStep step);

public slots:
    void newElection();
    void deleteElection();

protected:
    void refresh() override;
    void databaseClosed() override;
    void retranslateUi() override;

private:
    void loadSelected(bool goToCurrentStep);
    void loadStep();
    void onDataWritten();
    void updateStepBar();
    void fitList();
    void updateActions();

    SystemClock m_clock;
    std::unique_ptr<ElectionStore> m_store;
    ElectionJob *m_job;
    QLabel *m_heading;
    QPushButton *m_new;
    QPushButton *m_delete;
    ElectionListModel *m_model;
    QTableView *m_view;
    QLabel *m_electionTitle;
    QToolButton *m_stepButtons[6];
    QLabel *m_status;
    QStackedWidget *m_stack;
    PrepareStep *m_prepare;
    CandidateStep *m_candidates;
    RollStep *m_roll;
    VotingStep *m_voting;
    CountingStep *m_counting;
    ResultsStep *m_results;
    ElectionStepWidget *m_steps[6];
    ElectionStep m_step = ElectionStep::Prepare;
    std::vector<StepReport> m_reports;
    qint64 m_loadedId = 0;
};

} // namespace cd
