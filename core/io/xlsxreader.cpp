#include "io/xlsxreader.h"

#include "io/xlsxparts.h"
#include "io/xlsxcellbuilder.h"
#include "io/xlsxsheetparser.h"
#include "io/xlsxsheetscanner.h"

#include <QFileInfo>
#include <QXmlStreamReader>

namespace cd {

namespace {

const XlsxRelationship *findByType(const QVector<XlsxRelationship> &rels, QLatin1String typeTail)
{
    for (const XlsxRelationship &rel : rels)
        if (rel.type.endsWith(typeTail))
            return &rel;
    return nullptr;
}

const XlsxRelationship *findById(const QVector<XlsxRelationship> &rels, const QString &id)
{
    for (const XlsxRelationship &rel : rels)
        if (rel.id == id)
            return &rel;
    return nullptr;
}

} // namespace

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

void XlsxReader::close()
{
    m_zip.close();
    m_sheets.clear();
    m_sharedStrings.clear();
    m_dateStyles.clear();
    m_date1904 = false;
}

Status XlsxReader::open(const QString &path)
{
    close();
    m_fileName = QFileInfo(path).fileName();
    if (Status s = m_zip.open(path); !s)
        return s;

    // The package relationships name the workbook part; nearly always xl/workbook.xml.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    auto packageRels = XlsxParts::readRelationships(m_zip, QStringLiteral("_rels/.rels"), QString());
    if (!packageRels) {
        close();
        return packageRels.status();
    }
    if (const XlsxRelationship *rel = findByType(*packageRels, QLatin1String("/officeDocument")))
        workbookPart = rel->target;
    if (!m_zip.contains(workbookPart)) {
        close();
        return Status::failure(tr("%1 is not an Excel workbook: the part %2 is missing.").arg(m_fileName, workbookPart));
    }
    if (Status s = readWorkbook(workbookPart); !s) {
        close();
        return s;
    }
    return Status::success();
}

Status XlsxReader::readWorkbook(const QString &workbookPart)
{
    const QString folder = XlsxParts::folderOf(workbookPart);
    auto rels = XlsxParts::readRelationships(m_zip, XlsxParts::relationshipsPartFor(workbookPart), folder);
    if (!rels)
        return rels.status();

    auto device = m_zip.openEntry(workbookPart);
    if (!device)
        return device.status();
    QXmlStreamReader xml(device.value().get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute &a : attributes)
                if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    id = a.value().toString();
            Sheet sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            const QStringView state = attributes.value(QLatin1String("state"));
            sheet.hidden = state == QLatin1String("hidden") || state == QLatin1String("veryHidden");
            const XlsxRelationship *rel = findById(*rels, id);
            if (!rel)
                return Status::failure(tr("Sheet %1 of %2 has no part in the workbook.").arg(sheet.name, m_fileName));
            if (!rel->type.endsWith(QLatin1String("/worksheet")))
                continue; // chart sheet, dialog sheet: no cells to read
            sheet.part = rel->target;
            m_sheets.append(sheet);
        }
    }
    if (xml.hasError())
        return Status::failure(XlsxParts::parseFailure(xml, *device.value(), workbookPart));
    device.value().reset();
    if (m_sheets.isEmpty())
        return Status::failure(tr("The workbook %1 has no worksheets.").arg(m_fileName));

    const XlsxRelationship *strings = findByType(*rels, QLatin1String("/sharedStrings"));
    const QString stringsPart = strings ? strings->target : XlsxParts::resolveTarget(folder, QStringLiteral("sharedStrings.xml"));
    if (m_zip.contains(stringsPart)) {
        bool unsupported = m_referenceParser;
        if (!m_referenceParser) {
            auto entry = m_zip.openEntry(stringsPart);
            if (!entry)
                return entry.status();
            auto list = XlsxSheetScanner::scanSharedStrings(*entry.value(), stringsPart, &unsupported);
            if (!list)
                return list.status();
            m_sharedStrings = list.value();
        }
        if (unsupported) {
            auto list = XlsxParts::readSharedStrings(m_zip, stringsPart);
            if (!list)
                return list.status();
            m_sharedStrings = list.value();
        }
    }

    const XlsxRelationship *styles = findByType(*rels, QLatin1String("/styles"));
    const QString stylesPart = styles ? styles->target : XlsxParts::resolveTarget(folder, QStringLiteral("styles.xml"));
    if (m_zip.contains(stylesPart)) {
        auto dates = XlsxParts::readDateStyles(m_zip, stylesPart);
        if (!dates)
            return dates.status();
        m_dateStyles = dates.value();
    }
    return Status::success();
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

int XlsxReader::sheetIndex(const QString &name) const
{
    for (int i = 0; i < m_sheets.size(); ++i)
        if (m_sheets.at(i).name == name)
            return i;
    return -1;
}

Status XlsxReader::readSheet(int index, const SheetRowCallback &onRow, const SheetProgressCallback &progress)
{
    if (!isOpen())
        return Status::failure(tr("No workbook is open."));
    if (index < 0 || index >= m_sheets.size())
        return Status::failure(tr("The workbook %1 has no sheet number %2.").arg(m_fileName).arg(index + 1));
    const Sheet &sheet = m_sheets.at(index);
    const qint64 total = qMax<qint64>(0, m_zip.recordedSize(sheet.part));
    const XlsxCellBuilder builder(sheet.name, m_sharedStrings, m_dateStyles, m_date1904);
    auto device = m_zip.openEntry(sheet.part);
    if (!device)
        return device.status();
    if (!m_referenceParser) {
        bool unsupported = false;
        const Status scanned =
            XlsxSheetScanner::scanRows(*device.value(), total, sheet.part, builder, onRow, progress, &unsupported);
        if (!unsupported)
            return scanned;
        // Nothing was delivered yet: start again with QXmlStreamReader.
        device.value().reset();
        device = m_zip.openEntry(sheet.part);
        if (!device)
            return device.status();
    }
    XlsxSheetParser parser(sheet.part, builder);
    return parser.parse(*device.value(), total, onRow, progress);
}

Result<QVector<SheetRange>> XlsxReader::mergedRanges(int index)
{
    if (!isOpen())
        return Status::failure(tr("No workbook is open."));
    if (index < 0 || index >= m_sheets.size())
        return Status::failure(tr("The workbook %1 has no sheet number %2.").arg(m_fileName).arg(index + 1));
    const Sheet &sheet = m_sheets.at(index);
    auto device = m_zip.openEntry(sheet.part);
    if (!device)
        return device.status();
    return XlsxSheetParser::scanMergedRanges(*device.value(), sheet.part);
}

} // namespace cd
