#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cd {

/// A plain bar chart for printed reports: one or two series of vertical bars over categories,
/// value labels on the bars and an optional dashed target line.
struct BarChartSpec
{
    QString title;
    QStringList categories;
    QVector<double> values;
    QString seriesName;         ///< legend of the first series (shown only with a second one)
    QVector<double> secondValues; ///< optional second series, e.g. the previous round
    QString secondSeriesName;
    QString valueSuffix;        ///< appended to value labels, e.g. "%"
    int decimals = 0;
    std::optional<double> target; ///< dashed line at this value
    QString targetLabel;
    QSize size{1800, 760};       ///< pixels; the report scales the image to its width
};

/// Draws charts with QPainter on a QImage, so that core (and the command line) can put charts
/// in printed documents without Qt Charts; the UI draws its interactive charts itself.
class BarChartImage
{
public:
    static QImage render(const BarChartSpec &spec);
};

} // namespace cd
