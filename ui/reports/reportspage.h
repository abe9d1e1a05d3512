#pragma once

#include "common/status.h"
#include "pages/page.h"
#include "report/monthlyreport.h"

#include <QDate>
#include <QMap>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace cd {

class BackgroundTask;
class ReportDocument;
class StatCard;

/// 报表统计: the monthly work report (月度工作报告) — its figures and charts for a chosen month,
/// gathered off the GUI thread, with print preview, PDF and ODT.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    enum class Figure { Households, Residents, Requests, Completion, OnTime, Satisfaction, Meetings, OpenResolutions };

    explicit ReportsPage(AppSession &session, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QString pageId() const override { return QStringLiteral("reports"); }
    QString title() const override;
    QIcon icon() const override;

    /// The month shown (its first day).
    QDate month() const;
    void setMonth(const QDate &month);
    bool isLoading() const;
    /// The figures shown (null before the first load finished).
    const MonthlyReportData *figures() const { return m_data.get(); }
    StatCard *card(Figure figure) const { return m_cards.value(figure); }
    QComboBox *monthBox() const { return m_month; }

    /// The printable report of the figures shown, with the page's charts rendered into it.
    std::unique_ptr<ReportDocument> buildReport() const;
    /// Writes the report as PDF or ODT (by suffix).
    Status exportTo(const QString &path) const;

signals:
    /// The figures of a month are on screen (or its loading failed).
    void figuresShown();

protected:
    void refresh() override;
    void databaseClosed() override;
    void retranslateUi() override;

private:
    void fillMonths();
    void load();
    void showFigures(std::shared_ptr<MonthlyReportData> data);
    void showKpis();
    void preview();
    void exportAs(const QString &extension);
    void showError(const QString &message);

    BackgroundTask *m_task;
    bool m_reloadPending = false;
    std::shared_ptr<MonthlyReportData> m_data;

    QLabel *m_heading;
    QLabel *m_status;
    QLabel *m_warning;
    QLabel *m_kpiHeading;
    QComboBox *m_month;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_odt;
    QMap<Figure, StatCard *> m_cards;
    QChartView *m_categoryView;
    QChartView *m_trendView;
    QTableWidget *m_kpis;
};

} // namespace cd
