#include "io/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstring>

namespace cd {

namespace {

constexpr int progressEveryRows = 2048;

bool startsWith(const QByteArray &bytes, const char *prefix, int length)
{
    return bytes.size() >= length && std::memcmp(bytes.constData(), prefix, size_t(length)) == 0;
}

} // namespace

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 with BOM");
    case Encoding::Gb18030: return QStringLiteral("GB18030");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    }
    return QString();
}

CsvReader::Encoding CsvReader::detectEncoding(const QByteArray &bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return Encoding::Utf8Bom;
    if (startsWith(bytes, "\xFF\xFE", 2))
        return Encoding::Utf16LE;
    if (startsWith(bytes, "\xFE\xFF", 2))
        return Encoding::Utf16BE;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(bytes);
    Q_UNUSED(decoded);
    return utf8.hasError() ? Encoding::Gb18030 : Encoding::Utf8;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int comma = 0, tab = 0, semicolon = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char('\t'))
            ++tab;
        else if (c == QLatin1Char(';'))
            ++semicolon;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma && semicolon > tab)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Status CsvReader::open(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot open %1: %2").arg(name, file.errorString()));
    if (file.size() > maxFileSize)
        return Status::failure(tr("%1 is too large to import (more than 1 GiB).").arg(name));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Status::failure(tr("Cannot read %1: %2").arg(name, file.errorString()));
    return openData(bytes, name);
}

Status CsvReader::openData(const QByteArray &bytes, const QString &name)
{
    m_name = name;
    m_encoding = detectEncoding(bytes);
    QByteArray body = bytes;
    QStringDecoder decoder;
    switch (m_encoding) {
    case Encoding::Utf8Bom:
        body.remove(0, 3);
        decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        break;
    case Encoding::Utf8:
        decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        break;
    case Encoding::Utf16LE:
        body.remove(0, 2);
        decoder = QStringDecoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::ConvertInitialBom);
        break;
    case Encoding::Utf16BE:
        body.remove(0, 2);
        decoder = QStringDecoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::ConvertInitialBom);
        break;
    case Encoding::Gb18030:
        decoder = QStringDecoder("GB18030");
        if (!decoder.isValid())
            return Status::failure(
                tr("%1 is not UTF-8, and the GB18030 decoder is not available on this system.").arg(m_name));
        break;
    }
    m_text = decoder.decode(body);
    m_delimiter = detectDelimiter(m_text);
    return Status::success();
}

Status CsvReader::readRows(const SheetRowCallback &onRow, const SheetProgressCallback &progress) const
{
    const QString &text = m_text;
    const qsizetype n = text.size();
    const QChar quote = QLatin1Char('"');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');
    QVector<SheetCell> cells;
    qsizetype i = 0;
    int record = 0;
    int rowsSinceProgress = 0;

    while (i < n) {
        ++record;
        cells.clear();
        for (int column = 0;; ++column) {
            SheetCell cell;
            cell.column = column;
            if (i < n && text.at(i) == quote) {
                const qsizetype opened = i++;
                QString field;
                for (;;) {
                    const qsizetype close = text.indexOf(quote, i);
                    if (close < 0) {
                        const qsizetype line = QStringView(text).left(opened).count(lf) + 1;
                        return Status::failure(tr("%1, line %2: a quoted field is not closed.").arg(m_name).arg(line));
                    }
                    field += QStringView(text).mid(i, close - i);
                    i = close + 1;
                    if (i < n && text.at(i) == quote) { // "" is one quote
                        field += quote;
                        ++i;
                        continue;
                    }
                    break;
                }
                // Be lenient with text after the closing quote: keep it.
                const qsizetype start = i;
                while (i < n && text.at(i) != m_delimiter && text.at(i) != cr && text.at(i) != lf)
                    ++i;
                field += QStringView(text).mid(start, i - start);
                cell.type = SheetCell::Type::Text;
                cell.text = field;
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i) != m_delimiter && text.at(i) != cr && text.at(i) != lf)
                    ++i;
                if (i > start) {
                    cell.type = SheetCell::Type::Text;
                    cell.text = text.mid(start, i - start);
                }
            }
            cells.append(cell);
            if (i < n && text.at(i) == m_delimiter) {
                ++i;
                continue;
            }
            if (i < n && text.at(i) == cr)
                ++i;
            if (i < n && text.at(i) == lf)
                ++i;
            break;
        }
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty() && onRow && !onRow(record, cells))
            return Status::success();
        if (progress && ++rowsSinceProgress >= progressEveryRows) {
            rowsSinceProgress = 0;
            progress(i, n);
        }
    }
    if (progress)
        progress(n, n);
    return Status::success();
}

} // namespace cd
