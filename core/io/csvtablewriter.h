#pragma once

#include "common/status.h"
#include "io/tablesheet.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

/// Writes a TableSheet as CSV for Excel and WPS on Chinese Windows: UTF-8 with a BOM
/// (or GB18030 on request), CRLF line ends, RFC 4180 quoting, text cells neutralised
/// against formula injection. The file is written atomically.
///
/// The title and subtitle lines are left out unless setIncludeTitle(true): a CSV is
/// usually read back by programs that expect the header on the first line.
class CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvTableWriter)

public:
    enum class Encoding { Utf8Bom, Gb18030 };

    void setEncoding(Encoding encoding) { m_encoding = encoding; }
    void setIncludeTitle(bool include) { m_includeTitle = include; }
    void setProgressCallback(TableProgressCallback progress) { m_progress = std::move(progress); }

    Status write(const QString &path, const TableSheet &sheet) const;

    /// The CSV text of one value of a column (before quoting).
    static QString formatValue(TableColumn::Type type, const QVariant &value);
    /// Quotes a field when it holds a comma, quote, CR or LF.
    static QString quoteField(const QString &field);

private:
    Encoding m_encoding = Encoding::Utf8Bom;
    bool m_includeTitle = false;
    TableProgressCallback m_progress;
};

} // namespace cd
