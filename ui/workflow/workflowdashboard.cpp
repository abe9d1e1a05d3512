#include "workflow/workflowdashboard.h"

#include "common/clock.h"
#include "report/monthlyreport.h"
#include "widgets/statcard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QValueAxis>

namespace cd {

namespace {

constexpr int cardCount = 6;

QChartView *makeView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}

} // namespace

WorkflowDashboard::WorkflowDashboard(QWidget *parent)
    : QWidget(parent), m_monthLabel(new QLabel(this)), m_month(new QComboBox(this)), m_print(new QPushButton(this)),
      m_export(new QPushButton(this)), m_categories(makeView(this)), m_trendView(makeView(this)),
      m_handlers(makeView(this))
{
    m_monthLabel->setBuddy(m_month);
    auto *top = new QHBoxLayout;
    top->addWidget(m_monthLabel);
    top->addWidget(m_month);
    top->addStretch();
    top->addWidget(m_print);
    top->addWidget(m_export);

    auto *cards = new QHBoxLayout;
    for (int i = 0; i < cardCount; ++i) {
        auto *card = new StatCard(this);
        m_cards << card;
        cards->addWidget(card);
    }

    auto *charts = new QGridLayout;
    charts->addWidget(m_categories, 0, 0);
    charts->addWidget(m_handlers, 0, 1);
    charts->addWidget(m_trendView, 1, 0, 1, 2);
    charts->setRowStretch(0, 1);
    charts->setRowStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(cards);
    layout->addLayout(charts, 1);

    connect(m_month, &QComboBox::currentIndexChanged, this, [this] { emit monthChanged(); });
    connect(m_print, &QPushButton::clicked, this, &WorkflowDashboard::printReportRequested);
    connect(m_export, &QPushButton::clicked, this, &WorkflowDashboard::exportReportRequested);
    retranslateUi();
}

QChart *WorkflowDashboard::categoryChart() const { return m_categories->chart(); }
QChart *WorkflowDashboard::trendChart() const { return m_trendView->chart(); }
QChart *WorkflowDashboard::handlerChart() const { return m_handlers->chart(); }

QString WorkflowDashboard::month() const
{
    return m_month->currentData().toString();
}

void WorkflowDashboard::setMonth(const QString &month)
{
    const int index = m_month->findData(month);
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

void WorkflowDashboard::reload(Database *database, const Clock &clock)
{
    // The month list: the twelve months up to now, the current one first.
    const QDate thisMonth(clock.now().date().year(), clock.now().date().month(), 1);
    const QString chosen = month().isEmpty() ? thisMonth.toString(QStringLiteral("yyyy-MM")) : month();
    {
        const QSignalBlocker blocker(m_month);
        m_month->clear();
        for (int i = 0; i < 12; ++i) {
            const QString code = thisMonth.addMonths(-i).toString(QStringLiteral("yyyy-MM"));
            m_month->addItem(code, code);
        }
        m_month->setCurrentIndex(qMax(0, m_month->findData(chosen)));
    }
    m_stats = MonthlyStats();
    m_trend.clear();
    if (database) {
        WorkflowStats stats(*database, clock);
        if (Result<MonthlyStats> figures = stats.month(month()))
            m_stats = *figures;
        const QDate first = WorkflowStats::parseMonth(month());
        if (auto trend = stats.trend(first.addMonths(-11), first))
            m_trend = *trend;
    }
    retranslateUi();
}

void WorkflowDashboard::fillCharts()
{
    // Requests per category, most first.
    QChart *chart = m_categories->chart();
    resetChart(chart, tr("Requests per category"));
    auto *set = new QBarSet(tr("Requests"));
    QStringList names;
    for (const FiguresRow &row : m_stats.byCategory) {
        names << row.name;
        *set << row.figures.requests;
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(names);
    axisX->setLabelsAngle(names.size() > 4 ? -40 : 0); // long category names stay readable
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    if (names.isEmpty())
        axisY->setRange(0, 1);
    else
        axisY->applyNiceNumbers();
    chart->legend()->hide();

    // Overdue per handler (requests of the month still open past their deadline).
    chart = m_handlers->chart();
    resetChart(chart, tr("Open and overdue per handler"));
    auto *overdue = new QBarSet(tr("Overdue"));
    overdue->setColor(QColor(0xd3, 0x2f, 0x2f));
    QStringList handlers;
    for (const FiguresRow &row : m_stats.byHandler) {
        if (row.figures.openOverdue == 0)
            continue;
        handlers << (row.name.isEmpty() ? tr("(not dispatched)") : row.name);
        *overdue << row.figures.openOverdue;
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(overdue);
    bars->setLabelsVisible(true);
    chart->addSeries(bars);
    auto *axisH = new QBarCategoryAxis;
    axisH->append(handlers);
    chart->addAxis(axisH, Qt::AlignLeft);
    bars->attachAxis(axisH);
    auto *axisV = new QValueAxis;
    axisV->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisV, Qt::AlignBottom);
    bars->attachAxis(axisV);
    if (handlers.isEmpty())
        axisV->setRange(0, 1);
    else
        axisV->applyNiceNumbers();
    chart->legend()->hide();

    // Satisfaction and on-time rate per month, in percent, against the 95% benchmark.
    chart = m_trendView->chart();
    resetChart(chart, tr("Satisfaction and on-time rate per month"));
    auto *satisfaction = new QLineSeries;
    satisfaction->setName(tr("Satisfaction"));
    auto *onTime = new QLineSeries;
    onTime->setName(tr("On time"));
    auto *target = new QLineSeries;
    target->setName(tr("Target 95%"));
    target->setPen(QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DashLine));
    QStringList months;
    for (int i = 0; i < m_trend.size(); ++i) {
        const RequestFigures &f = m_trend.at(i).second;
        months << m_trend.at(i).first;
        if (f.satisfactionRate())
            satisfaction->append(i, *f.satisfactionRate() * 100);
        if (f.onTimeRate())
            onTime->append(i, *f.onTimeRate() * 100);
        target->append(i, 95);
    }
    for (QLineSeries *line : {satisfaction, onTime, target}) {
        line->setPointsVisible(line != target);
        chart->addSeries(line);
    }
    auto *axisMonths = new QBarCategoryAxis;
    axisMonths->append(months);
    chart->addAxis(axisMonths, Qt::AlignBottom);
    auto *axisPercent = new QValueAxis;
    axisPercent->setRange(0, 100);
    axisPercent->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(axisPercent, Qt::AlignLeft);
    for (QLineSeries *line : {satisfaction, onTime, target}) {
        line->attachAxis(axisMonths);
        line->attachAxis(axisPercent);
    }
    chart->legend()->show();
}

void WorkflowDashboard::retranslateUi()
{
    m_monthLabel->setText(tr("&Month:"));
    m_print->setText(tr("Print monthly report…"));
    m_export->setText(tr("Export PDF…"));
    const RequestFigures &f = m_stats.total;
    const QString values[cardCount] = {QString::number(f.requests), MonthlyReport::percent(f.completionRate()),
                                       MonthlyReport::percent(f.onTimeRate()), MonthlyReport::percent(f.satisfactionRate()),
                                       QString::number(f.openOverdue), QString::number(f.reopened)};
    const QString captions[cardCount] = {tr("Listed"), tr("Completion rate"), tr("On-time rate"), tr("Satisfaction"),
                                         tr("Open and overdue"), tr("Reopened")};
    for (int i = 0; i < cardCount; ++i) {
        m_cards[i]->setValue(values[i]);
        m_cards[i]->setCaption(captions[i]);
    }
    fillCharts();
}

} // namespace cd
