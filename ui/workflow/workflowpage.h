#pragma once

#include "common/status.h"
#include "pages/page.h"
#include "workflow/workflowboard.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace cd {

class Clock;
class ReportDocument;
class RequestDetailPane;
class RequestListModel;
class WorkflowDashboard;

/// 五单: the secretary's board — queues per stage with counts, a lazy list per queue with
/// filters in SQL, the chosen request in full with one-click next steps — the new-request
/// form, and a dashboard tab with charts and the monthly report; slips and reports print
/// through preview or PDF.
class WorkflowPage : public Page
{
    Q_OBJECT

public:
    explicit WorkflowPage(AppSession &session, QWidget *parent = nullptr);
    ~WorkflowPage() override;

    QString pageId() const override { return QStringLiteral("workflow"); }
    QString title() const override;
    QIcon icon() const override;

    /// Time source of deadlines and steps (tests); the machine's clock by default. Not owned.
    void setClock(const Clock *clock);

    RequestFilter filter() const;
    RequestState currentQueue() const { return m_queue; }
    void showQueue(RequestState state);
    /// Selects request `id` in the list when it is in the current queue, and shows it.
    void selectRequest(qint64 id);
    int queueCount(RequestState state) const;

    QListWidget *queueList() const { return m_queues; }
    QTableView *requestView() const { return m_view; }
    RequestListModel *requestModel() const { return m_model; }
    RequestDetailPane *detailPane() const { return m_detail; }
    WorkflowDashboard *dashboard() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *newRequestButton() const { return m_new; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *severityFilter() const { return m_severity; }
    QComboBox *handlerFilter() const { return m_handler; }
    QComboBox *estateFilter() const { return m_estate; }
    QCheckBox *overdueFilter() const { return m_overdue; }

    /// Writes the request slip of `id` / the monthly report of `month` (YYYY-MM) to `path` (.pdf or .odt).
    Status exportSlip(qint64 id, const QString &path);
    Status exportMonthReport(const QString &month, const QString &path);

public slots:
    /// Opens the new-request form; the saved request is shown.
    void newRequest();
    void reloadBoard();

protected:
    void refresh() override;
    void databaseClosed() override;
    void retranslateUi() override;

private:
    void loadChoices();
    void updateQueueLabels();
    void showSelected();
    void preview(ReportDocument &report);
    void exportAs(const std::function<Status(const QString &)> &write, const QString &baseName);
    void showError(const QString &message);

    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    RequestState m_queue = RequestState::Listed;
    BoardSnapshot m_board;

    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_severity;
    QComboBox *m_handler;
    QComboBox *m_estate;
    QCheckBox *m_overdue;
    QPushButton *m_new;
    QLabel *m_summary;
    QListWidget *m_queues;
    RequestListModel *m_model;
    QTableView *m_view;
    RequestDetailPane *m_detail;
    QSplitter *m_splitter;
    WorkflowDashboard *m_dashboard;
    QTimer *m_searchDelay;
};

} // namespace cd
