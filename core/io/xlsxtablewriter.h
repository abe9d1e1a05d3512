#pragma once

#include "common/status.h"
#include "io/tablesheet.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

/// Writes TableSheets to an .xlsx workbook with libxlsxwriter, one worksheet each.
///
/// Each sheet gets: an optional title row (merged, large bold) and subtitle line, a
/// bold header with fill and borders, the header row frozen, column widths, an
/// autofilter over header and data, and an optional bold totals row. Text cells are
/// written as strings (ID numbers stay text) and neutralised against formula
/// injection; dates are real Excel dates shown as yyyy-mm-dd. By default rows are
/// streamed to disk (libxlsxwriter's constant-memory mode), so the size of an export
/// is not limited by memory. The file is written atomically.
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(cd::XlsxTableWriter)

public:
    /// Excel's row limit, header and title rows included.
    static constexpr int maxRows = 1048576;
    /// Excel's limit on the characters in one cell; longer text is cut.
    static constexpr int maxCellText = 32767;

    /// Constant-memory mode (default on) writes strings inline; off, libxlsxwriter keeps
    /// the workbook in memory and writes a shared-string table as Excel does.
    void setConstantMemory(bool on) { m_constantMemory = on; }
    void setProgressCallback(TableProgressCallback progress) { m_progress = std::move(progress); }

    Status write(const QString &path, const QVector<TableSheet> &sheets) const;

    /// A sheet name Excel accepts: no []:*?/\, at most 31 characters, not empty,
    /// unique (case-insensitively) among `taken`.
    static QString sheetName(const QString &wanted, const QStringList &taken);

private:
    bool m_constantMemory = true;
    TableProgressCallback m_progress;
};

} // namespace cd
