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

/// Where an import spent its time (milliseconds, wall clock), for the benchmark and tuning.
/// read is the reader's share of the row loop (the loop less parse and write).
struct ImportTimings
{
    double begin = 0;   ///< statements prepared, triggers and indexes set aside
    double read = 0;
    double parse = 0;
    double write = 0;
    double finish = 0;  ///< search index, deferred indexes, batch record
    double commit = 0;
    double analyze = 0;
    /// Process CPU time (ms) of the row loop, of finish() and of the commit (the machine may be shared).
    double loopCpu = 0;
    double finishCpu = 0;
    double commitCpu = 0;
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
    ImportTimings timings;

    int accepted() const { return created + updated; }
};

} // namespace cd
