// RosterRepository: person history, undo/redo of changes, and import batches.
#include "roster/rosterrepository.h"

#include "db/database.h"
#include "db/transaction.h"
#include "roster/rostersql.h"
#include "roster/rowstore.h"

#include <QSqlError>
#include <map>

namespace cd {

using namespace rostersql;

RosterRepository::RosterRepository(Database &database) : m_db(database) {}

RosterRepository::~RosterRepository() = default;

Status RosterRepository::finish(Transaction &tx, const RosterChange &change)
{
    if (m_batchId) {
        for (const RowChange &row : change.rows) {
            if (Status s = recordRow(m_batchId, row); !s)
                return s;
        }
    }
    return tx.commit();
}

Status RosterRepository::recordRow(qint64 batchId, const RowChange &row)
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("INSERT INTO import_batch_row(batch_id, table_name, row_key, before, after) "
                               "VALUES (?, ?, ?, ?, ?)"),
             {batchId, row.table, RowChange::toJson(row.key),
              row.before.isEmpty() ? QVariant() : QVariant(RowChange::toJson(row.before)),
              row.after.isEmpty() ? QVariant() : QVariant(RowChange::toJson(row.after))}))
        return Status::failure(tr("The import batch could not be recorded: %1").arg(q.lastError().databaseText()));
    return Status::success();
}

Status RosterRepository::addHistory(qint64 personId, const QString &kind, const QString &detail)
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("INSERT INTO person_history(person_id, kind, detail, batch_id) VALUES (?, ?, ?, ?)"),
             {personId, kind, detail, ref(m_batchId)}))
        return Status::failure(tr("The person's history could not be written: %1").arg(q.lastError().databaseText()));
    return Status::success();
}

Result<RosterChange> RosterRepository::removeRow(const QString &table, qint64 id, const QString &description)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = description;
    change.id = id;
    RowStore store(m_db.sql(), &change);
    Result<QVariantMap> existing = store.load(table, RowStore::idKey(id));
    if (!existing)
        return existing.status();
    if (existing->isEmpty())
        return Status::failure(tr("The record to remove no longer exists."));
    if (Status s = store.remove(table, RowStore::idKey(id)); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<std::vector<PersonHistoryEntry>> RosterRepository::history(qint64 personId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, person_id, at, kind, detail, batch_id FROM person_history "
                               "WHERE person_id = ? ORDER BY at, id"),
             {personId}))
        return Status::failure(tr("Reading the roster failed: %1").arg(q.lastError().databaseText()));
    std::vector<PersonHistoryEntry> out;
    while (q.next()) {
        PersonHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.personId = q.value(1).toLongLong();
        e.at = toDateTime(q.value(2));
        e.kind = q.value(3).toString();
        e.detail = q.value(4).toString();
        e.batchId = q.value(5).toLongLong();
        out.push_back(e);
    }
    return out;
}

Status RosterRepository::applyRows(const RosterChange &change, bool forward, int *failedRow)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RowStore store(m_db.sql(), nullptr);
    const int count = int(change.rows.size());
    // What each person gets in their history for this undo or redo: kind and changed fields.
    std::map<qint64, QStringList> edited;
    std::map<qint64, bool> recreated;
    for (int step = 0; step < count; ++step) {
        const int i = forward ? step : count - 1 - step;
        const RowChange &row = change.rows[size_t(i)];
        const QVariantMap &expected = forward ? row.before : row.after;
        const QVariantMap &target = forward ? row.after : row.before;
        if (Status s = store.restore(row.table, row.key, expected, target); !s) {
            if (failedRow)
                *failedRow = i;
            return s;
        }
        if (row.table == QLatin1String("person") && !target.isEmpty()) {
            if (expected.isEmpty())
                recreated[row.key.value(QStringLiteral("id")).toLongLong()] = true;
            else
                edited[row.key.value(QStringLiteral("id")).toLongLong()] << row.changedColumns();
        } else if (row.table == QLatin1String("person_tag")) {
            edited[row.key.value(QStringLiteral("person_id")).toLongLong()] << QStringLiteral("tags");
        }
    }
    const qint64 batch = m_batchId;
    m_batchId = 0;
    Status status = Status::success();
    for (const auto &[personId, isNew] : recreated) {
        if (isNew && status)
            status = addHistory(personId, QStringLiteral("created"), QString());
    }
    for (auto &[personId, fields] : edited) {
        if (recreated.count(personId) || !status)
            continue;
        if (!scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {personId}).isValid())
            continue;
        fields.removeAll(QStringLiteral("name_pinyin"));
        fields.removeAll(QStringLiteral("name_initials"));
        fields.removeDuplicates();
        if (!fields.isEmpty())
            status = addHistory(personId, QStringLiteral("edited"), fields.join(QStringLiteral(", ")));
    }
    m_batchId = batch;
    if (!status)
        return status;
    return tx.commit();
}

Status RosterRepository::revert(const RosterChange &change)
{
    if (Status s = applyRows(change, false); !s)
        return Status::failure(tr("\"%1\" cannot be undone: %2").arg(change.description, s.message()));
    return Status::success();
}

Status RosterRepository::reapply(const RosterChange &change)
{
    if (Status s = applyRows(change, true); !s)
        return Status::failure(tr("\"%1\" cannot be redone: %2").arg(change.description, s.message()));
    return Status::success();
}

Result<qint64> RosterRepository::beginBatch(const QString &source, const QString &description)
{
    if (m_batchId)
        return Status::failure(tr("An import batch is already being recorded."));
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("INSERT INTO import_batch(source, description) VALUES (?, ?)"), {source, description}))
        return Status::failure(tr("The import batch could not be started: %1").arg(q.lastError().databaseText()));
    m_batchId = q.lastInsertId().toLongLong();
    return m_batchId;
}

void RosterRepository::endBatch()
{
    m_batchId = 0;
}

Result<std::vector<ImportBatchInfo>> RosterRepository::batches() const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT b.id, b.at, b.source, b.description, b.undone_at, "
                               "(SELECT coalesce(sum(coalesce(json_extract(r.row_key, '$.count'), 1)), 0) "
                               "FROM import_batch_row r WHERE r.batch_id = b.id) "
                               "FROM import_batch b ORDER BY b.id DESC"),
             {}))
        return Status::failure(tr("Reading the roster failed: %1").arg(q.lastError().databaseText()));
    std::vector<ImportBatchInfo> out;
    while (q.next()) {
        ImportBatchInfo b;
        b.id = q.value(0).toLongLong();
        b.at = toDateTime(q.value(1));
        b.source = q.value(2).toString();
        b.description = q.value(3).toString();
        b.undoneAt = toDateTime(q.value(4));
        b.rows = q.value(5).toInt();
        out.push_back(b);
    }
    return out;
}

Status RosterRepository::undoRange(const QString &table, qint64 first, qint64 last, const QString &image)
{
    if (!RowStore::isKnownTable(table))
        return Status::failure(tr("The import batch names an unknown table."));
    QSqlDatabase db = m_db.sql();
    const bool tag = table == QLatin1String("person_tag");
    const QString idColumn = tag ? QStringLiteral("person_id") : QStringLiteral("id");
    if (!image.isEmpty()) {
        // Every row of the range must still hold the values the import gave it.
        QStringList columns;
        QSqlQuery names(db);
        if (!run(names, QStringLiteral("SELECT j.value FROM json_each(?, '$.columns') j "
                                       "JOIN pragma_table_info(?) c ON c.name = j.value ORDER BY j.key"),
                 {image, table}))
            return Status::failure(tr("Reading the import batch failed: %1").arg(names.lastError().databaseText()));
        while (names.next())
            columns << QStringLiteral("t.\"%1\"").arg(names.value(0).toString());
        if (columns.value(0) != QLatin1String("t.\"id\""))
            return Status::failure(tr("The import batch is damaged."));
        const int stored = scalar(db, QStringLiteral("SELECT json_array_length(?, '$.columns')"), {image}).toInt();
        const qint64 present = scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\" WHERE id BETWEEN ? AND ?").arg(table),
                                      {first, last}).toLongLong();
        const qint64 imaged = scalar(db, QStringLiteral("SELECT json_array_length(?, '$.rows')"), {image}).toLongLong();
        QSqlQuery changed(db);
        if (!run(changed,
                 QStringLiteral("SELECT t.id FROM json_each(?, '$.rows') j JOIN \"%1\" t "
                                "ON t.id = json_extract(j.value, '$[0]') WHERE json_array(%2) <> j.value LIMIT 1")
                     .arg(table, columns.join(QStringLiteral(", "))),
                 {image}))
            return Status::failure(tr("Reading the import batch failed: %1").arg(changed.lastError().databaseText()));
        if (changed.next()) {
            const qint64 id = changed.value(0).toLongLong();
            const QString name = table == QLatin1String("person") ? personName(id) : QString();
            if (!name.isEmpty())
                return Status::failure(tr("The import cannot be undone: %1 was changed after it. Undo or "
                                          "revise that change first.").arg(name));
            return Status::failure(tr("The import cannot be undone: %1").arg(tr("The data was changed in the meantime.")));
        }
        if (stored != columns.size() || present != imaged)
            return Status::failure(tr("The import cannot be undone: %1").arg(tr("The data was changed in the meantime.")));
    }
    QSqlQuery remove(db);
    if (!run(remove, QStringLiteral("DELETE FROM \"%1\" WHERE %2 BETWEEN ? AND ?").arg(table, idColumn), {first, last}))
        return Status::failure(tr("The import cannot be undone: %1").arg(remove.lastError().databaseText()));
    return Status::success();
}

Status RosterRepository::undoBatch(qint64 batchId)
{
    if (m_batchId == batchId)
        return Status::failure(tr("The import batch is still being recorded."));
    QSqlQuery info(m_db.sql());
    if (!run(info, QStringLiteral("SELECT undone_at FROM import_batch WHERE id = ?"), {batchId}) || !info.next())
        return Status::failure(tr("The import batch does not exist."));
    if (!info.value(0).isNull())
        return Status::failure(tr("The import batch has already been undone."));

    // Rows are undone newest first. A bulk import records its inserts as id ranges (see
    // ImportWriter); runs of ordinary rows between them go through applyRows().
    struct Stored
    {
        RowChange row;
        bool range = false;
        qint64 first = 0, last = 0;
        QString image;
    };
    std::vector<Stored> stored;
    QSqlQuery rows(m_db.sql());
    if (!run(rows, QStringLiteral("SELECT table_name, row_key, before, after, json_extract(row_key, '$.first'), "
                                  "json_extract(row_key, '$.last') FROM import_batch_row WHERE batch_id = ? ORDER BY id"),
             {batchId}))
        return Status::failure(tr("Reading the import batch failed: %1").arg(rows.lastError().databaseText()));
    while (rows.next()) {
        Stored s;
        s.row.table = rows.value(0).toString();
        if (rows.value(2).isNull() && !rows.value(4).isNull() && !rows.value(5).isNull()) {
            s.range = true;
            s.first = rows.value(4).toLongLong();
            s.last = rows.value(5).toLongLong();
            s.image = rows.value(3).toString();
        } else {
            s.row.key = RowChange::fromJson(rows.value(1).toString());
            s.row.before = rows.value(2).isNull() ? QVariantMap() : RowChange::fromJson(rows.value(2).toString());
            s.row.after = rows.value(3).isNull() ? QVariantMap() : RowChange::fromJson(rows.value(3).toString());
        }
        stored.push_back(std::move(s));
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    size_t end = stored.size();
    while (end > 0) {
        if (stored[end - 1].range) {
            const Stored &s = stored[end - 1];
            if (Status st = undoRange(s.row.table, s.first, s.last, s.image); !st)
                return st;
            --end;
            continue;
        }
        size_t start = end;
        while (start > 0 && !stored[start - 1].range)
            --start;
        RosterChange change;
        change.description = tr("Import batch %1").arg(batchId);
        for (size_t i = start; i < end; ++i)
            change.rows.push_back(stored[i].row);
        end = start;
        int failed = -1;
        if (Status s = applyRows(change, false, &failed); !s) {
            if (failed >= 0) {
                const RowChange &row = change.rows[size_t(failed)];
                const qint64 personId = row.table == QLatin1String("person")
                                            ? row.key.value(QStringLiteral("id")).toLongLong()
                                            : row.after.value(QStringLiteral("person_id"),
                                                              row.before.value(QStringLiteral("person_id"))).toLongLong();
                const QString name = personId ? personName(personId) : QString();
                if (!name.isEmpty()) {
                    return Status::failure(tr("The import cannot be undone: %1 was changed after it. Undo or "
                                              "revise that change first.").arg(name));
                }
            }
            return Status::failure(tr("The import cannot be undone: %1").arg(s.message()));
        }
    }
    QSqlQuery done(m_db.sql());
    if (!run(done, QStringLiteral("UPDATE import_batch SET undone_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
                                  "WHERE id = ?"),
             {batchId})
        // The row images hold personal data that is no longer needed once the batch is undone.
        || !run(done, QStringLiteral("DELETE FROM import_batch_row WHERE batch_id = ?"), {batchId}))
        return Status::failure(tr("The import batch could not be closed: %1").arg(done.lastError().databaseText()));
    return tx.commit();
}

} // namespace cd
