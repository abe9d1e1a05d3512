#pragma once

#include <QCoreApplication>
#include <QImage>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cd {

struct MonthlyReportData;

/// The monthly report's two charts drawn with Qt Charts: on the page, and rendered into the
/// printed document at print resolution.
class MonthlyCharts
{
    Q_DECLARE_TR_FUNCTIONS(cd::MonthlyCharts)

public:
    /// The categories charted (the largest; the rest are in the report's tables).
    static constexpr int maxCategories = 10;

    /// Requests per category this month (most first), one bar each.
    static QChart *categories(const MonthlyReportData &data);
    /// 满意率 and on-time rate per month over the last six months, against the 95% target.
    static QChart *trend(const MonthlyReportData &data);

    /// `chart` painted on an image of `sizeMm` at `dpi` (the chart is resized to fit; it keeps
    /// its size elsewhere afterwards only if it was not shown in a view).
    static QImage render(QChart *chart, const QSizeF &sizeMm, int dpi = 200);
};

} // namespace cd
