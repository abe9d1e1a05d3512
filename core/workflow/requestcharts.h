#pragma once

#include "workflow/workflowstats.h"

#include <QCoreApplication>
#include <QImage>

namespace cd {

/// The 五单 charts that printed reports draw in core (without Qt Charts): requests per
/// category, and the satisfaction and on-time trend against the 95% target.
class RequestCharts
{
    Q_DECLARE_TR_FUNCTIONS(cd::RequestCharts)

public:
    static QImage perCategory(const QList<FiguresRow> &byCategory);
    static QImage trend(const QList<QPair<QString, RequestFigures>> &months);
};

} // namespace cd
