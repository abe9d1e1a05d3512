#include "io/xlsxsheetscanner.h"

#include "io/xlsxparts.h"
#include "io/xmlbytescanner.h"

#include <QVarLengthArray>

#include <cstring>

namespace cd {

namespace {

using Token = XmlByteScanner::Token;

constexpr int progressEveryRows = 2048;

enum class Step { Ok, NeedMore, XmlError, Failed, Unsupported, Done, Cancelled };

Step fromToken(Token token)
{
    switch (token) {
    case Token::NeedMore: return Step::NeedMore;
    case Token::Unsupported: return Step::Unsupported;
    default: return Step::XmlError;
    }
}

bool equal(QByteArrayView a, QByteArrayView b) { return XmlByteScanner::same(a, b); }

QString xmlFailure(const XmlByteScanner &scanner, const ZipArchive::EntryDevice &device, const QString &part)
{
    if (!device.failure().isEmpty())
        return device.failure();
    return XlsxParts::tr("The part %1 of the workbook is not valid XML (line %2: %3).")
        .arg(part)
        .arg(scanner.errorLine())
        .arg(scanner.errorString());
}

Step mismatch(XmlByteScanner &scanner)
{
    scanner.fail(XmlByteScanner::tr("An end tag does not match its start tag."));
    return Step::XmlError;
}

Step premature(XmlByteScanner &scanner)
{
    scanner.fail(XmlByteScanner::tr("The document ends before it is complete."));
    return Step::XmlError;
}

// The s="..." attribute; 0 (the default style) when absent or not a small number.
int styleIndex(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 9)
        return 0;
    int value = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return 0;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Text of <t> elements inside an <si> or <is> (rich-text runs joined, phonetic guides skipped).
Step collectText(XmlByteScanner &scanner, QByteArrayView elementName, QString *out)
{
    QVarLengthArray<QByteArrayView, 8> open;
    open.append(elementName);
    QString text;
    QString piece;
    while (!open.isEmpty()) {
        const Token token = scanner.next();
        switch (token) {
        case Token::StartElement: {
            const QByteArrayView local = scanner.localName();
            if (XmlByteScanner::same(local, "t")) {
                if (scanner.isSelfClosing())
                    break;
                const Token end = scanner.readElementText(scanner.qualifiedName(), &piece);
                if (end != Token::EndElement)
                    return fromToken(end);
                if (text.isEmpty())
                    text = std::move(piece);
                else
                    text += piece;
            } else if (XmlByteScanner::same(local, "rPh") || XmlByteScanner::same(local, "phoneticPr")) {
                if (!scanner.isSelfClosing()) {
                    const Token end = scanner.skipElement(scanner.qualifiedName());
                    if (end != Token::EndElement)
                        return fromToken(end);
                }
            } else if (!scanner.isSelfClosing()) {
                open.append(scanner.qualifiedName());
            }
            break;
        }
        case Token::EndElement:
            if (!equal(scanner.qualifiedName(), open.last()))
                return mismatch(scanner);
            open.removeLast();
            break;
        case Token::Text:
            break;
        case Token::EndOfDocument:
            return premature(scanner);
        default:
            return fromToken(token);
        }
    }
    *out = XlsxParts::decodeEscapes(text);
    return Step::Ok;
}

/// State of one worksheet scan; each method parses one unit from the last checkpoint.
struct RowScan
{
    XmlByteScanner &scanner;
    const XlsxCellBuilder &builder;
    const QString &part;
    const SheetRowCallback &onRow;
    QVector<QByteArray> open; // elements around <sheetData>
    bool inSheetData = false;
    int rowNumber = 0;
    QVector<SheetCell> cells;
    Status failure = Status::success();

    Step fail(const QString &message)
    {
        failure = Status::failure(message);
        return Step::Failed;
    }

    Step prologueUnit()
    {
        const Token token = scanner.next();
        switch (token) {
        case Token::StartElement:
            // At any depth, as QXmlStreamReader's parser takes it.
            if (!open.isEmpty() && XmlByteScanner::same(scanner.localName(), "sheetData")) {
                if (scanner.isSelfClosing())
                    return Step::Done;
                inSheetData = true;
            }
            if (!scanner.isSelfClosing())
                open.append(scanner.qualifiedName().toByteArray());
            return Step::Ok;
        case Token::EndElement:
            if (open.isEmpty() || !equal(scanner.qualifiedName(), open.last()))
                return mismatch(scanner);
            open.removeLast();
            return open.isEmpty() ? Step::Done : Step::Ok;
        case Token::Text:
            return Step::Ok;
        case Token::EndOfDocument:
            return open.isEmpty() ? Step::Done : premature(scanner);
        default:
            return fromToken(token);
        }
    }

    Step sheetDataUnit()
    {
        const Token token = scanner.next();
        switch (token) {
        case Token::StartElement:
            if (XmlByteScanner::same(scanner.localName(), "row"))
                return rowUnit();
            if (!scanner.isSelfClosing()) {
                const Token end = scanner.skipElement(scanner.qualifiedName());
                if (end != Token::EndElement)
                    return fromToken(end);
            }
            return Step::Ok;
        case Token::EndElement:
            return equal(scanner.qualifiedName(), open.last()) ? Step::Done : mismatch(scanner);
        case Token::Text:
            return Step::Ok;
        case Token::EndOfDocument:
            return premature(scanner);
        case Token::Unsupported: // a DOCTYPE or declaration in the middle of the data
            scanner.fail(XmlByteScanner::tr("Unexpected markup."));
            return Step::XmlError;
        default:
            return fromToken(token);
        }
    }

    Step rowUnit()
    {
        const QByteArrayView r = scanner.attribute("r");
        int number = rowNumber + 1;
        if (!r.isEmpty()) {
            QString text;
            if (!scanner.decode(r, true, &text))
                return Step::XmlError;
            bool valid = false;
            number = text.toInt(&valid);
            if (!valid || number < 1 || number > XlsxCellBuilder::maxRows)
                return fail(builder.badRowNumber(part, scanner.currentLine(), text));
        }
        cells.clear();
        if (!scanner.isSelfClosing()) {
            const QByteArrayView rowName = scanner.qualifiedName();
            int lastColumn = -1;
            for (bool inRow = true; inRow;) {
                const Token token = scanner.next();
                switch (token) {
                case Token::StartElement:
                    if (XmlByteScanner::same(scanner.localName(), "c")) {
                        const Step step = cellUnit(number, &lastColumn);
                        if (step != Step::Ok)
                            return step;
                    } else if (!scanner.isSelfClosing()) {
                        const Token end = scanner.skipElement(scanner.qualifiedName());
                        if (end != Token::EndElement)
                            return fromToken(end);
                    }
                    break;
                case Token::EndElement:
                    if (!equal(scanner.qualifiedName(), rowName))
                        return mismatch(scanner);
                    inRow = false;
                    break;
                case Token::Text:
                    break;
                case Token::EndOfDocument:
                    return premature(scanner);
                default:
                    return fromToken(token);
                }
            }
        }
        // The whole row is in: only now does state change and the caller hear of it.
        rowNumber = number;
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty() && onRow && !onRow(rowNumber, cells))
            return Step::Cancelled;
        return Step::Ok;
    }

    Step cellUnit(int row, int *lastColumn)
    {
        XlsxCellBuilder::RawCell raw;
        raw.column = *lastColumn + 1;
        const QByteArrayView ref = scanner.attribute("r");
        if (!ref.isEmpty()) {
            int refRow = 0;
            bool ok = false;
            if (ref.contains('&')) {
                QString text;
                if (!scanner.decode(ref, true, &text))
                    return Step::XmlError;
                ok = XlsxCellBuilder::parseReference(QStringView(text), &raw.column, &refRow);
            } else {
                ok = XlsxCellBuilder::parseReference(ref, &raw.column, &refRow);
            }
            if (!ok)
                return fail(builder.badReference(part, scanner.currentLine(), QString::fromUtf8(ref.first(qMin<qsizetype>(ref.size(), 20)))));
        }
        const QByteArrayView type = scanner.attribute("t");
        if (type.contains('&')) {
            QString text;
            if (!scanner.decode(type, true, &text))
                return Step::XmlError;
            raw.typeCode = XlsxCellBuilder::typeCode(text.toLatin1());
        } else {
            raw.typeCode = XlsxCellBuilder::typeCode(type);
        }
        raw.style = styleIndex(scanner.attribute("s"));
        if (raw.column >= XlsxCellBuilder::maxColumns)
            return fail(builder.badReference(part, scanner.currentLine(), QString()));
        *lastColumn = raw.column;

        if (!scanner.isSelfClosing()) {
            const QByteArrayView cellName = scanner.qualifiedName();
            for (bool inCell = true; inCell;) {
                const Token token = scanner.next();
                switch (token) {
                case Token::StartElement: {
                    const QByteArrayView local = scanner.localName();
                    if (XmlByteScanner::same(local, "v")) {
                        raw.hasValue = true;
                        if (!scanner.isSelfClosing()) {
                            const Token end = scanner.readElementText(scanner.qualifiedName(), &raw.value);
                            if (end != Token::EndElement)
                                return fromToken(end);
                        }
                    } else if (XmlByteScanner::same(local, "is")) {
                        raw.hasInline = true;
                        if (!scanner.isSelfClosing()) {
                            const Step step = collectText(scanner, scanner.qualifiedName(), &raw.inlineText);
                            if (step != Step::Ok)
                                return step;
                        }
                    } else if (!scanner.isSelfClosing()) {
                        const Token end = scanner.skipElement(scanner.qualifiedName());
                        if (end != Token::EndElement)
                            return fromToken(end);
                    }
                    break;
                }
                case Token::EndElement:
                    if (!equal(scanner.qualifiedName(), cellName))
                        return mismatch(scanner);
                    inCell = false;
                    break;
                case Token::Text:
                    break;
                case Token::EndOfDocument:
                    return premature(scanner);
                default:
                    return fromToken(token);
                }
            }
        }
        const Status added = builder.add(std::move(raw), row, cells);
        if (!added) {
            failure = added;
            return Step::Failed;
        }
        return Step::Ok;
    }
};

} // namespace

Status XlsxSheetScanner::scanRows(ZipArchive::EntryDevice &device, qint64 totalSize, const QString &part,
                                  const XlsxCellBuilder &builder, const SheetRowCallback &onRow,
                                  const SheetProgressCallback &progress, bool *unsupported)
{
    *unsupported = false;
    XmlByteScanner scanner(&device);
    RowScan scan{scanner, builder, part, onRow, {}, false, 0, {}, Status::success()};
    scan.cells.reserve(32);
    int units = 0;
    for (;;) {
        scanner.markCheckpoint();
        const bool wasInSheetData = scan.inSheetData;
        const Step step = wasInSheetData ? scan.sheetDataUnit() : scan.prologueUnit();
        switch (step) {
        case Step::Ok:
            if (progress && wasInSheetData && ++units >= progressEveryRows) {
                units = 0;
                progress(device.produced(), totalSize);
            }
            continue;
        case Step::NeedMore:
            if (scanner.refill())
                continue;
            scanner.fail(XmlByteScanner::tr("The document ends before it is complete."));
            return Status::failure(xmlFailure(scanner, device, part));
        case Step::XmlError:
            return Status::failure(xmlFailure(scanner, device, part));
        case Step::Failed:
            return scan.failure;
        case Step::Unsupported:
            if (wasInSheetData)
                return Status::failure(xmlFailure(scanner, device, part));
            *unsupported = true;
            return Status::success();
        case Step::Cancelled:
            return Status::success();
        case Step::Done:
            if (progress)
                progress(totalSize, totalSize);
            return Status::success();
        }
    }
}

Result<QStringList> XlsxSheetScanner::scanSharedStrings(ZipArchive::EntryDevice &device, const QString &part,
                                                        bool *unsupported)
{
    *unsupported = false;
    XmlByteScanner scanner(&device);
    QStringList strings;
    int depth = 0; // 0 before the root, 1 inside <sst>
    QByteArray rootName;
    for (;;) {
        scanner.markCheckpoint();
        Step step = Step::Ok;
        const Token token = scanner.next();
        switch (token) {
        case Token::StartElement:
            if (depth == 0) {
                if (scanner.isSelfClosing())
                    return strings;
                rootName = scanner.qualifiedName().toByteArray();
                depth = 1;
            } else if (XmlByteScanner::same(scanner.localName(), "si")) {
                QString text;
                if (!scanner.isSelfClosing())
                    step = collectText(scanner, scanner.qualifiedName(), &text);
                if (step == Step::Ok)
                    strings.append(text);
            } else if (!scanner.isSelfClosing()) {
                const Token end = scanner.skipElement(scanner.qualifiedName());
                step = end == Token::EndElement ? Step::Ok : fromToken(end);
            }
            break;
        case Token::EndElement:
            step = depth == 1 && equal(scanner.qualifiedName(), rootName) ? Step::Done : mismatch(scanner);
            break;
        case Token::Text:
            break;
        case Token::EndOfDocument:
            step = depth == 0 ? Step::Done : premature(scanner);
            break;
        default:
            step = fromToken(token);
            break;
        }
        switch (step) {
        case Step::Ok:
            continue;
        case Step::NeedMore:
            if (scanner.refill())
                continue;
            scanner.fail(XmlByteScanner::tr("The document ends before it is complete."));
            return Status::failure(xmlFailure(scanner, device, part));
        case Step::Unsupported:
            if (strings.isEmpty() && depth == 0) {
                *unsupported = true;
                return strings;
            }
            scanner.fail(XmlByteScanner::tr("Unexpected markup."));
            return Status::failure(xmlFailure(scanner, device, part));
        case Step::Done:
            return strings;
        default:
            return Status::failure(xmlFailure(scanner, device, part));
        }
    }
}

} // namespace cd
