#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cd {

/// What a column of an imported roster holds.
enum class ImportField {
    Ignore,
    Name,
    Sex,
    IdNumber,
    Phone,
    Estate,
    Building,
    Unit,
    Room,
    Address, ///< building-unit-room in one cell ("3-2-501", "3栋2单元501室")
    Area,
    Relation,
    PoliticalStatus,
    Ethnicity,
    Owner,
    BirthDate,
    Hukou,
    Occupancy,
    Tags,
    Notes,
};

/// The importable fields: stable codes (for remembered mappings), labels, and the headers
/// that name them in the spreadsheets offices use (and in the roster export).
class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(cd::ImportFields)

public:
    /// Every field except Ignore, in the order the mapping page lists them.
    static QVector<ImportField> all();
    /// "name", "id_number" ...; "" for Ignore.
    static QString code(ImportField field);
    /// Ignore for an unknown code.
    static ImportField fromCode(QStringView code);
    /// Translated label for the mapping page ("ID number").
    static QString label(ImportField field);

    /// The field a header names (Ignore when none): 身份证号码 -> IdNumber. Spaces, line
    /// breaks, required marks (*) and a unit in brackets ("面积（㎡）") are ignored.
    static ImportField matchHeader(QStringView header);
    /// The header as matchHeader() compares it.
    static QString normalizeHeader(QStringView header);
};

} // namespace cd
