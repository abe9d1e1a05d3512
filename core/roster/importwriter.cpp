#include "roster/importwriter.h"
#include "roster/importwriterqueries.h"

#include "db/database.h"
#include "roster/pinyin.h"
#include "roster/rosterrepository.h"
#include "roster/rostersql.h"
#include "roster/rowstore.h"

#include <QSqlError>
#include <QSqlRecord>

namespace cd {

using namespace rostersql;

namespace {

const char *const placeTables[] = {"estate", "building", "unit", "dwelling"};
// Inserted rows are recorded parents first, so that undoing (newest first) deletes children first.
const char *const recordedTables[] = {"estate", "building", "unit", "dwelling", "person", "person_tag",
                                      "residence", "ownership"};

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace


ImportWriter::ImportWriter(Database &database, Options options, ColumnMapping mapping)
    : m_db(database), m_options(std::move(options)), m_mapping(std::move(mapping))
{
}

ImportWriter::~ImportWriter() = default;

Status ImportWriter::begin()
{
    QSqlDatabase db = m_db.sql();
    m_q = std::make_unique<Queries>(db);
    const auto prepare = [](QSqlQuery &q, const QString &sql) {
        if (q.prepare(sql))
            return Status::success();
        return Status::failure(tr("The import could not be prepared: %1").arg(q.lastError().databaseText()));
    };
    const QString finds[] = {
        QStringLiteral("SELECT id FROM estate WHERE name = ? AND ? = 0"),
        QStringLiteral("SELECT id FROM building WHERE estate_id = ? AND number = ?"),
        QStringLiteral("SELECT id FROM unit WHERE building_id = ? AND number = ?"),
        QStringLiteral("SELECT id FROM dwelling WHERE unit_id = ? AND room = ?")};
    const QString inserts[] = {
        QStringLiteral("INSERT INTO estate(name) VALUES (?)"),
        QStringLiteral("INSERT INTO building(estate_id, number) VALUES (?, ?)"),
        QStringLiteral("INSERT INTO unit(building_id, number) VALUES (?, ?)"),
        QStringLiteral("INSERT INTO dwelling(unit_id, room, area_centi, occupancy) VALUES (?, ?, ?, ?)")};
    for (int i = 0; i < 4; ++i) {
        if (Status s = prepare(m_q->findPlace[i], finds[i]); !s)
            return s;
        if (Status s = prepare(m_q->insertPlace[i], inserts[i]); !s)
            return s;
    }
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_q->findPerson, QStringLiteral("SELECT id FROM person WHERE id_number = ?")},
        {&m_q->insertResidence,
         QStringLiteral("INSERT INTO residence(person_id, dwelling_id, relation) VALUES (?, ?, ?)")},
        {&m_q->insertOwnership,
         QStringLiteral("INSERT INTO ownership(dwelling_id, person_id, is_developer, is_voter) VALUES (?, ?, 0, ?)")},
        {&m_q->currentResidences,
         QStringLiteral("SELECT id, dwelling_id, relation FROM residence WHERE person_id = ? AND moved_out IS NULL")},
        {&m_q->currentOwners,
         QStringLiteral("SELECT id, person_id FROM ownership WHERE dwelling_id = ? AND until IS NULL")},
        {&m_q->history,
         QStringLiteral("INSERT INTO person_history(person_id, kind, detail, batch_id) VALUES (?, ?, ?, ?)")},
    };
    for (const auto &[query, sql] : statements) {
        if (Status s = prepare(*query, sql); !s)
            return s;
    }

    for (const char *table : recordedTables) {
        if (QLatin1String(table) == QLatin1String("person_tag"))
            continue;
        const QString name = QString::fromLatin1(table);
        m_maxIds.insert(name, scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(name), {})
                                  .toLongLong());
    }
    m_lastPerson = m_maxIds.value(QStringLiteral("person"));
    m_lastDwelling = m_maxIds.value(QStringLiteral("dwelling"));
    // One timestamp for the whole import, as the column default would write it.
    m_now = scalar(db, QStringLiteral("SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"), {}).toString();
    if (scalar(db, QStringLiteral("SELECT count(*) FROM estate"), {}).toInt() == 1)
        m_onlyEstate = scalar(db, QStringLiteral("SELECT name FROM estate"), {}).toString();

    // The search triggers index one person at a time; for a large import the same index
    // is built far faster in one statement per table at the end (finish()). Dropping the
    // trigger is part of the import's transaction, so a rollback brings it back too.
    m_insertTrigger = scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                                "AND name = 'person_search_insert'"), {}).toString();
    if (!m_insertTrigger.isEmpty()) {
        QSqlQuery drop(db);
        if (!drop.exec(QStringLiteral("DROP TRIGGER person_search_insert")))
            return Status::failure(tr("The import could not be prepared: %1").arg(drop.lastError().databaseText()));
    }

    // Into a small roster the person indexes the import never reads are built once at the
    // end (a sorted build) rather than row by row.
    if (Status s = deferIndexes(); !s)
        return s;

    QSqlQuery batch(db);
    if (!run(batch, QStringLiteral("INSERT INTO import_batch(source, description) VALUES (?, ?)"),
             {text(m_options.source), text(m_options.description)}))
        return Status::failure(tr("The import batch could not be started: %1").arg(batch.lastError().databaseText()));
    m_batchId = batch.lastInsertId().toLongLong();
    return Status::success();
}

Status ImportWriter::deferIndexes()
{
    // Only the person table's: their keys (names, phones, pinyin) arrive in random order.
    // The other tables' indexes grow at their ends (ids ascend), which costs less than a
    // rebuild (measured at 100,000 rows).
    if (m_maxIds.value(QStringLiteral("person")) >= smallTableRows)
        return Status::success();
    QSqlDatabase db = m_db.sql();
    QSqlQuery indexes(db);
    if (!run(indexes, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person' "
                                     "AND sql IS NOT NULL AND sql NOT LIKE '%UNIQUE%'"),
             {}))
        return Status::failure(tr("The import could not be prepared: %1").arg(indexes.lastError().databaseText()));
    QStringList names;
    while (indexes.next()) {
        names << indexes.value(0).toString();
        m_deferredIndexes << indexes.value(1).toString();
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(db);
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return Status::failure(tr("The import could not be prepared: %1").arg(drop.lastError().databaseText()));
    }
    return Status::success();
}

void ImportWriter::reject(QVector<ImportProblem> &problems, const ImportRecord &record, ImportField field,
                          const QString &reason) const
{
    const int column = m_mapping.column(field);
    problems.push_back({record.row, column, column >= 0 ? m_mapping.columnLabel(column) : ImportFields::label(field),
                        reason});
}

Result<qint64> ImportWriter::place(int level, qint64 parent, const QString &name, const ImportRecord &record,
                                   QVector<ImportProblem> &problems)
{
    const QString key = QString::number(level) + QLatin1Char('|') + QString::number(parent) + QLatin1Char('|') + name;
    if (auto it = m_places.constFind(key); it != m_places.constEnd())
        return it.value();
    const QString table = QString::fromLatin1(placeTables[level]);
    qint64 id = 0;
    if (m_maxIds.value(table) > 0) {
        QSqlQuery &find = m_q->findPlace[level];
        find.bindValue(0, level == 0 ? QVariant(name) : QVariant(parent));
        find.bindValue(1, level == 0 ? QVariant(0) : QVariant(name));
        if (!find.exec())
            return Status::failure(tr("Reading the roster failed: %1").arg(find.lastError().databaseText()));
        if (find.next())
            id = find.value(0).toLongLong();
        find.finish();
    }
    if (id == 0) {
        if (!m_options.createPlaces) {
            static const ImportField fields[] = {ImportField::Estate, ImportField::Building, ImportField::Unit,
                                                 ImportField::Room};
            static const char *const reasons[] = {
                QT_TR_NOOP("There is no estate named %1."), QT_TR_NOOP("There is no building %1 in this estate."),
                QT_TR_NOOP("There is no unit %1 in this building."), QT_TR_NOOP("There is no room %1 in this unit.")};
            ImportField field = fields[level];
            if (!m_mapping.has(field) && m_mapping.has(ImportField::Address))
                field = ImportField::Address;
            reject(problems, record, field, tr(reasons[level]).arg(name));
            return qint64(0);
        }
        if (level == 3) {
            // New dwellings get their ids here and are written in bulk.
            id = ++m_lastDwelling;
            m_q->newDwellings.add({id, parent, name, qMax<qint64>(record.areaCenti, 0),
                                   record.occupancy.isEmpty() ? QStringLiteral("owner_occupied") : record.occupancy});
            ++m_placesCreated;
            m_places.insert(key, id);
            return id;
        }
        QSqlQuery &insert = m_q->insertPlace[level];
        if (level == 0) {
            insert.bindValue(0, name);
        } else {
            insert.bindValue(0, parent);
            insert.bindValue(1, name);
        }
        if (level == 3) {
            insert.bindValue(2, qMax<qint64>(record.areaCenti, 0));
            insert.bindValue(3, record.occupancy.isEmpty() ? QStringLiteral("owner_occupied") : record.occupancy);
        }
        if (!insert.exec())
            return Status::failure(tr("The import could not add %1: %2").arg(name, insert.lastError().databaseText()));
        id = insert.lastInsertId().toLongLong();
        ++m_placesCreated;
    }
    m_places.insert(key, id);
    return id;
}

Result<qint64> ImportWriter::dwellingFor(const ImportRecord &record, QVector<ImportProblem> &problems)
{
    QString estate = record.estate;
    if (estate.isEmpty())
        estate = m_options.defaultEstate.isEmpty() ? m_onlyEstate : m_options.defaultEstate;
    if (estate.isEmpty()) {
        reject(problems, record, ImportField::Estate,
               tr("The estate is missing: add an estate column or choose the estate for rows without one."));
        return qint64(0);
    }
    const QString names[] = {estate, record.building, record.unit, record.room};
    qint64 id = 0;
    for (int level = 0; level < 4; ++level) {
        Result<qint64> next = place(level, id, names[level], record, problems);
        if (!next || next.value() == 0)
            return next;
        id = next.value();
    }
    // An existing dwelling gets the area and occupancy of the file when updating.
    if (m_options.updateExisting && id <= m_maxIds.value(QStringLiteral("dwelling"))) {
        QVariantMap values;
        if (record.areaCenti >= 0)
            values.insert(QStringLiteral("area_centi"), record.areaCenti);
        if (!record.occupancy.isEmpty())
            values.insert(QStringLiteral("occupancy"), record.occupancy);
        if (!values.isEmpty()) {
            if (Status s = updateRow(QStringLiteral("dwelling"), id, values); !s)
                return s;
        }
    }
    return id;
}

Status ImportWriter::history(qint64 personId, const QString &kind, const QString &detail)
{
    QSqlQuery &q = m_q->history;
    q.bindValue(0, personId);
    q.bindValue(1, kind);
    q.bindValue(2, text(detail));
    q.bindValue(3, m_batchId);
    if (!q.exec())
        return Status::failure(tr("The person's history could not be written: %1").arg(q.lastError().databaseText()));
    return Status::success();
}

Status ImportWriter::updateRow(const QString &table, qint64 id, const QVariantMap &values)
{
    RosterChange change;
    RowStore store(m_db.sql(), &change);
    if (Status s = store.update(table, RowStore::idKey(id), values); !s)
        return s;
    for (RowChange &row : change.rows)
        m_changes.push_back(std::move(row));
    return Status::success();
}

Status ImportWriter::insertPerson(const ImportRecord &record, qint64 dwellingId, qint64 &personId)
{
    const Person &p = record.person;
    personId = ++m_lastPerson;
    m_q->newPeople.add({personId, p.name, text(p.sex), p.idNumber.isEmpty() ? QVariant() : QVariant(p.idNumber),
                        date(p.birthDate), text(p.phone), text(p.ethnicity), p.politicalStatus, p.hukou, text(p.notes),
                        pinyin::full(p.name), pinyin::initials(p.name), m_now, m_now});
    m_q->pendingNames << p.name;
    for (const QString &tag : p.tags)
        m_q->newTags.add({personId, tag});
    if (dwellingId > 0)
        m_q->newResidences.add({personId, dwellingId, text(record.relation)});
    return Status::success();
}

Status ImportWriter::flush()
{
    int failed = -1;
    Status s = m_q->newDwellings.flush();
    if (s) {
        s = m_q->newPeople.flush(&failed);
        if (!s) {
            const QString name = m_q->pendingNames.value(failed);
            return Status::failure(name.isEmpty() ? tr("The import could not add a person: %1").arg(s.message())
                                                  : tr("The import could not add %1: %2").arg(name, s.message()));
        }
        m_q->pendingNames.clear();
    }
    if (s)
        s = m_q->newTags.flush();
    if (s)
        s = m_q->newResidences.flush();
    if (s)
        s = m_q->newOwnerships.flush();
    if (!s)
        return Status::failure(tr("The import could not add a row: %1").arg(s.message()));
    return Status::success();
}

Status ImportWriter::addOwnership(qint64 personId, qint64 dwellingId)
{
    bool hasPersonOwner = m_hasPersonOwner.value(dwellingId, false);
    if (dwellingId > m_maxIds.value(QStringLiteral("dwelling"))) {
        m_q->newOwnerships.add({dwellingId, personId, 0, hasPersonOwner ? 0 : 1});
        m_hasPersonOwner.insert(dwellingId, true);
        return Status::success();
    }
    // An existing dwelling: what the database holds must be complete.
    if (Status s = flush(); !s)
        return s;
    {
        // An existing dwelling: the person may own it already; the developer sells it.
        QSqlQuery &owners = m_q->currentOwners;
        owners.bindValue(0, dwellingId);
        if (!owners.exec())
            return Status::failure(tr("Reading the roster failed: %1").arg(owners.lastError().databaseText()));
        std::vector<qint64> developerRows;
        while (owners.next()) {
            if (owners.value(1).isNull()) {
                developerRows.push_back(owners.value(0).toLongLong());
            } else {
                if (owners.value(1).toLongLong() == personId)
                    return Status::success();
                hasPersonOwner = true;
            }
        }
        owners.finish();
        for (qint64 id : developerRows) {
            if (Status s = updateRow(QStringLiteral("ownership"), id,
                                     {{QStringLiteral("until"), date(QDate::currentDate())}});
                !s)
                return s;
        }
    }
    QSqlQuery &q = m_q->insertOwnership;
    q.bindValue(0, dwellingId);
    q.bindValue(1, personId);
    q.bindValue(2, hasPersonOwner ? 0 : 1);
    if (!q.exec())
        return Status::failure(tr("The import could not record an owner: %1").arg(q.lastError().databaseText()));
    m_hasPersonOwner.insert(dwellingId, true);
    return Status::success();
}

ImportWriter::Outcome ImportWriter::write(const ImportRecord &record, QVector<ImportProblem> &problems, Status &fatal)
{
    const QString &idNumber = record.person.idNumber;
    if (!idNumber.isEmpty()) {
        if (auto it = m_seenIds.constFind(idNumber); it != m_seenIds.constEnd()) {
            reject(problems, record, ImportField::IdNumber, tr("The ID number also appears in row %1.").arg(it.value()));
            return Outcome::Rejected;
        }
        m_seenIds.insert(idNumber, record.row);
    }
    qint64 existing = 0;
    if (!idNumber.isEmpty() && m_maxIds.value(QStringLiteral("person")) > 0) {
        QSqlQuery &find = m_q->findPerson;
        find.bindValue(0, idNumber);
        if (!find.exec()) {
            fatal = Status::failure(tr("Reading the roster failed: %1").arg(find.lastError().databaseText()));
            return Outcome::Rejected;
        }
        if (find.next())
            existing = find.value(0).toLongLong();
        find.finish();
    }
    if (existing && !m_options.updateExisting)
        return Outcome::Skipped;

    qint64 dwellingId = 0;
    if (record.hasAddress()) {
        Result<qint64> d = dwellingFor(record, problems);
        if (!d) {
            fatal = d.status();
            return Outcome::Rejected;
        }
        if (d.value() == 0)
            return Outcome::Rejected;
        dwellingId = d.value();
    }
    Status s = Status::success();
    qint64 personId = existing;
    if (existing)
        s = updatePerson(existing, record, dwellingId);
    else
        s = insertPerson(record, dwellingId, personId);
    if (s && dwellingId > 0 && record.owner.value_or(false))
        s = addOwnership(personId, dwellingId);
    if (s && m_q->newPeople.full())
        s = flush();
    if (!s) {
        fatal = s;
        return Outcome::Rejected;
    }
    return existing ? Outcome::Updated : Outcome::Created;
}

Status ImportWriter::recordInserted()
{
    QSqlDatabase db = m_db.sql();
    const qint64 personsBefore = m_maxIds.value(QStringLiteral("person"));
    // Rows the import inserted are recorded compactly, one batch row per table: the id range
    // {"first", "last", "count"} (ids only grow inside the transaction). People also get one
    // image of every inserted row ({"columns", "rows"}), so that an undo can refuse when one
    // of them was changed since.
    for (const char *table : recordedTables) {
        const QString name = QString::fromLatin1(table);
        const bool tag = name == QLatin1String("person_tag");
        const QString idColumn = tag ? QStringLiteral("person_id") : QStringLiteral("id");
        const qint64 after = m_maxIds.value(tag ? QStringLiteral("person") : name);
        QString image = QStringLiteral("NULL");
        if (name == QLatin1String("person")) {
            QStringList columns;
            QSqlQuery info(db);
            if (!run(info, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {name}))
                return Status::failure(tr("The import batch could not be recorded: %1").arg(info.lastError().databaseText()));
            while (info.next()) {
                // Bookkeeping columns are not compared by an undo (see RowChange::sameValues).
                const QString column = info.value(0).toString();
                if (column != QLatin1String("created_at") && column != QLatin1String("updated_at"))
                    columns << QStringLiteral("\"%1\"").arg(column);
            }
            image = QStringLiteral("json_object('columns', json_array(%1), 'rows', json_group_array(json_array(%2)))")
                        .arg(QString(columns.join(QStringLiteral(", "))).replace(QLatin1Char('"'), QLatin1Char('\'')),
                             columns.join(QStringLiteral(", ")));
        }
        QSqlQuery insert(db);
        if (!run(insert,
                 QStringLiteral("INSERT INTO import_batch_row(batch_id, table_name, row_key, before, after) "
                                "SELECT ?, ?, json_object('first', ?, 'last', last, 'count', n), NULL, image "
                                "FROM (SELECT max(%1) AS last, count(*) AS n, %2 AS image "
                                "FROM (SELECT * FROM \"%3\" WHERE %1 > ? ORDER BY %1)) WHERE n > 0")
                     .arg(idColumn, image, name),
                 {m_batchId, name, after + 1, after}))
            return Status::failure(tr("The import batch could not be recorded: %1").arg(insert.lastError().databaseText()));
    }
    if (!m_insertTrigger.isEmpty()) {
        QSqlQuery search(db);
        if (!run(search, QStringLiteral("INSERT INTO person_fts(rowid, name, name_pinyin, name_initials, id_number, phone) "
                                        "SELECT id, name, name_pinyin, name_initials, id_number, phone FROM person "
                                        "WHERE id > ?"),
                 {personsBefore})
            || !run(search, QStringLiteral("INSERT OR IGNORE INTO person_name_gram(gram, person_id) "
                                           "SELECT substr(p.name, n, 1), p.id FROM person p, search_position "
                                           "WHERE p.id > ? AND n <= length(p.name) "
                                           "UNION ALL SELECT substr(p.name, n, 2), p.id FROM person p, search_position "
                                           "WHERE p.id > ? AND n < length(p.name)"),
                    {personsBefore, personsBefore})
            || !search.exec(m_insertTrigger))
            return Status::failure(tr("The search index could not be updated: %1").arg(search.lastError().databaseText()));
        m_insertTrigger.clear();
    }
    QSqlQuery created(db);
    // The import's own timestamp: the column default would convert the local time once per row.
    if (!run(created, QStringLiteral("INSERT INTO person_history(person_id, at, kind, detail, batch_id) "
                                     "SELECT id, ?, 'created', '', ? FROM person WHERE id > ? ORDER BY id"),
             {m_now, m_batchId, personsBefore}))
        return Status::failure(tr("The person's history could not be written: %1").arg(created.lastError().databaseText()));
    // The indexes set aside by begin(), built once over the sorted data.
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        QSqlQuery index(db);
        if (!index.exec(sql))
            return Status::failure(tr("The search index could not be updated: %1").arg(index.lastError().databaseText()));
    }
    m_deferredIndexes.clear();
    return Status::success();
}

Status ImportWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    if (Status s = recordInserted(); !s)
        return s;
    // Changes to rows that existed before come after the inserts: undone first.
    QSqlQuery q(m_db.sql());
    if (!q.prepare(QStringLiteral("INSERT INTO import_batch_row(batch_id, table_name, row_key, before, after) "
                                  "VALUES (?, ?, ?, ?, ?)")))
        return Status::failure(tr("The import batch could not be recorded: %1").arg(q.lastError().databaseText()));
    for (const RowChange &row : m_changes) {
        q.bindValue(0, m_batchId);
        q.bindValue(1, row.table);
        q.bindValue(2, RowChange::toJson(row.key));
        q.bindValue(3, row.before.isEmpty() ? QVariant() : QVariant(RowChange::toJson(row.before)));
        q.bindValue(4, row.after.isEmpty() ? QVariant() : QVariant(RowChange::toJson(row.after)));
        if (!q.exec())
            return Status::failure(tr("The import batch could not be recorded: %1").arg(q.lastError().databaseText()));
    }
    m_changes.clear();
    return Status::success();
}

} // namespace cd
