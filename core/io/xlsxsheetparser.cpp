#include "io/xlsxsheetparser.h"

#include "io/sheetvalue.h"
#include "io/xlsxparts.h"

#include <QXmlStreamReader>


namespace cd {

namespace {

constexpr int progressEveryRows = 2048;

// Reads the text of an <is> inline string (runs joined, phonetic guides left out).
QString readInlineString(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText();
            else if (xml.name() == QLatin1String("rPh") || xml.name() == QLatin1String("phoneticPr"))
                xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("is")) {
            break;
        }
    }
    return XlsxParts::decodeEscapes(text);
}

} // namespace

XlsxSheetParser::XlsxSheetParser(const QString &part, const XlsxCellBuilder &builder)
    : m_part(part), m_builder(builder)
{
}

bool XlsxSheetParser::parseReference(QStringView ref, int *column, int *row)
{
    return XlsxCellBuilder::parseReference(ref, column, row);
}

bool XlsxSheetParser::parseRange(QStringView ref, SheetRange *range)
{
    ref = ref.trimmed();
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    QStringView first = colon < 0 ? ref : ref.left(colon);
    QStringView last = colon < 0 ? ref : ref.mid(colon + 1);
    if (first.startsWith(QLatin1Char('$')))
        first = first.mid(1);
    if (last.startsWith(QLatin1Char('$')))
        last = last.mid(1);
    SheetRange r;
    if (!parseReference(first, &r.firstColumn, &r.firstRow) || !parseReference(last, &r.lastColumn, &r.lastRow)
        || r.firstRow < 1 || r.lastRow < r.firstRow || r.lastColumn < r.firstColumn)
        return false;
    *range = r;
    return true;
}

Status XlsxSheetParser::parse(ZipArchive::EntryDevice &device, qint64 totalSize, const SheetRowCallback &onRow,
                              const SheetProgressCallback &progress)
{
    QXmlStreamReader xml(&device);
    QVector<SheetCell> cells;
    cells.reserve(32);
    int rowNumber = 0;
    int lastColumn = -1;
    bool inSheetData = false;
    bool inRow = false;
    int rowsSinceProgress = 0;

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!inSheetData) {
                inSheetData = name == QLatin1String("sheetData");
            } else if (name == QLatin1String("c")) {
                if (!inRow) {
                    xml.skipCurrentElement();
                    continue;
                }
                Status status = readCell(xml, rowNumber, &lastColumn, cells);
                if (!status)
                    return status;
            } else if (name == QLatin1String("row")) {
                const QStringView r = xml.attributes().value(QLatin1String("r"));
                bool valid = true;
                const int number = r.isEmpty() ? rowNumber + 1 : r.toInt(&valid);
                if (!valid || number < 1 || number > XlsxCellBuilder::maxRows)
                    return Status::failure(m_builder.badRowNumber(m_part, xml.lineNumber(), r.toString()));
                rowNumber = number;
                lastColumn = -1;
                cells.clear();
                inRow = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == QLatin1String("row")) {
                inRow = false;
                while (!cells.isEmpty() && cells.constLast().isEmpty())
                    cells.removeLast();
                if (!cells.isEmpty() && onRow && !onRow(rowNumber, cells))
                    return Status::success(); // cancelled by the caller
                if (progress && ++rowsSinceProgress >= progressEveryRows) {
                    rowsSinceProgress = 0;
                    progress(device.produced(), totalSize);
                }
            } else if (name == QLatin1String("sheetData")) {
                break; // nothing after the rows matters here
            }
        }
    }
    if (xml.hasError())
        return Status::failure(XlsxParts::parseFailure(xml, device, m_part));
    if (progress)
        progress(totalSize, totalSize);
    return Status::success();
}

Status XlsxSheetParser::readCell(QXmlStreamReader &xml, int rowNumber, int *lastColumn, QVector<SheetCell> &cells)
{
    XlsxCellBuilder::RawCell raw;
    raw.column = *lastColumn + 1;
    {
        // Attribute views die with the next token: take what is needed now.
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView ref = attributes.value(QLatin1String("r"));
        int refRow = 0;
        if (!ref.isEmpty() && !XlsxCellBuilder::parseReference(ref, &raw.column, &refRow))
            return Status::failure(m_builder.badReference(m_part, xml.lineNumber(), ref.toString()));
        raw.typeCode = XlsxCellBuilder::typeCode(attributes.value(QLatin1String("t")).toLatin1());
        bool styleOk = false;
        raw.style = attributes.value(QLatin1String("s")).toInt(&styleOk);
        if (!styleOk || raw.style < 0)
            raw.style = 0; // as the scanner does: the default style

    }
    if (raw.column >= XlsxCellBuilder::maxColumns)
        return Status::failure(m_builder.badReference(m_part, xml.lineNumber(), QString()));
    *lastColumn = raw.column;

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("v")) {
                raw.value = xml.readElementText();
                raw.hasValue = true;
            } else if (xml.name() == QLatin1String("is")) {
                raw.inlineText = readInlineString(xml);
                raw.hasInline = true;
            } else {
                xml.skipCurrentElement(); // <f> formulas, extensions
            }
        } else if (token == QXmlStreamReader::EndElement) {
            break; // </c>
        }
    }
    if (xml.hasError())
        return Status::success(); // parse() reports the XML error with its line
    return m_builder.add(std::move(raw), rowNumber, cells);
}

Result<QVector<SheetRange>> XlsxSheetParser::scanMergedRanges(ZipArchive::EntryDevice &device, const QString &part)
{
    static const QByteArray marker("mergeCells");
    QByteArray window;    // unsearched bytes plus a short overlap
    QByteArray fragment;  // from "<mergeCells" on, once found
    qint64 lineOffset = 0;
    char buffer[256 * 1024];
    for (;;) {
        const qint64 n = device.read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (!fragment.isEmpty()) {
            fragment.append(buffer, int(n)); // only a short tail follows the merge list
            continue;
        }
        window.append(buffer, int(n));
        for (qsizetype from = 0;;) {
            const qsizetype hit = window.indexOf(marker, from);
            if (hit < 0)
                break;
            const qsizetype after = hit + marker.size();
            if (after >= window.size())
                break; // decide when more bytes are in
            // Markup only: "<mergeCells" or "<prefix:mergeCells", followed by a delimiter.
            qsizetype open = hit - 1;
            if (open >= 0 && window.at(open) == ':')
                while (open > 0 && window.at(open) != '<' && window.at(open) != '>' && window.at(open) != ' ')
                    --open;
            const char next = window.at(after);
            const bool delimited = next == ' ' || next == '>' || next == '/' || next == '\t' || next == '\n'
                || next == '\r';
            if (open >= 0 && window.at(open) == '<' && delimited) {
                lineOffset += window.left(open).count('\n');
                fragment = window.mid(open);
                break;
            }
            from = hit + 1;
        }
        if (fragment.isEmpty()) {
            // Keep a tail long enough for "<prefix:mergeCells".
            const qsizetype keep = qMin<qsizetype>(window.size(), 64);
            lineOffset += window.left(window.size() - keep).count('\n');
            window = window.right(keep);
        }
    }
    if (!device.failure().isEmpty())
        return Status::failure(device.failure());

    QVector<SheetRange> ranges;
    if (fragment.isEmpty())
        return ranges;
    // The fragment may carry an undeclared prefix: match local names by hand.
    QXmlStreamReader xml(fragment);
    xml.setNamespaceProcessing(false);
    auto localName = [&xml]() {
        const QStringView qn = xml.qualifiedName();
        const qsizetype colon = qn.indexOf(QLatin1Char(':'));
        return colon < 0 ? qn : qn.mid(colon + 1);
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && localName() == QLatin1String("mergeCell")) {
            SheetRange range;
            if (parseRange(xml.attributes().value(QLatin1String("ref")), &range))
                ranges.append(range);
        } else if (token == QXmlStreamReader::EndElement && localName() == QLatin1String("mergeCells")) {
            return ranges;
        }
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return Status::failure(XlsxParts::tr("The part %1 of the workbook is not valid XML (line %2: %3).")
                                   .arg(part)
                                   .arg(lineOffset + xml.lineNumber())
                                   .arg(xml.errorString()));
    return ranges;
}

} // namespace cd
