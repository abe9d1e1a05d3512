#pragma once

#include "common/status.h"
#include "demo/demoinserter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace cd {

/// Rows for a table with triggers, gathered first in a TEMP copy and then moved over with a few
/// INSERT ... SELECT statements. Row-by-row inserts into such a table pay for the triggers once
/// per statement (the person search index flushes its full-text buffer at every statement's
/// savepoint); in chunks of thousands the triggers run as they must, at a fraction of the cost.
/// Rows move in the order they were staged.
class DemoStagingTable
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoStagingTable)

public:
    DemoStagingTable(const QSqlDatabase &database, const char *table, const QStringList &columns);
    ~DemoStagingTable();

    const Status &status() const { return m_status; }
    /// Adds one row to the staging copy.
    Status insert(std::initializer_list<QVariant> values)
    {
        ++m_rows;
        return m_inserter->insert(values);
    }

    /// Moves the staged rows into the real table, `chunk` rows at a time; `progress(done)` after
    /// each chunk may return false to stop (the caller's transaction then rolls everything back).
    Status moveRows(qint64 chunk, const std::function<bool(qint64)> &progress);

private:
    Status exec(const QString &sql);

    QSqlDatabase m_database;
    QString m_table;
    QString m_staging;
    QString m_columns;
    Status m_status = Status::success();
    qint64 m_rows = 0;
    std::unique_ptr<DemoInserter> m_inserter;
};

} // namespace cd
