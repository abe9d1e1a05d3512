#include "io/csvtablewriter.h"

#include "io/atomicfiletarget.h"
#include "io/sheetvalue.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringEncoder>

namespace cd {

namespace {

constexpr int progressEveryRows = 1000;
constexpr qsizetype flushAtChars = 1 << 20;

} // namespace

QString CsvTableWriter::quoteField(const QString &field)
{
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            QString quoted = field;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
    }
    return field;
}

QString CsvTableWriter::formatValue(TableColumn::Type type, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QString();
    bool ok = false;
    switch (type) {
    case TableColumn::Type::Text:
        return sheetvalue::neutralise(value.toString());
    case TableColumn::Type::Integer: {
        const qlonglong n = value.toLongLong(&ok);
        return ok ? QString::number(n) : sheetvalue::neutralise(value.toString());
    }
    case TableColumn::Type::Decimal2: {
        const double d = value.toDouble(&ok);
        return ok ? QString::number(d, 'f', 2) : sheetvalue::neutralise(value.toString());
    }
    case TableColumn::Type::Percent: {
        const double d = value.toDouble(&ok);
        return ok ? QString::number(d * 100.0, 'f', 2) + QLatin1Char('%') : sheetvalue::neutralise(value.toString());
    }
    case TableColumn::Type::Date: {
        const QDate date = value.userType() == QMetaType::QDateTime ? value.toDateTime().date() : value.toDate();
        return date.isValid() ? date.toString(Qt::ISODate) : sheetvalue::neutralise(value.toString());
    }
    }
    return QString();
}

Status CsvTableWriter::write(const QString &path, const TableSheet &sheet) const
{
    AtomicFileTarget target(path);
    if (Status s = target.prepare(); !s)
        return s;
    QFile file(target.temporaryPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));

    QStringEncoder encoder = m_encoding == Encoding::Gb18030 ? QStringEncoder("GB18030")
                                                            : QStringEncoder(QStringEncoder::Utf8);
    if (!encoder.isValid())
        return Status::failure(tr("The GB18030 encoder is not available on this system."));
    if (m_encoding == Encoding::Utf8Bom)
        file.write("\xEF\xBB\xBF");

    QString buffer;
    bool writeFailed = false;
    auto flush = [&]() {
        const QByteArray bytes = encoder.encode(buffer);
        if (file.write(bytes) != bytes.size())
            writeFailed = true;
        buffer.clear();
    };
    const QString crlf = QStringLiteral("\r\n");
    auto appendLine = [&](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                buffer += QLatin1Char(',');
            buffer += quoteField(fields.at(i));
        }
        buffer += crlf;
        if (buffer.size() >= flushAtChars)
            flush();
    };
    auto appendRow = [&](const TableRow &row) {
        QStringList fields;
        fields.reserve(sheet.columns.size());
        for (int c = 0; c < sheet.columns.size(); ++c)
            fields.append(formatValue(sheet.columns.at(c).type, c < row.size() ? row.at(c) : QVariant()));
        appendLine(fields);
    };

    if (m_includeTitle) {
        if (!sheet.title.isEmpty())
            appendLine({sheetvalue::neutralise(sheet.title)});
        if (!sheet.subtitle.isEmpty())
            appendLine({sheetvalue::neutralise(sheet.subtitle)});
    }
    QStringList headers;
    for (const TableColumn &column : sheet.columns)
        headers.append(sheetvalue::neutralise(column.header));
    appendLine(headers);

    qint64 written = 0;
    const bool completed = sheet.forEachRow([&](const TableRow &row) {
        appendRow(row);
        ++written;
        if (writeFailed)
            return false;
        return !(m_progress && written % progressEveryRows == 0 && !m_progress(written));
    });
    if (!writeFailed && !completed)
        return Status::failure(tr("The export was cancelled."));
    if (!sheet.totals.isEmpty())
        appendRow(sheet.totals);
    flush();
    file.close();
    if (writeFailed || file.error() != QFileDevice::NoError)
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (m_progress)
        m_progress(written);
    return target.commit();
}

} // namespace cd
