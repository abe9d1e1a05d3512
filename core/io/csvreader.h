#pragma once

#include "common/status.h"
#include "io/sheetcell.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace cd {

/// Reads CSV files as Chinese offices produce them (Excel, WPS, other systems).
///
/// The encoding is detected as DOMAIN.md states: a UTF-8 byte-order mark -> UTF-8;
/// otherwise valid UTF-8 -> UTF-8; otherwise GB18030 (a superset of the GBK that Excel
/// writes on Chinese Windows). A UTF-16 byte-order mark (Excel's "Unicode text") is also
/// honoured. Fields follow RFC 4180: quotes, doubled quotes, embedded newlines, CRLF or
/// LF. The delimiter (comma, tab or semicolon) is detected from the first record.
/// Rows are delivered like XlsxReader delivers them; every non-empty cell is Text.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvReader)

public:
    enum class Encoding { Utf8, Utf8Bom, Gb18030, Utf16LE, Utf16BE };

    /// Files above this size are refused (1 GiB).
    static constexpr qint64 maxFileSize = qint64(1) << 30;

    /// Reads and decodes the file; rows are parsed by readRows().
    Status open(const QString &path);
    /// Same as open() for bytes already in memory; `name` is used in messages.
    Status openData(const QByteArray &bytes, const QString &name = QString());

    Encoding encoding() const { return m_encoding; }
    /// "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16LE" or "UTF-16BE".
    static QString encodingName(Encoding encoding);

    /// Detected delimiter; may be overridden before readRows().
    QChar delimiter() const { return m_delimiter; }
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }

    /// Streams the records to `onRow`. rowNumber counts records from 1 (blank lines
    /// included, so it matches the row Excel shows). A callback returning false ends the
    /// read early with success. A quoted field left open at the end of the file is an error.
    Status readRows(const SheetRowCallback &onRow, const SheetProgressCallback &progress = {}) const;

    static Encoding detectEncoding(const QByteArray &bytes);
    /// The most frequent of comma, tab and semicolon outside quotes in the first record
    /// (comma when none occurs).
    static QChar detectDelimiter(QStringView text);

private:
    QString m_name;
    QString m_text;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
};

} // namespace cd
