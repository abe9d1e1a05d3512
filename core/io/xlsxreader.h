#pragma once

#include "common/status.h"
#include "io/sheetcell.h"
#include "io/ziparchive.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

/// Reads .xlsx workbooks (Office Open XML) without loading a sheet into memory.
///
/// open() reads the package structure, the sheet list, the shared strings and which cell
/// styles carry a date format; readSheet() then streams one worksheet row by row.
/// Every failure is a Status with a message naming the file part (and XML line);
/// hostile files (huge indexes, missing parts, zip bombs) are refused, never crash.
///
///     XlsxReader reader;
///     if (Status s = reader.open(path); !s) return s;
///     reader.readSheet(0, [](int row, const QVector<SheetCell> &cells) { ...; return true; });
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(cd::XlsxReader)

public:
    struct Sheet
    {
        QString name;
        QString part; // e.g. "xl/worksheets/sheet1.xml"
        bool hidden = false;
    };

    XlsxReader();
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    Status open(const QString &path);
    void close();
    bool isOpen() const { return m_zip.isOpen(); }

    /// Cap on the unpacked size of each part (default 1 GiB); set before open().
    void setPartSizeLimit(qint64 bytes) { m_zip.setEntrySizeLimit(bytes); }

    /// Parse with QXmlStreamReader only (slower). The default fast scanner falls back to
    /// it by itself where needed; tests use this to compare the two. Set before open().
    void setUseReferenceParser(bool on) { m_referenceParser = on; }

    /// Worksheets in workbook order (chart sheets are left out).
    const QVector<Sheet> &sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    /// Index of the sheet called `name`, or -1.
    int sheetIndex(const QString &name) const;

    /// Streams sheet `index` to `onRow` (see SheetRowCallback). A callback returning
    /// false ends the read early with success. Progress reports unpacked bytes.
    Status readSheet(int index, const SheetRowCallback &onRow, const SheetProgressCallback &progress = {});

    /// Merged cell ranges of sheet `index` (e.g. a title row merged across the table).
    Result<QVector<SheetRange>> mergedRanges(int index);

private:
    Status readWorkbook(const QString &workbookPart);

    ZipArchive m_zip;
    QString m_fileName;
    QVector<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QVector<bool> m_dateStyles;
    bool m_date1904 = false;
    bool m_referenceParser = false;
};

} // namespace cd
