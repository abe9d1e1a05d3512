#pragma once

#include "common/status.h"
#include "io/sheetcell.h"
#include "io/xlsxcellbuilder.h"
#include "io/ziparchive.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd {

class XmlByteScanner;

/// The fast path for the large parts of a workbook — worksheet rows and shared strings —
/// on XmlByteScanner. Results are the same as XlsxSheetParser's and XlsxParts's
/// (tests compare them); when the scanner meets XML it leaves to QXmlStreamReader it
/// sets *unsupported before delivering anything, and the caller falls back.
class XlsxSheetScanner
{
    Q_DECLARE_TR_FUNCTIONS(cd::XlsxSheetScanner)

public:
    static Status scanRows(ZipArchive::EntryDevice &device, qint64 totalSize, const QString &part,
                           const XlsxCellBuilder &builder, const SheetRowCallback &onRow,
                           const SheetProgressCallback &progress, bool *unsupported);

    static Result<QStringList> scanSharedStrings(ZipArchive::EntryDevice &device, const QString &part,
                                                 bool *unsupported);
};

} // namespace cd
