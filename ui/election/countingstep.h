#pragma once

#include "election/electionstepwidget.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

struct TallyResult;

/// 计票: the count by the double test — turnout on both measures, yes / no / abstain per
/// candidate in persons and area, who is elected, and a tie at the last seat reported for a
/// run-off. Closing the vote (which freezes the ballots) is the step's action.
class CountingStep : public ElectionStepWidget
{
    Q_OBJECT

public:
    CountingStep(AppSession &session, ElectionJob &job, QWidget *parent = nullptr);

    QLabel *turnoutLabel() const { return m_turnout; }
    QLabel *electedLabel() const { return m_elected; }
    QTableWidget *table() const { return m_table; }
    QPushButton *closeButton() const { return m_close; }

    /// Closes the vote without asking.
    bool closeVote();
    static QString outcomeLabel(const QString &outcome);
    void retranslateUi() override;

public slots:
    void askCloseVote();

protected:
    void reload() override;
    void clearView() override;

private:
    void show(const TallyResult &tally);

    QLabel *m_turnout;
    QTableWidget *m_table;
    QLabel *m_elected;
    QPushButton *m_close;
};

} // namespace cd
