#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace cd {

class ReportDocument;

/// Puts a ReportDocument on paper: a printer or PDF (painted page by page with the running
/// header and "第 N 页 共 M 页"), or an ODT file that opens for editing in WPS and Word.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReportWriter)

public:
    /// Paints every page on `device` (a QPdfWriter, or a QPrinter from ui/). The device's page
    /// layout is set from the document's page setup.
    static Status paint(ReportDocument &report, QPagedPaintDevice *device);
    /// Writes a PDF atomically: an existing file is replaced only when the new one is complete.
    static Status writePdf(ReportDocument &report, const QString &path);
    /// Writes an OpenDocument text file atomically.
    static Status writeOdt(ReportDocument &report, const QString &path);
    /// PDF or ODT chosen by the file's extension (.pdf / .odt).
    static Status write(ReportDocument &report, const QString &path);
    /// "第 3 页 共 7 页"
    static QString pageLabel(int page, int pageCount);
};

} // namespace cd
