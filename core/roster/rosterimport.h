#pragma once

#include "common/status.h"
#include "io/sheetsource.h"
#include "roster/columnmapping.h"
#include "roster/importsummary.h"

#include <QCoreApplication>
#include <QDate>
#include <atomic>
#include <functional>
#include <memory>

namespace cd {

class Database;

/// Imports a roster from an .xlsx workbook or a CSV file (see DOMAIN.md for the rules).
///
///     RosterImport import(path);
///     if (Status s = import.open(); !s) return s;   // header row found, columns matched
///     import.setMapping(adjusted);                   // optional
///     Result<ImportSummary> done = import.run(database);
///
/// One import is one transaction and one import batch (RosterRepository::undoBatch() takes it
/// back). Valid rows are written, every fault is reported with its row, column and reason;
/// a file that cannot be read is refused with nothing written. A dry run or a cancelled run
/// writes nothing. Places named by the rows are created unless Options::createPlaces is off.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(cd::RosterImport)

public:
    struct Options
    {
        bool updateExisting = false; ///< people found by ID number: update, or skip (default)
        bool createPlaces = true;
        QString defaultEstate;       ///< for rows without an estate
        bool dryRun = false;
        QDate today;                 ///< bounds birth dates; null: the current date
    };
    /// (done, total) in the reader's unit; total may be 0.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// Rows looked at when searching for the header row.
    static constexpr int headerSearchRows = 10;

    explicit RosterImport(QString path);
    ~RosterImport();
    RosterImport(const RosterImport &) = delete;
    RosterImport &operator=(const RosterImport &) = delete;

    /// Opens the file, finds the header row and matches the columns.
    Status open();
    QString path() const { return m_path; }
    /// "UTF-8", "GB18030" (CSV) or the worksheet name (.xlsx).
    QString sourceDescription() const;
    int headerRow() const { return m_headerRow; }
    const ColumnMapping &mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping &mapping) { m_mapping = mapping; }
    /// The rows read by open() below the header (at most headerSearchRows), for a first look.
    const QVector<SheetRow> &sampleRows() const { return m_sample; }

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    /// Checked every few rows; when it turns true the run stops and writes nothing.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// Checks and writes every row (see the class comment).
    Result<ImportSummary> run(Database &database);
    /// The verdicts on the first `rows` data rows as run() would give them, written nowhere.
    Result<ImportSummary> preview(Database &database, int rows);

    /// The rejected rows as an .xlsx workbook: the original columns, then 行号 and 错误原因.
    /// Fixed, it can be imported again.
    static Status writeErrorWorkbook(const QString &path, const ImportSummary &summary);

    /// The mapping the user chose last time for sheets with these headers (else the matcher's).
    static ColumnMapping rememberedMapping(Database &database, const QStringList &headers);
    static Status rememberMapping(Database &database, const ColumnMapping &mapping);

private:
    Result<ImportSummary> process(Database &database, bool dryRun, int rowLimit);

    QString m_path;
    std::unique_ptr<SheetSource> m_source;
    int m_headerRow = 0;
    ColumnMapping m_mapping;
    QVector<SheetRow> m_sample;
    Options m_options;
    const std::atomic<bool> *m_cancel = nullptr;
    Progress m_progress;
};

} // namespace cd
