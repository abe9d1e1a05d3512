#pragma once

#include "common/status.h"
#include "roster/columnmapping.h"
#include "roster/importrecord.h"
#include "roster/rosterchange.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <memory>

namespace cd {

class Database;

/// Writes parsed roster rows into the database fast enough for a sub-district (100,000 rows
/// in seconds): statements prepared once, places looked up once and kept in hashes.
///
/// The caller holds the transaction. begin() starts an import batch; finish() records in it
/// the rows the import inserted, as one id range per table (rows above the highest id before
/// the import) with an image of the inserted people, and, after those, the before/after images
/// of the existing rows it changed, so that RosterRepository::undoBatch() takes the whole
/// import back (changes first, then inserts, newest first).
///
/// Places: unknown estates, buildings, units and dwellings named by a row are created unless
/// `createPlaces` is off (then such a row is rejected naming the missing place). A row
/// without an estate uses `defaultEstate`, or the only estate of the database.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(cd::ImportWriter)

public:
    enum class Outcome { Created, Updated, Skipped, Rejected };

    struct Options
    {
        bool updateExisting = false; ///< people found by ID number: update (true) or skip
        bool createPlaces = true;
        QString defaultEstate;
        QString source;      ///< file name, for the batch list
        QString description;
    };

    ImportWriter(Database &database, Options options, ColumnMapping mapping);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    Status begin();
    /// Writes one checked row. Problems found against the database (a duplicate ID number
    /// in the file, a missing place) are appended and give Rejected; a database failure
    /// sets `fatal` (the import must stop).
    Outcome write(const ImportRecord &record, QVector<ImportProblem> &problems, Status &fatal);
    Status finish();

    qint64 batchId() const { return m_batchId; }
    /// Places created so far: estates, buildings, units, dwellings.
    int placesCreated() const { return m_placesCreated; }

private:
    struct Queries;
    /// Into a person table with fewer rows, its secondary indexes are built after the import.
    static constexpr qint64 smallTableRows = 10000;

    Result<qint64> place(int level, qint64 parent, const QString &name, const ImportRecord &record,
                         QVector<ImportProblem> &problems);
    Result<qint64> dwellingFor(const ImportRecord &record, QVector<ImportProblem> &problems);
    Status insertPerson(const ImportRecord &record, qint64 dwellingId, qint64 &personId);
    Status updatePerson(qint64 personId, const ImportRecord &record, qint64 dwellingId);
    Status addOwnership(qint64 personId, qint64 dwellingId);
    Status updateRow(const QString &table, qint64 id, const QVariantMap &values);
    Status history(qint64 personId, const QString &kind, const QString &detail);
    Status recordInserted();
    /// Writes the rows collected for bulk inserts (the database is then complete).
    Status flush();
    Status deferIndexes();
    void reject(QVector<ImportProblem> &problems, const ImportRecord &record, ImportField field,
                const QString &reason) const;

    Database &m_db;
    Options m_options;
    ColumnMapping m_mapping;
    std::unique_ptr<Queries> m_q;
    qint64 m_batchId = 0;
    QHash<QString, qint64> m_maxIds;      // table -> highest id before the import
    qint64 m_lastPerson = 0;              // ids given to new people and dwellings
    qint64 m_lastDwelling = 0;
    QString m_now;                        // created_at of new people
    QHash<QString, qint64> m_places;      // level|parent|name -> id
    QHash<qint64, bool> m_hasPersonOwner; // dwelling -> a current person owner exists
    QHash<QString, int> m_seenIds;        // ID number -> row it first appeared in
    QString m_onlyEstate;
    QString m_insertTrigger; // dropped during the import, created again by finish()
    QStringList m_deferredIndexes; // likewise
    std::vector<RowChange> m_changes;     // existing rows changed, for the batch
    int m_placesCreated = 0;
};

} // namespace cd
