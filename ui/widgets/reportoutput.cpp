#include "widgets/reportoutput.h"

#include "report/reportdocument.h"
#include "report/reportwriter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace cd::reportoutput {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ReportOutput", text);
}

} // namespace

bool preview(QWidget *parent, ReportDocument &report, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    // At the document's own resolution the running texts keep their point size
    // (ReportWriter scales the painter by device dpi / layout dpi).
    printer.setResolution(ReportDocument::layoutDpi);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    bool ok = true;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        if (const Status painted = ReportWriter::paint(report, target); !painted) {
            ok = false;
            if (error)
                *error = painted.message();
        }
    });
    dialog.exec();
    return ok;
}

QString askSavePath(QWidget *parent, const QString &title, const QString &baseName, const QString &extension)
{
    const QString suffix = QLatin1Char('.') + extension;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + baseName + suffix;
    const QString filter = extension == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("OpenDocument text (*.odt)");
    QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

} // namespace cd::reportoutput
