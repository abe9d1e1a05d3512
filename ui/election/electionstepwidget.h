#pragma once

#include "common/status.h"
#include "election/electiontypes.h"
#include "election/electionworkflow.h"

#include <QWidget>

#include <vector>

namespace cd {

class AppSession;
class ElectionJob;
class ElectionStore;
class ReportDocument;

/// One step of the election page. The page hands each step the store (on the GUI thread's
/// connection), the election and the workflow's reports; a step writes only through the
/// store and announces it with dataWritten(), after which the page reloads everything.
class ElectionStepWidget : public QWidget
{
    Q_OBJECT

public:
    ElectionStepWidget(AppSession &session, ElectionJob &job, QWidget *parent = nullptr);

    void load(ElectionStore &store, const Election &election, const std::vector<StepReport> &reports);
    void clear();
    virtual void retranslateUi() = 0;

signals:
    void dataWritten();

protected:
    virtual void reload() = 0;
    virtual void clearView() = 0;

    AppSession &session() const { return m_session; }
    ElectionJob &job() const { return m_job; }
    ElectionStore *store() const { return m_store; }
    const Election &election() const { return m_election; }
    const StepReport &report(ElectionStep step) const { return m_reports.at(size_t(step)); }
    bool hasElection() const { return m_store && m_election.id != 0; }

    /// Shows a failed status and returns false; true when it succeeded.
    bool check(const Status &status);
    void showError(const QString &message);
    void previewReport(ReportDocument &report);
    /// A save dialog in the documents folder; empty when cancelled. `extension` without dot.
    QString askSavePath(const QString &caption, const QString &name, const QString &filter, const QString &extension);

private:
    AppSession &m_session;
    ElectionJob &m_job;
    ElectionStore *m_store = nullptr;
    Election m_election;
    std::vector<StepReport> m_reports;
};

} // namespace cd
