#pragma once

#include "election/electionstepwidget.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace cd {

/// 候选人: candidates added from the roster with a person lookup and a source (自荐 / 联名推荐 /
/// 社区党组织推荐 / 居委会推荐), their party membership from the census, and the vetting of the
/// selected candidate: the 四有 checklist with notes and the eligibility conditions and
/// disqualifiers. The party share under 50% is a reminder, never a block.
class CandidateStep : public ElectionStepWidget
{
    Q_OBJECT

public:
    CandidateStep(AppSession &session, ElectionJob &job, QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *resultList() const { return m_results; }
    QComboBox *sourceBox() const { return m_source; }
    QPushButton *addButton() const { return m_add; }
    QTableWidget *candidateTable() const { return m_table; }
    QCheckBox *fourHasBox(int index) const { return m_four[index]; }
    QTableWidget *conditionTable() const { return m_conditions; }
    QLabel *problemLabel() const { return m_problems; }
    QPushButton *approveButton() const { return m_approve; }

    /// Selects the candidate row of `candidateId`.
    void selectCandidate(qint64 candidateId);
    qint64 selectedCandidate() const;
    /// Answers condition `row` of the editor: 1 yes (met / applies), 0 no, -1 unanswered.
    void setConditionAnswer(int row, int answer);
    void retranslateUi() override;

public slots:
    void search();
    void addSelected();
    void saveVetting();
    void approveSelected();
    void rejectSelected(const QString &note);
    void withdrawSelected(const QString &note);
    void removeSelected();
    /// The election's vetting conditions (editable while preparing).
    bool addCondition(const QString &kind, const QString &text);
    bool removeCondition(qint64 conditionId);
    void askAddCondition();
    void removeSelectedCondition();

protected:
    void reload() override;
    void clearView() override;

private:
    void showCandidate();
    Candidate editedCandidate() const;
    void updateProblems();
    void updateActions();
    void askNote(bool reject);

    std::vector<Candidate> m_candidates;
    std::vector<ElectionCondition> m_conditionList;
    QLabel *m_summary;
    QLineEdit *m_search;
    QListWidget *m_results;
    QComboBox *m_source;
    QPushButton *m_add;
    QTimer *m_searchTimer;
    QTableWidget *m_table;
    QLabel *m_vettingHeading;
    QCheckBox *m_four[4];
    QLineEdit *m_fourNotes;
    QTableWidget *m_conditions;
    QLabel *m_problems;
    QPushButton *m_saveVetting;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_withdraw;
    QPushButton *m_remove;
    QPushButton *m_addCondition;
    QPushButton *m_removeCondition;
};

} // namespace cd
