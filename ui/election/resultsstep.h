#pragma once

#include "election/electionstepwidget.h"

#include <QDate>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cd {

/// 结果: the elected committee with roles 主任 / 副主任 / 委员 (recorded in the census data by
/// the store through CommitteeRecorder), a run-off among tied candidates, logged ballot
/// corrections, the 表决结果明细表 / 汇总表 (.xlsx and print), the 选举结果公告 (print and PDF)
/// and the 备案 checklist with its 30-day deadline.
class ResultsStep : public ElectionStepWidget
{
    Q_OBJECT

public:
    ResultsStep(AppSession &session, ElectionJob &job, QWidget *parent = nullptr);

    QTableWidget *memberTable() const { return m_members; }
    QLabel *partyLabel() const { return m_party; }
    QListWidget *filingList() const { return m_filing; }
    QLabel *deadlineLabel() const { return m_deadline; }
    QPushButton *fileButton() const { return m_file; }
    QWidget *runOffBox() const { return m_runOffBox; }

    bool setRole(qint64 candidateId, const QString &role);
    bool recordRunOff(const std::vector<qint64> &candidateIds, const QString &note);
    bool correctBallot(const BallotEntry &ballot, const QString &reason);
    bool setFilingItem(const QString &code, bool done);
    bool markFiled(const QDate &date);
    Status exportTables(const QString &path);
    Status exportNotice(const QString &path);
    void retranslateUi() override;

public slots:
    void correctBallotDialog();
    void exportTablesAs();
    void exportNoticeAs();
    void printNotice();
    void printSummary();
    void printDetail();
    void recordCheckedRunOff();
    void markFiledToday();

protected:
    void reload() override;
    void clearView() override;

private:
    void updateActions();

    QLabel *m_party;
    QTableWidget *m_members;
    QWidget *m_runOffBox;
    QLabel *m_runOffHeading;
    QListWidget *m_tied;
    QLineEdit *m_runOffNote;
    QPushButton *m_runOff;
    QPushButton *m_correct;
    QPushButton *m_xlsx;
    QPushButton *m_printSummary;
    QPushButton *m_printDetail;
    QPushButton *m_printNotice;
    QPushButton *m_noticePdf;
    QLabel *m_filingHeading;
    QLabel *m_deadline;
    QListWidget *m_filing;
    QPushButton *m_file;
    int m_runOffSeats = 0;
    bool m_filed = false;
};

} // namespace cd
