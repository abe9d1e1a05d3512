#pragma once

#include "roster/importrecord.h"
#include "roster/importwriter.h"

#include <QStringList>
#include <QVector>

namespace cd {

/// The verdict on one row of an imported sheet, with the row's cells as the user sees them
/// (for the preview and for the error workbook).
struct ImportRowVerdict
{
    int row = 0;
    ImportWriter::Outcome outcome = ImportWriter::Outcome::Rejected;
    QStringList cells;
    QStringList reasons; ///< why it was rejected (empty otherwise)
};

/// What an import (or its dry run or preview) did.
struct ImportSummary
{
    int created = 0;
    int updated = 0;
    int skipped = 0;       ///< existing people left as they were
    int rejectedRows = 0;
    int placesCreated = 0;
    QVector<ImportProblem> problems; ///< one per fault, in row order
    /// Rejected rows (run) or every row looked at (preview).
    QVector<ImportRowVerdict> rows;
    QStringList headers;   ///< the sheet's header row
    int headerRow = 0;     ///< its 1-based number
    bool written = false;  ///< committed to the database
    bool cancelled = false;
    qint64 batchId = 0;    ///< the undoable batch, when written

    int accepted() const { return created + updated; }
};

} // namespace cd
