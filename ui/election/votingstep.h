#pragma once

#include "election/electionstepwidget.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace cd {

class BallotEntryWidget;
class VoterRollModel;

/// 投票: the live turnout panel ("还差 N 人、X.XX ㎡ 达到三分之二"), the voters with their status
/// (未投 / 已投 / 拒绝 / 无法联系), door-to-door visits (扫楼) per voter and per building, proxies,
/// the tellers' ballot entry and the numbered ballots to PDF (on a worker thread) or preview.
class VotingStep : public ElectionStepWidget
{
    Q_OBJECT

public:
    VotingStep(AppSession &session, ElectionJob &job, QWidget *parent = nullptr);

    QLabel *turnoutLabel() const { return m_turnout; }
    BallotEntryWidget *entryWidget() const { return m_entry; }
    VoterRollModel *model() const { return m_model; }
    QTableView *voterView() const { return m_view; }
    QTableWidget *buildingTable() const { return m_buildings; }
    QPushButton *pdfButton() const { return m_pdf; }

    /// Selects voter `number` in the list.
    void selectVoter(int number);
    int selectedVoter() const;
    bool setVoterStatus(int number, const QString &status);
    bool setCanvass(int number, const QString &canvass);
    bool setProxy(int number, const QString &name, const QString &note);
    /// Writes the numbered ballots to `path` on a worker thread; dataWritten() is not emitted.
    void startBallotsPdf(const QString &path);
    void retranslateUi() override;

public slots:
    void enterBallot();
    void exportBallotsPdf();
    void previewBallots();
    void editProxy();

protected:
    void reload() override;
    void clearView() override;

private:
    void showVoter(int number);
    void updateActions();

    std::vector<Candidate> m_candidates;
    qint64 m_sizedFor = 0;
    QLabel *m_turnout;
    QLabel *m_counts;
    QTabWidget *m_tabs;
    QLineEdit *m_filter;
    VoterRollModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QTableWidget *m_buildings;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_canvassLabel;
    QComboBox *m_canvass;
    QPushButton *m_proxyButton;
    QLabel *m_entryHeading;
    BallotEntryWidget *m_entry;
    QPushButton *m_pdf;
    QPushButton *m_preview;
};

} // namespace cd
