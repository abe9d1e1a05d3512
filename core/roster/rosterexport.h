#pragma once

#include "common/status.h"
#include "roster/rosterlisting.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace cd {

class Database;
class ReportDocument;

/// The roster as a spreadsheet (.xlsx, or CSV in UTF-8 with BOM / GB18030) and as a printed
/// 花名册. ID numbers and phones are masked unless `unmasked` — a deliberate choice that is
/// written to the audit log.
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(cd::RosterExport)

public:
    struct Options
    {
        RosterScope scope;
        bool unmasked = false;
        bool gb18030 = false; ///< CSV only
        /// Called now and then with the percentage done (0 while the lines are read);
        /// returning false cancels the export and no file is written.
        std::function<bool(int percent)> progress;
    };

    /// Writes `path` (.xlsx or .csv) atomically; returns the number of people written.
    static Result<int> writeFile(Database &database, const QString &path, const Options &options);
    /// The 花名册 for printing: A4 landscape, header row on every page, page numbers, printed date.
    static Result<std::unique_ptr<ReportDocument>> printable(Database &database, const RosterScope &scope,
                                                             const QDate &printedOn);
    /// The column headers of the spreadsheet, also what the importer recognises.
    static QStringList headers();
};

} // namespace cd
