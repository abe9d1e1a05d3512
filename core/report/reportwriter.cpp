#include "report/reportwriter.h"

#include "report/reportdocument.h"
#include "report/reportfonts.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocumentWriter>

namespace cd {

namespace {

void drawMarginTexts(QPainter &painter, ReportDocument &report, int page, int pageCount)
{
    const PageSetup &setup = report.pageSetup();
    const QSizeF pageMm = setup.pageSizeMm();
    const QMarginsF margins = setup.marginsMm;
    const double left = ReportDocument::mm(margins.left());
    const double width = ReportDocument::mm(pageMm.width() - margins.left() - margins.right());

    // The painter is already scaled to layout units, so sizes are given in those units: a
    // point size would be converted at the device's own resolution and scaled twice.
    const auto layoutPixels = [](double points) { return qRound(points * ReportDocument::layoutDpi / 72.0); };
    QFont font(reportfonts::tableFamily());
    font.setPixelSize(layoutPixels(9));
    painter.setFont(font);
    painter.setPen(Qt::black);
    if (!report.runningHeaderLeft().isEmpty() || !report.runningHeaderRight().isEmpty()) {
        const double baseline = ReportDocument::mm(margins.top() - 8);
        const QRectF area(left, baseline - ReportDocument::mm(6), width, ReportDocument::mm(6));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, report.runningHeaderLeft());
        painter.drawText(area, Qt::AlignRight | Qt::AlignBottom, report.runningHeaderRight());
        painter.drawLine(QPointF(left, baseline + ReportDocument::mm(1)),
                         QPointF(left + width, baseline + ReportDocument::mm(1)));
    }
    if (report.pageNumbers()) {
        font.setPixelSize(layoutPixels(10.5));
        painter.setFont(font);
        const double top = ReportDocument::mm(pageMm.height() - margins.bottom() + 7);
        const QRectF area(left, top, width, ReportDocument::mm(7));
        painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop, ReportWriter::pageLabel(page, pageCount));
    }
}

} // namespace

QString ReportWriter::pageLabel(int page, int pageCount)
{
    return QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pageCount);
}

Status ReportWriter::paint(ReportDocument &report, QPagedPaintDevice *device)
{
    // The device draws the whole sheet; margins are applied here, so the header and
    // footer can live inside them.
    QPageLayout layout = report.pageSetup().pageLayout();
    layout.setMinimumMargins(QMarginsF());
    layout.setMargins(QMarginsF());
    if (!device->setPageLayout(layout))
        return Status::failure(tr("The printer does not accept the page format of this document."));

    const int pageCount = report.pageCount();
    const QSizeF body = report.bodySize();
    const QMarginsF margins = report.pageSetup().marginsMm;
    const double scale = double(device->logicalDpiX()) / ReportDocument::layoutDpi;

    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(tr("Cannot start printing (the output could not be opened)."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Status::failure(tr("Printing stopped at page %1.").arg(page + 1));
        }
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        painter.translate(ReportDocument::mm(margins.left()), ReportDocument::mm(margins.top()) - page * body.height());
        // Clip a hair inside the page so an object starting on the next page leaves no sliver here.
        const QRectF pageArea(QPointF(0, page * body.height()), QSizeF(body.width(), body.height() - 3));
        report.document()->drawContents(&painter, pageArea);
        painter.restore();
        drawMarginTexts(painter, report, page + 1, pageCount);
        painter.restore();
    }
    painter.end();
    return Status::success();
}

Status ReportWriter::writePdf(ReportDocument &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(ReportDocument::layoutDpi);
        writer.setCreator(QStringLiteral("CommunityDesk"));
        writer.setTitle(QFileInfo(path).completeBaseName());
        const Status painted = paint(report, &writer);
        if (!painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

Status ReportWriter::writeOdt(ReportDocument &report, const QString &path)
{
    // The ODF writer closes its device, which a QSaveFile does not allow: write to memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(report.document()))
        return Status::failure(tr("Cannot write %1 as an OpenDocument file.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

Status ReportWriter::write(ReportDocument &report, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(report, path);
    if (suffix == QLatin1String("odt"))
        return writeOdt(report, path);
    return Status::failure(tr("Unknown document type \"%1\": use a .pdf or .odt file name.").arg(suffix));
}

} // namespace cd
