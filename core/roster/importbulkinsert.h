#pragma once

#include "common/status.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace cd {

/// Collects rows for one table and writes a few hundred at a time with one INSERT ... SELECT
/// over a bound JSON array: one statement run and one bound value instead of one run and a
/// dozen bound values per row (SQLite sets up a statement run's work, such as the CHECK
/// constraints' IN lists, once per run; Qt's positional binding costs thousands of
/// instructions per value).
///
///     ImportBulkInsert people(db, QStringLiteral("person"), {"id", "name"});
///     people.add({id, name});
///     if (people.full()) people.flush();
///
/// The caller holds the transaction and flushes parents before children (foreign keys).
class ImportBulkInsert
{
public:
    /// `verb` is "INSERT" or "INSERT OR IGNORE".
    ImportBulkInsert(QSqlDatabase db, QString table, QStringList columns,
                     QString verb = QStringLiteral("INSERT"));

    /// Appends one row (as many values as columns).
    void add(std::initializer_list<QVariant> values);
    int pending() const { return m_rows; }
    bool full() const { return pending() >= m_rowsPerStatement; }

    /// Writes every pending row. A failure is meant to end the import (its transaction is
    /// rolled back); `failedRow` (when given) is then the pending row refused, or -1.
    Status flush(int *failedRow = nullptr);

private:
    Status prepare();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_verb;
    int m_rowsPerStatement = 1;
    QString m_json; // the pending rows: "[[...],[...]" (closed by flush())
    int m_rows = 0;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace cd
