#include "reports/monthlycharts.h"

#include "report/monthlyreport.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

namespace cd {

namespace {

const QColor accent(0xc8, 0x10, 0x2e);
const QColor second(0xe8, 0xa0, 0x30);

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

QChart *MonthlyCharts::categories(const MonthlyReportData &data)
{
    // Horizontal bars: Chinese category names stay whole on the axis instead of being elided.
    QChart *chart = newChart(tr("Requests per category"));
    auto *set = new QBarSet(tr("Requests"));
    set->setColor(accent);
    QStringList names;
    int top = 0;
    for (const FiguresRow &row : data.requests.byCategory) {
        if (names.size() == maxCategories)
            break;
        // Categories run bottom-up on a vertical axis: prepend so the largest is on top.
        names.prepend(row.name);
        set->insert(0, row.figures.requests);
        top = qMax(top, row.figures.requests);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    // Whole-number ticks at a round step (1, 2, 5, 10, 20, 50 …), about five of them.
    int step = 1;
    for (int factor = 1; top / step > 5; factor *= 10) {
        for (int candidate : {1, 2, 5}) {
            step = candidate * factor;
            if (top / step <= 5)
                break;
        }
    }
    auto *counts = new QValueAxis;
    counts->setRange(0, (top / step + 1) * step);
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickAnchor(0);
    counts->setTickInterval(step);
    counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->hide();
    return chart;
}

QChart *MonthlyCharts::trend(const MonthlyReportData &data)
{
    QChart *chart = newChart(tr("Satisfaction and on-time rate, last six months"));
    auto *satisfaction = new QLineSeries;
    satisfaction->setName(tr("Satisfaction"));
    satisfaction->setColor(accent);
    satisfaction->setPointsVisible(true);
    auto *onTime = new QLineSeries;
    onTime->setName(tr("On time"));
    onTime->setColor(second);
    onTime->setPointsVisible(true);
    auto *target = new QLineSeries;
    target->setName(tr("Target 95%"));
    QPen dashed(Qt::gray);
    dashed.setStyle(Qt::DashLine);
    target->setPen(dashed);
    QStringList months;
    for (int i = 0; i < data.trend.size(); ++i) {
        const auto &[month, figures] = data.trend.at(i);
        months << month;
        // A month without rated or judged requests has no rate: no point is drawn.
        if (const auto rate = figures.satisfactionRate())
            satisfaction->append(i, *rate * 100);
        if (const auto rate = figures.onTimeRate())
            onTime->append(i, *rate * 100);
        target->append(i, 95);
    }
    for (QLineSeries *series : {satisfaction, onTime, target})
        chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {satisfaction, onTime, target}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QImage MonthlyCharts::render(QChart *chart, const QSizeF &sizeMm, int dpi)
{
    const QSize pixels(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi));
    // Laid out at screen scale (96 dpi) and painted scaled up, so fonts keep their proportions.
    const double scale = dpi / 96.0;
    const QSizeF logical(pixels.width() / scale, pixels.height() / scale);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), QRectF(QPointF(0, 0), logical));
    }
    scene.removeItem(chart);
    return image;
}

} // namespace cd
