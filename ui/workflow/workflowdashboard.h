#pragma once

#include "common/status.h"
#include "workflow/workflowstats.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace cd {

class Clock;
class Database;
class StatCard;

/// The 五单 dashboard: the month's figures (办结率, on-time rate, 满意率), Qt Charts of requests
/// per category, the monthly trend of satisfaction and on-time rate over a year, and overdue
/// requests per handler; the monthly report from here (preview, PDF).
class WorkflowDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowDashboard(QWidget *parent = nullptr);

    /// Reads the figures of the chosen month from `database` (null: clears).
    void reload(Database *database, const Clock &clock);
    /// YYYY-MM of the month shown.
    QString month() const;
    void setMonth(const QString &month);
    const MonthlyStats &stats() const { return m_stats; }

    QChart *categoryChart() const;
    QChart *trendChart() const;
    QChart *handlerChart() const;
    StatCard *card(int i) const { return m_cards.value(i); }

    void retranslateUi();

signals:
    void monthChanged();
    void printReportRequested();
    void exportReportRequested();

private:
    void fillCharts();

    MonthlyStats m_stats;
    QList<QPair<QString, RequestFigures>> m_trend;
    QLabel *m_monthLabel;
    QComboBox *m_month;
    QPushButton *m_print;
    QPushButton *m_export;
    QList<StatCard *> m_cards;
    QChartView *m_categories;
    QChartView *m_trendView;
    QChartView *m_handlers;
};

} // namespace cd
