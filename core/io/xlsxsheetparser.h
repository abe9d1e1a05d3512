#pragma once

#include "common/status.h"
#include "io/sheetcell.h"
#include "io/xlsxcellbuilder.h"
#include "io/ziparchive.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

class QXmlStreamReader;

namespace cd {

/// Streams the <sheetData> of one worksheet part into row callbacks with QXmlStreamReader.
/// XlsxReader uses the faster XlsxSheetScanner and falls back to this parser for what
/// the scanner leaves out (DOCTYPE, encodings other than UTF-8); tests compare the two.
class XlsxSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(cd::XlsxSheetParser)

public:
    XlsxSheetParser(const QString &part, const XlsxCellBuilder &builder);

    Status parse(ZipArchive::EntryDevice &device, qint64 totalSize, const SheetRowCallback &onRow,
                 const SheetProgressCallback &progress);

    /// The <mergeCells> list of a worksheet part, found by scanning the bytes so that the
    /// rows need not be parsed.
    static Result<QVector<SheetRange>> scanMergedRanges(ZipArchive::EntryDevice &device, const QString &part);

    /// "C5" -> column 2, row 5; "C" -> column 2, row 0. False for anything else or
    /// beyond Excel's limits.
    static bool parseReference(QStringView ref, int *column, int *row);
    /// "A1:O1" or "B2" -> range.
    static bool parseRange(QStringView ref, SheetRange *range);

private:
    Status readCell(QXmlStreamReader &xml, int rowNumber, int *lastColumn, QVector<SheetCell> &cells);

    QString m_part;
    const XlsxCellBuilder &m_builder;
};

} // namespace cd
