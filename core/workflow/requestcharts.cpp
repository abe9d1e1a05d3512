#include "workflow/requestcharts.h"

#include "party/barchartimage.h"

namespace cd {

QImage RequestCharts::perCategory(const QList<FiguresRow> &byCategory)
{
    BarChartSpec spec;
    spec.title = tr("Requests per category");
    for (const FiguresRow &row : byCategory) {
        spec.categories << row.name;
        spec.values << row.figures.requests;
    }
    return BarChartImage::render(spec);
}

QImage RequestCharts::trend(const QList<QPair<QString, RequestFigures>> &months)
{
    BarChartSpec spec;
    spec.title = tr("Satisfaction and on-time rate, last six months");
    spec.seriesName = tr("Satisfaction");
    spec.secondSeriesName = tr("On time");
    spec.valueSuffix = QStringLiteral("%");
    spec.decimals = 1;
    spec.target = 95;
    spec.targetLabel = tr("Target 95%");
    for (const auto &entry : months) {
        spec.categories << entry.first;
        spec.values << entry.second.satisfactionRate().value_or(0) * 100;
        spec.secondValues << entry.second.onTimeRate().value_or(0) * 100;
    }
    return BarChartImage::render(spec);
}

} // namespace cd
