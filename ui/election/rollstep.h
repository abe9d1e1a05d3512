#pragma once

#include "election/electionstepwidget.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cd {

class VoterRollModel;

/// 选民名册: the roll by the counting rules — a preview from today's roster while preparing,
/// the frozen roll once voting opened — with its totals of persons and area, printed and
/// exported. Freezing the roll opens the vote (on a worker thread).
class RollStep : public ElectionStepWidget
{
    Q_OBJECT

public:
    RollStep(AppSession &session, ElectionJob &job, QWidget *parent = nullptr);

    QLabel *totalsLabel() const { return m_totals; }
    QPushButton *freezeButton() const { return m_freeze; }
    VoterRollModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Freezes the roll and opens voting on a worker thread, without asking; dataWritten()
    /// follows when it is done.
    void startOpenVoting();
    Status exportRoll(const QString &path);
    void retranslateUi() override;

public slots:
    void openVoting();
    void printRoll();
    void exportRollAs();

protected:
    void reload() override;
    void clearView() override;

private:
    void updateActions();

    QLabel *m_totals;
    QLabel *m_warnings;
    QLineEdit *m_filter;
    QPushButton *m_freeze;
    QPushButton *m_print;
    QPushButton *m_export;
    VoterRollModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace cd
