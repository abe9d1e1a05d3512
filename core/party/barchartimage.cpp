#include "party/barchartimage.h"

#include "report/reportfonts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {

// A "nice" axis maximum: 1, 2 or 5 times a power of ten at or above `value`.
double niceMaximum(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}

QString valueText(double value, int decimals, const QString &suffix)
{
    return QString::number(value, 'f', decimals) + suffix;
}

} // namespace

QImage BarChartImage::render(const BarChartSpec &spec)
{
    QImage image(spec.size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    const double w = spec.size.width();
    const double h = spec.size.height();
    const double unit = h / 30.0; // text size scales with the image
    QFont titleFont(reportfonts::headingFamily());
    titleFont.setPixelSize(int(unit * 1.5));
    QFont font(reportfonts::tableFamily());
    font.setPixelSize(int(unit));

    const bool twoSeries = !spec.secondValues.isEmpty();
    const QColor first(0xC0, 0x1C, 0x1C);  // party red
    const QColor second(0xE8, 0xA2, 0x3A); // a lighter amber for the comparison series

    // Title and legend.
    p.setPen(Qt::black);
    p.setFont(titleFont);
    const QRectF titleArea(0, unit * 0.5, w, unit * 2.2);
    p.drawText(titleArea, Qt::AlignCenter, spec.title);
    double top = titleArea.bottom() + unit * 0.8;
    p.setFont(font);
    if (twoSeries) {
        const QFontMetricsF fm(font);
        const double box = unit * 0.9;
        const double legendWidth = box * 2 + unit * 3 + fm.horizontalAdvance(spec.seriesName)
                                   + fm.horizontalAdvance(spec.secondSeriesName) + unit;
        double x = (w - legendWidth) / 2;
        for (int s = 0; s < 2; ++s) {
            p.fillRect(QRectF(x, top, box, box), s == 0 ? first : second);
            x += box + unit * 0.4;
            const QString name = s == 0 ? spec.seriesName : spec.secondSeriesName;
            p.drawText(QPointF(x, top + box * 0.9), name);
            x += fm.horizontalAdvance(name) + unit * 1.5;
        }
        top += unit * 1.8;
    }

    // Plot area: room for the axis labels on the left and category labels below.
    double maximum = 0;
    for (double v : spec.values)
        maximum = std::max(maximum, v);
    for (double v : spec.secondValues)
        maximum = std::max(maximum, v);
    if (spec.target)
        maximum = std::max(maximum, *spec.target);
    maximum = niceMaximum(maximum);
    const QRectF plot(unit * 4.5, top + unit, w - unit * 5.5, h - top - unit * 4.2);

    // Grid lines and axis labels.
    p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 1));
    for (int i = 0; i <= 5; ++i) {
        const double y = plot.bottom() - plot.height() * i / 5;
        p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - unit, plot.left() - unit * 0.4, unit * 2), Qt::AlignRight | Qt::AlignVCenter,
                   valueText(maximum * i / 5, maximum < 10 ? 1 : 0, QString()));
    }
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Bars with their values.
    const int n = std::max(1, int(spec.categories.size()));
    const double slot = plot.width() / n;
    const double barWidth = slot * (twoSeries ? 0.34 : 0.6);
    for (int i = 0; i < spec.categories.size(); ++i) {
        const double centre = plot.left() + slot * (i + 0.5);
        const int series = twoSeries ? 2 : 1;
        for (int s = 0; s < series; ++s) {
            const QVector<double> &values = s == 0 ? spec.values : spec.secondValues;
            const double v = i < values.size() ? values.at(i) : 0;
            const double barHeight = plot.height() * v / maximum;
            const double x = twoSeries ? centre - barWidth + s * barWidth : centre - barWidth / 2;
            const QRectF bar(x, plot.bottom() - barHeight, barWidth * (twoSeries ? 0.95 : 1.0), barHeight);
            p.fillRect(bar, s == 0 ? first : second);
            p.setPen(Qt::black);
            p.drawText(QRectF(bar.left() - unit, bar.top() - unit * 1.4, bar.width() + unit * 2, unit * 1.3),
                       Qt::AlignHCenter | Qt::AlignBottom, valueText(v, spec.decimals, spec.valueSuffix));
        }
        p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + unit * 0.3, slot, unit * 3.5),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, spec.categories.at(i));
    }

    if (spec.target) {
        const double y = plot.bottom() - plot.height() * *spec.target / maximum;
        p.setPen(QPen(QColor(0x1F, 0x5F, 0xAF), 3, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(plot.left(), y - unit * 1.4, plot.width() - unit * 0.3, unit * 1.3),
                   Qt::AlignRight | Qt::AlignBottom, spec.targetLabel);
    }
    p.end();
    return image;
}

} // namespace cd
