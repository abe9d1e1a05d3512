#include "roster/rosterimport.h"

#include "db/database.h"
#include "db/settingstore.h"
#include "db/transaction.h"
#include "io/sheetvalue.h"
#include "roster/importrowparser.h"
#include "roster/importwriter.h"
#include "roster/pinyin.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <ctime>
#include <thread>

namespace cd {

namespace {

QStringList cellTexts(const QVector<SheetCell> &cells, int columns)
{
    QStringList out;
    for (int i = 0; i < qMax(columns, int(cells.size())); ++i) {
        if (i >= cells.size() || cells.at(i).isEmpty())
            out << QString();
        else if (cells.at(i).type == SheetCell::Type::Text)
            out << sheetvalue::unneutralise(cells.at(i).text);
        else
            out << sheetvalue::displayText(cells.at(i));
    }
    while (out.size() > columns && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

class TempStoreInMemory
{
public:
    explicit TempStoreInMemory(Database &database) : m_db(database)
    {
        QSqlQuery q(m_db.sql());
        if (m_db.transactionDepth() == 0 && q.exec(QStringLiteral("PRAGMA temp_store")) && q.next()) {
            m_previous = q.value(0).toInt();
            q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        }
    }
    ~TempStoreInMemory()
    {
        if (m_previous >= 0 && m_db.transactionDepth() == 0) {
            QSqlQuery q(m_db.sql());
            q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previous));
        }
    }

private:
    Database &m_db;
    int m_previous = -1;
};

// A large cache for the import's connection: the whole transaction's pages stay in memory
// until the commit instead of spilling to the WAL row by row. Restored afterwards.
class LargeCache
{
public:
    static constexpr int importCacheKiB = 262144;
    explicit LargeCache(Database &database) : m_db(database)
    {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
            const qint64 previous = q.value(0).toLongLong();
            // Negative: KiB; positive: pages (assume 4 KiB).
            const qint64 kib = previous < 0 ? -previous : previous * 4;
            if (kib < importCacheKiB) {
                m_previous = previous;
                q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(importCacheKiB));
            }
        }
    }
    ~LargeCache()
    {
        if (m_previous != 0) {
            QSqlQuery q(m_db.sql());
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        }
    }

private:
    Database &m_db;
    qint64 m_previous = 0;
};

QString mappingKey(const QStringList &headers)
{
    return QStringLiteral("import.roster.mapping.") + ColumnMapping::signatureOf(headers);
}

} // namespace

RosterImport::RosterImport(QString path) : m_path(std::move(path)) {}

RosterImport::~RosterImport() = default;

Status RosterImport::open()
{
    m_source = std::make_unique<SheetSource>();
    if (Status s = m_source->open(m_path); !s) {
        m_source.reset();
        return s;
    }
    Result<QVector<SheetRow>> first = m_source->firstRows(headerSearchRows * 2);
    if (!first) {
        m_source.reset();
        return first.status();
    }
    QVector<SheetRow> head = first.value().mid(0, headerSearchRows);
    const int index = ColumnMapping::findHeaderRow(head);
    if (index < 0) {
        m_source.reset();
        return Status::failure(tr("%1 has no header row in its first %2 rows: the roster needs a row of column "
                                  "names such as 姓名 and 身份证号.")
                                   .arg(QFileInfo(m_path).fileName())
                                   .arg(headerSearchRows));
    }
    m_headerRow = head.at(index).number;
    m_mapping = ColumnMapping::fromHeaders(ColumnMapping::headerTexts(head.at(index).cells));
    m_sample = first.value().mid(index + 1, headerSearchRows);
    return Status::success();
}

QString RosterImport::sourceDescription() const
{
    return m_source ? m_source->description() : QString();
}

Result<ImportSummary> RosterImport::run(Database &database)
{
    return process(database, m_options.dryRun, -1);
}

Result<ImportSummary> RosterImport::preview(Database &database, int rows)
{
    return process(database, true, qMax(rows, 1));
}

Result<ImportSummary> RosterImport::process(Database &database, bool dryRun, int rowLimit)
{
    if (!m_source)
        return Status::failure(tr("The file is not open."));
    if (const QString problem = m_mapping.problem(); !problem.isEmpty())
        return Status::failure(problem);
    const bool previewing = rowLimit > 0;

    ImportSummary summary;
    summary.headers = m_mapping.headers();
    summary.headerRow = m_headerRow;

    // Statement journals (every insert that fires the search triggers) stay in memory: on
    // disk they cost dozens of writes per row. Only settable outside a transaction.
    // ICU's transliterators behind the pinyin of names take a few hundred milliseconds to set
    // up: a second thread does it while the first rows are read and checked.
    struct WarmUp
    {
        std::thread thread{[] { pinyin::full(u"王"); }};
        ~WarmUp() { thread.join(); }
    } warmUp;
    QElapsedTimer phase;
    phase.start();
    const auto lap = [&phase]() { return phase.nsecsElapsed() / 1.0e6; };
    std::clock_t cpu = std::clock();
    const auto cpuLap = [&cpu]() {
        const std::clock_t now = std::clock();
        const double ms = double(now - cpu) * 1000.0 / CLOCKS_PER_SEC;
        cpu = now;
        return ms;
    };
    TempStoreInMemory tempStore(database);
    LargeCache cache(database);
    Transaction tx(database);
    if (!tx.isActive())
        return tx.startStatus();
    ImportWriter::Options writerOptions;
    writerOptions.updateExisting = m_options.updateExisting;
    writerOptions.createPlaces = m_options.createPlaces;
    writerOptions.defaultEstate = m_options.defaultEstate;
    writerOptions.source = QFileInfo(m_path).fileName();
    writerOptions.description = tr("Roster import");
    ImportWriter writer(database, writerOptions, m_mapping);
    if (Status s = writer.begin(); !s)
        return s;
    const ImportRowParser parser(m_mapping, m_options.today);
    summary.timings.begin = lap();
    phase.restart();
    cpuLap();
    QElapsedTimer rowTimer;
    qint64 parseNs = 0;
    qint64 writeNs = 0;

    Status fatal = Status::success();
    int looked = 0;
    ImportRecord record;
    QVector<ImportProblem> problems;
    const int columns = m_mapping.columnCount();
    const Status read = m_source->readRows(
        [&](int rowNumber, const QVector<SheetCell> &cells) {
            if (rowNumber <= m_headerRow)
                return true;
            if ((looked & 255) == 0 && m_cancel && m_cancel->load()) {
                summary.cancelled = true;
                return false;
            }
            problems.clear();
            rowTimer.start();
            const bool any = parser.parse(rowNumber, cells, record, problems);
            parseNs += rowTimer.nsecsElapsed();
            if (!any)
                return true;
            ++looked;
            ImportWriter::Outcome outcome = ImportWriter::Outcome::Rejected;
            if (problems.isEmpty()) {
                rowTimer.start();
                outcome = writer.write(record, problems, fatal);
                writeNs += rowTimer.nsecsElapsed();
            }
            if (!fatal)
                return false;
            switch (outcome) {
            case ImportWriter::Outcome::Created: ++summary.created; break;
            case ImportWriter::Outcome::Updated: ++summary.updated; break;
            case ImportWriter::Outcome::Skipped: ++summary.skipped; break;
            case ImportWriter::Outcome::Rejected: ++summary.rejectedRows; break;
            }
            if (outcome == ImportWriter::Outcome::Rejected || previewing) {
                ImportRowVerdict verdict{rowNumber, outcome, cellTexts(cells, columns), {}};
                for (const ImportProblem &p : std::as_const(problems))
                    verdict.reasons << p.reason;
                summary.rows << verdict;
            }
            summary.problems += problems;
            return !previewing || looked < rowLimit;
        },
        [&](qint64 done, qint64 total) {
            if (m_progress)
                m_progress(done, total);
        });
    summary.timings.parse = parseNs / 1.0e6;
    summary.timings.write = writeNs / 1.0e6;
    summary.timings.read = lap() - summary.timings.parse - summary.timings.write;
    summary.timings.loopCpu = cpuLap();
    phase.restart();
    if (!fatal)
        return fatal;
    if (!read)
        return read;
    if (m_cancel && m_cancel->load())
        summary.cancelled = true;
    summary.placesCreated = writer.placesCreated();
    if (summary.cancelled || summary.accepted() == 0)
        return summary; // rolled back: nothing written, no batch left behind
    if (Status s = writer.finish(); !s)
        return s;
    summary.timings.finish = lap();
    summary.timings.finishCpu = cpuLap();
    phase.restart();
    if (dryRun)
        return summary;
    if (Status s = tx.commit(); !s)
        return s;
    summary.timings.commit = lap();
    summary.timings.commitCpu = cpuLap();
    phase.restart();
    summary.written = true;
    summary.batchId = writer.batchId();
    // A large import changes the shape of the tables: let SQLite's planner see it.
    if (summary.created > 1000) {
        // Approximate statistics (a sample of each index) serve the planner as well, in a
        // fraction of the time of a full scan of every index.
        QSqlQuery analyze(database.sql());
        int limit = 0;
        if (analyze.exec(QStringLiteral("PRAGMA analysis_limit")) && analyze.next())
            limit = analyze.value(0).toInt();
        analyze.finish();
        analyze.exec(QStringLiteral("PRAGMA analysis_limit = 2000"));
        analyze.exec(QStringLiteral("ANALYZE"));
        analyze.exec(QStringLiteral("PRAGMA analysis_limit = %1").arg(limit));
    } else {
        QSqlQuery optimize(database.sql());
        optimize.exec(QStringLiteral("PRAGMA optimize"));
    }
    summary.timings.analyze = lap();
    return summary;
}

ColumnMapping RosterImport::rememberedMapping(Database &database, const QStringList &headers)
{
    const QString json = settingstore::value(database, mappingKey(headers));
    if (json.isEmpty())
        return ColumnMapping::fromHeaders(headers);
    return ColumnMapping::fromJson(json, headers);
}

Status RosterImport::rememberMapping(Database &database, const ColumnMapping &mapping)
{
    return settingstore::setValue(database, mappingKey(mapping.headers()), mapping.toJson());
}

} // namespace cd
