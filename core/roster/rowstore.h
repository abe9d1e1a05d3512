#pragma once

#include "common/status.h"
#include "roster/rosterchange.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>

namespace cd {

/// Generic row access for the roster tables that records every write as a RowChange, so that
/// edits can be undone. Table and column names come from code, never from user text; values
/// are always bound. Callers hold the transaction.
class RowStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::RowStore)

public:
    /// `record` (may be null) receives one RowChange per row written.
    RowStore(QSqlDatabase db, RosterChange *record);

    /// The key columns of a roster table: {"id"}, or the pair of a link table.
    static QStringList keyColumns(const QString &table);
    static bool isKnownTable(const QString &table);

    /// The whole row, or an empty map when there is none.
    Result<QVariantMap> load(const QString &table, const QVariantMap &key) const;
    /// Inserts `values`; returns the new rowid.
    Result<qint64> insert(const QString &table, const QVariantMap &values);
    /// Sets `values` on the row; records nothing when no value changed.
    Status update(const QString &table, const QVariantMap &key, const QVariantMap &values);
    Status remove(const QString &table, const QVariantMap &key);

    /// Undo and redo: makes the row equal `target` (empty: no row), but only while it still
    /// equals `expected` (empty: no row). Not recorded.
    Status restore(const QString &table, const QVariantMap &key, const QVariantMap &expected,
                   const QVariantMap &target);

    static QVariantMap idKey(qint64 id) { return {{QStringLiteral("id"), id}}; }

private:
    Status exec(QSqlQuery &query) const;

    QSqlDatabase m_db;
    RosterChange *m_record;
};

} // namespace cd
