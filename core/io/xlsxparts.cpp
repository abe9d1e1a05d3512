#include "io/xlsxparts.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace cd {

namespace {

bool isName(const QXmlStreamReader &xml, QLatin1String name) { return xml.name() == name; }

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// Built-in ids without a formatCode in the file. 14-22 and 45-47 are dates and times in
// every locale; 27-36 and 50-58 are the East Asian date formats Chinese Excel uses
// (e.g. 31 = yyyy"年"m"月"d"日").
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36)
        || (id >= 50 && id <= 58);
}

} // namespace

QString XlsxParts::relationshipsPartFor(const QString &part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : part.left(slash + 1);
    return folder + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QString XlsxParts::folderOf(const QString &part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString XlsxParts::resolveTarget(const QString &folder, const QString &target)
{
    QString path = target.startsWith(QLatin1Char('/')) || folder.isEmpty()
        ? target
        : folder + QLatin1Char('/') + target;
    path = QDir::cleanPath(path);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

QString XlsxParts::parseFailure(const QXmlStreamReader &xml, const ZipArchive::EntryDevice &device,
                                const QString &part)
{
    if (!device.failure().isEmpty())
        return device.failure();
    return tr("The part %1 of the workbook is not valid XML (line %2: %3).")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

Result<QVector<XlsxRelationship>> XlsxParts::readRelationships(ZipArchive &zip, const QString &relsPart,
                                                               const QString &sourceFolder)
{
    QVector<XlsxRelationship> result;
    if (!zip.contains(relsPart))
        return result;
    auto device = zip.openEntry(relsPart);
    if (!device)
        return device.status();
    QXmlStreamReader xml(device.value().get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement
            || !isName(xml, QLatin1String("Relationship")))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        XlsxRelationship rel;
        rel.id = a.value(QLatin1String("Id")).toString();
        rel.type = a.value(QLatin1String("Type")).toString();
        rel.target = resolveTarget(sourceFolder, a.value(QLatin1String("Target")).toString());
        result.append(rel);
    }
    if (xml.hasError())
        return Status::failure(parseFailure(xml, *device.value(), relsPart));
    return result;
}

QString XlsxParts::decodeEscapes(const QString &text)
{
    const qsizetype first = text.indexOf(QLatin1Char('_'));
    if (first < 0 || !text.contains(QLatin1String("_x"))) // indexOf(QChar) is the fast test
        return text;
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_') && isHexDigit(text.at(i + 2)) && isHexDigit(text.at(i + 3))
            && isHexDigit(text.at(i + 4)) && isHexDigit(text.at(i + 5))) {
            out.append(QChar(char16_t(QStringView(text).mid(i + 2, 4).toUInt(nullptr, 16))));
            i += 6;
        } else {
            out.append(text.at(i));
        }
    }
    return out;
}

Result<QStringList> XlsxParts::readSharedStrings(ZipArchive &zip, const QString &part)
{
    QStringList strings;
    auto device = zip.openEntry(part);
    if (!device)
        return device.status();
    QXmlStreamReader xml(device.value().get());
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (isName(xml, QLatin1String("si"))) {
                current.clear();
                inItem = true;
            } else if (inItem && (isName(xml, QLatin1String("rPh")) || isName(xml, QLatin1String("phoneticPr")))) {
                xml.skipCurrentElement(); // phonetic guide, not part of the value
            } else if (inItem && isName(xml, QLatin1String("t"))) {
                current += xml.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement && isName(xml, QLatin1String("si"))) {
            strings.append(decodeEscapes(current));
            inItem = false;
        }
    }
    if (xml.hasError())
        return Status::failure(parseFailure(xml, *device.value(), part));
    return strings;
}

Result<QVector<bool>> XlsxParts::readDateStyles(ZipArchive &zip, const QString &part)
{
    auto device = zip.openEntry(part);
    if (!device)
        return device.status();
    QXmlStreamReader xml(device.value().get());
    QHash<int, QString> customFormats;
    QVector<int> xfFormats;
    bool inNumFmts = false;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (isName(xml, QLatin1String("numFmts"))) {
                inNumFmts = true;
            } else if (isName(xml, QLatin1String("cellXfs"))) {
                inCellXfs = true;
            } else if (inNumFmts && isName(xml, QLatin1String("numFmt"))) {
                const QXmlStreamAttributes a = xml.attributes();
                customFormats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                     a.value(QLatin1String("formatCode")).toString());
            } else if (inCellXfs && isName(xml, QLatin1String("xf"))) {
                xfFormats.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
                xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (isName(xml, QLatin1String("numFmts")))
                inNumFmts = false;
            else if (isName(xml, QLatin1String("cellXfs")))
                inCellXfs = false;
        }
    }
    if (xml.hasError())
        return Status::failure(parseFailure(xml, *device.value(), part));
    QVector<bool> isDate;
    isDate.reserve(xfFormats.size());
    for (int id : xfFormats)
        isDate.append(isDateFormat(id, customFormats.value(id)));
    return isDate;
}

bool XlsxParts::isDateFormat(int numFmtId, const QString &formatCode)
{
    if (formatCode.isEmpty())
        return isBuiltInDateFormat(numFmtId);
    // Date/time letters count only outside "quoted text", [brackets] (colours, locales,
    // conditions) and escaped, padded or repeated characters (\x, _x, *x).
    for (int i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (c == QLatin1Char('"')) {
            const int end = formatCode.indexOf(QLatin1Char('"'), i + 1);
            if (end < 0)
                return false;
            i = end;
        } else if (c == QLatin1Char('[')) {
            const int end = formatCode.indexOf(QLatin1Char(']'), i + 1);
            if (end < 0)
                return false;
            i = end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else {
            switch (c.toLower().unicode()) {
            case u'y': case u'm': case u'd': case u'h': case u's':
                return true;
            default:
                break;
            }
        }
    }
    return false;
}

} // namespace cd
