#pragma once

#include "common/status.h"
#include "io/ziparchive.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class QXmlStreamReader;

namespace cd {

/// One <Relationship> of an OPC package, its target resolved to a part name.
struct XlsxRelationship
{
    QString id;
    QString type; // full URI; compare the tail, e.g. endsWith("/worksheet")
    QString target;
};

/// Readers for the small parts of an .xlsx package: relationships, shared strings and
/// cell styles. Every failure names the part (and the XML line).
class XlsxParts
{
    Q_DECLARE_TR_FUNCTIONS(cd::XlsxParts)

public:
    /// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" -> "_rels/.rels".
    static QString relationshipsPartFor(const QString &part);
    /// Folder of a part ("xl/workbook.xml" -> "xl").
    static QString folderOf(const QString &part);
    /// Resolves a relationship target against the folder of its source part.
    static QString resolveTarget(const QString &folder, const QString &target);

    /// Internal relationships of `relsPart`; an absent part gives an empty list.
    static Result<QVector<XlsxRelationship>> readRelationships(ZipArchive &zip, const QString &relsPart,
                                                               const QString &sourceFolder);
    /// Every <si> of sharedStrings.xml as plain text (rich-text runs joined, phonetic
    /// guides left out, _xHHHH_ escapes decoded).
    static Result<QStringList> readSharedStrings(ZipArchive &zip, const QString &part);
    /// For each cellXfs index of styles.xml: whether its number format shows a date or time.
    static Result<QVector<bool>> readDateStyles(ZipArchive &zip, const QString &part);

    /// Whether number format `numFmtId` (with its custom `formatCode`, empty for built-in
    /// ids) shows a date or time.
    static bool isDateFormat(int numFmtId, const QString &formatCode);
    /// Decodes the _xHHHH_ escapes OOXML uses for control characters.
    static QString decodeEscapes(const QString &text);

    /// The message for a failed parse: the device's own failure (size cap, damage) or the
    /// XML error with its line.
    static QString parseFailure(const QXmlStreamReader &xml, const ZipArchive::EntryDevice &device,
                                const QString &part);
};

} // namespace cd
