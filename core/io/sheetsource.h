#pragma once

#include "common/status.h"
#include "io/csvreader.h"
#include "io/sheetcell.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace cd {

/// A row as read: its 1-based number and its cells.
struct SheetRow
{
    int number = 0;
    QVector<SheetCell> cells;
};

/// One table from a spreadsheet file, whatever its format: the first visible worksheet of
/// an .xlsx workbook, or a CSV file (encoding detected). Rows arrive as the readers
/// deliver them (1-based row numbers as the spreadsheet shows them).
class SheetSource
{
    Q_DECLARE_TR_FUNCTIONS(cd::SheetSource)

public:
    enum class Format { Xlsx, Csv };

    SheetSource();
    ~SheetSource();
    SheetSource(const SheetSource &) = delete;
    SheetSource &operator=(const SheetSource &) = delete;

    /// Opens `path`: .csv/.txt as CSV, anything else that is a zip as .xlsx. A legacy .xls
    /// or an unreadable file is refused with a message that says what to do.
    Status open(const QString &path);
    Format format() const { return m_format; }
    /// "UTF-8", "GB18030" ... for CSV; the sheet name for .xlsx.
    QString description() const;

    /// Streams every row (see SheetRowCallback); `progress` gets (done, total) of the file.
    Status readRows(const SheetRowCallback &onRow, const SheetProgressCallback &progress = {});
    /// The first `count` rows that hold values.
    Result<QVector<SheetRow>> firstRows(int count);

private:
    Format m_format = Format::Xlsx;
    std::unique_ptr<XlsxReader> m_xlsx;
    std::unique_ptr<CsvReader> m_csv;
    int m_sheet = 0;
};

} // namespace cd
