#include "report/pagesetup.h"

namespace cd {

PageSetup PageSetup::officialDocument()
{
    PageSetup setup;
    setup.marginsMm = QMarginsF(28, 37, 26, 35);
    return setup;
}

PageSetup PageSetup::landscapeTable()
{
    PageSetup setup;
    setup.orientation = QPageLayout::Landscape;
    setup.marginsMm = QMarginsF(15, 22, 15, 18);
    return setup;
}

PageSetup PageSetup::portraitReport()
{
    PageSetup setup;
    setup.marginsMm = QMarginsF(25, 25, 22, 25);
    return setup;
}

QPageLayout PageSetup::pageLayout() const
{
    return QPageLayout(QPageSize(paper), orientation, marginsMm, QPageLayout::Millimeter);
}

QSizeF PageSetup::pageSizeMm() const
{
    QSizeF size = QPageSize(paper).size(QPageSize::Millimeter);
    if (orientation == QPageLayout::Landscape)
        size.transpose();
    return size;
}

QSizeF PageSetup::bodySizeMm() const
{
    const QSizeF page = pageSizeMm();
    return QSizeF(page.width() - marginsMm.left() - marginsMm.right(),
                  page.height() - marginsMm.top() - marginsMm.bottom());
}

} // namespace cd
