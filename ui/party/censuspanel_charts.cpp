// The census page's three charts: age bands, coverage against the targets, trend over rounds.
#include "party/censuspanel.h"

#include "party/partyrules.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace cd {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(false);
    return chart;
}

void addAxes(QChart *chart, QBarSeries *series, const QStringList &categories, double maximum, const QString &format,
             int labelAngle = 0)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false); // short labels such as "31–35" are never worth an ellipsis
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    x->setLabelsAngle(labelAngle);
    auto *y = new QValueAxis;
    y->setRange(0, maximum);
    y->setLabelFormat(format);
    y->setLabelsFont(small);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

// The short label of a rate KPI on the coverage and trend charts.
QString shortLabel(const QString &key)
{
    if (key == QLatin1String("formation_rate"))
        return CensusPanel::tr("Companies");
    if (key == QLatin1String("project_formation_rate"))
        return CensusPanel::tr("Projects");
    if (key == QLatin1String("coverage_rate"))
        return CensusPanel::tr("Coverage");
    if (key == QLatin1String("committee_share"))
        return CensusPanel::tr("Committees");
    if (key == QLatin1String("cross_companies"))
        return CensusPanel::tr("Cross: companies");
    if (key == QLatin1String("cross_committees"))
        return CensusPanel::tr("Cross: committees");
    return key;
}

} // namespace

void CensusPanel::buildCharts()
{
    buildAgeChart();
    buildCoverageChart();
    buildTrendChart();
}

void CensusPanel::buildAgeChart()
{
    const QStringList categories = {QStringLiteral("≤30"), QStringLiteral("31–35"), QStringLiteral("36–40"),
                                    QStringLiteral("41–45"), QStringLiteral("46–50"), QStringLiteral("51–55"),
                                    QStringLiteral("56–60"), QStringLiteral("≥61")};
    QChart *chart = newChart(tr("Party members by age (on 31 December)"));
    m_ageBars = new QBarSet(tr("Members"));
    m_ageBars->setColor(QColor(0xc8102e));
    int maximum = 1;
    for (int band = 0; band < partyrules::ageBandCount; ++band) {
        const int n = m_data.members.ageBands[std::size_t(band)];
        *m_ageBars << n;
        maximum = std::max(maximum, n);
    }
    auto *series = new QBarSeries;
    series->append(m_ageBars);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_ageBars->setLabelColor(Qt::white);
    chart->addSeries(series);
    addAxes(chart, series, categories, maximum, QStringLiteral("%d"));
    connect(m_ageBars, &QBarSet::clicked, this, [this, categories](int band) {
        openDrill(QStringLiteral("members"), QStringLiteral("age_band:%1").arg(band),
                  tr("Party members aged %1").arg(categories.value(band)));
    });
    QChart *old = m_ageView->chart();
    m_ageView->setChart(chart);
    delete old;
}

void CensusPanel::buildCoverageChart()
{
    QChart *chart = newChart(tr("Coverage against the targets (%)"));
    m_coverageBars = new QBarSet(tr("Rate"));
    m_coverageBars->setColor(QColor(0x1565c0));
    m_rateKpis.clear();
    QStringList categories;
    for (const CensusKpi &kpi : m_kpis)
        if (kpi.ratio)
            m_rateKpis << kpi;
    // Horizontal bars run bottom-up: add them last first so the first rate is on top.
    for (auto it = m_rateKpis.crbegin(); it != m_rateKpis.crend(); ++it) {
        categories << shortLabel(it->key);
        *m_coverageBars << it->ratio->value().value_or(0) * 100;
    }
    // Horizontal bars: the rates' names need the room of a left axis.
    auto *series = new QHorizontalBarSeries;
    series->append(m_coverageBars);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_coverageBars->setLabelColor(Qt::white);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d"));
    QFont small = percent->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    percent->setLabelsFont(small);
    names->setLabelsFont(small);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(percent);
    connect(m_coverageBars, &QBarSet::clicked, this, [this](int index) {
        const int rate = int(m_rateKpis.size()) - 1 - index;
        if (rate >= 0 && rate < m_rateKpis.size()) {
            const CensusKpi &kpi = m_rateKpis[rate];
            openDrill(kpi.drillEntity, kpi.drillKey, kpi.label);
        }
    });
    QChart *old = m_coverageView->chart();
    m_coverageView->setChart(chart);
    delete old;
}

void CensusPanel::buildTrendChart()
{
    QChart *chart = newChart(tr("Trend over census rounds (%)"));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QStringList keys = {QStringLiteral("formation_rate"), QStringLiteral("coverage_rate"),
                              QStringLiteral("committee_share"), QStringLiteral("cross_companies")};
    const QList<QColor> colours = {QColor(0xc8102e), QColor(0x1565c0), QColor(0x2e7d32), QColor(0xef6c00)};
    QStringList years;
    auto *series = new QBarSeries;
    QVector<QVector<CensusKpi>> perRound;
    for (const CensusData &d : m_trend) {
        years << (d.isSnapshot() ? QString::number(d.year) : tr("%1 (now)").arg(d.year));
        perRound << CensusKpis::build(d);
    }
    for (int k = 0; k < keys.size(); ++k) {
        auto *set = new QBarSet(shortLabel(keys[k]));
        set->setColor(colours[k]);
        for (const QVector<CensusKpi> &kpis : perRound) {
            double v = 0;
            for (const CensusKpi &kpi : kpis)
                if (kpi.key == keys[k] && kpi.ratio)
                    v = kpi.ratio->value().value_or(0) * 100;
            *set << v;
        }
        // A bar opens the list behind that rate in that round.
        connect(set, &QBarSet::clicked, this, [this, key = keys[k]](int round) {
            if (round < 0 || round >= int(m_trend.size()))
                return;
            const CensusData shown = m_data;
            m_data = m_trend[std::size_t(round)];
            for (const CensusKpi &kpi : CensusKpis::build(m_data))
                if (kpi.key == key)
                    openDrill(kpi.drillEntity, kpi.drillKey, QStringLiteral("%1 — %2").arg(m_data.year).arg(kpi.label));
            m_data = shown;
        });
        series->append(set);
    }
    chart->addSeries(series);
    addAxes(chart, series, years, 100, QStringLiteral("%d"));
    QChart *old = m_trendView->chart();
    m_trendView->setChart(chart);
    delete old;
}

} // namespace cd
