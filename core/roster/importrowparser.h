#pragma once

#include "io/sheetcell.h"
#include "roster/columnmapping.h"
#include "roster/importrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cd {

/// Turns one spreadsheet row into an ImportRecord and checks everything that needs no
/// database: names, sexes, ID numbers (including numbers Excel destroyed by storing them as
/// numbers), dates (Excel serials and text dates), phones, codes, areas and the address parts.
///
/// Address rules: building and room are needed together; an empty unit means unit "1" (houses
/// and small blocks without stairwell units); a single address column ("3-2-501") fills the
/// parts that have no column of their own.
class ImportRowParser
{
    Q_DECLARE_TR_FUNCTIONS(cd::ImportRowParser)

public:
    /// `today` bounds birth dates (null: the current date).
    explicit ImportRowParser(ColumnMapping mapping, QDate today = QDate());

    /// Fills `record`; appends a problem per fault. Returns false for a row without any value
    /// in the mapped columns (it is skipped, not rejected).
    bool parse(int rowNumber, const QVector<SheetCell> &cells, ImportRecord &record,
               QVector<ImportProblem> &problems) const;

    const ColumnMapping &mapping() const { return m_mapping; }

    /// A building, unit or room number as stored: full-width to ASCII, upper case, the
    /// Chinese suffixes dropped ("3号楼" -> "3", "2单元" -> "2", "501室" -> "501").
    static QString placeNumber(const QString &text);
    /// hundredths of m² from "89.5", "89.50㎡", "89.5平方米"; -1 when not a number.
    static qint64 areaCenti(const QString &text);
    /// true for 是/yes/1/√, false for 否/no/0, nothing otherwise.
    static std::optional<bool> yesNo(const QString &text);

private:
    QString text(const QVector<SheetCell> &cells, ImportField field) const;
    const SheetCell *cell(const QVector<SheetCell> &cells, ImportField field) const;
    void problem(QVector<ImportProblem> &problems, int row, ImportField field, const QString &reason) const;

    ColumnMapping m_mapping;
    QVector<int> m_columns; // column per ImportField, -1 when unmapped
    QDate m_today;
};

} // namespace cd
