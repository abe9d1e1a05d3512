#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>

namespace cd {

/// Paper, orientation and margins (in millimetres) of a printed report.
struct PageSetup
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm{20, 20, 20, 20}; ///< left, top, right, bottom

    /// GB/T 9704-2012 official documents: A4 portrait, top 37, left 28, right 26, bottom 35 mm.
    static PageSetup officialDocument();
    /// Wide tables such as the 花名册: A4 landscape with modest margins.
    static PageSetup landscapeTable();
    /// Ordinary A4 portrait reports.
    static PageSetup portraitReport();

    QPageLayout pageLayout() const;
    /// Full page size in millimetres, orientation applied.
    QSizeF pageSizeMm() const;
    /// Text area size in millimetres.
    QSizeF bodySizeMm() const;
};

} // namespace cd
