#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace cd {

/// Drops the secondary indexes of tables that are about to be filled from empty and creates
/// them again, from their own saved SQL, once the rows are in. Building an index from a full
/// table sorts once; keeping it up to date row by row costs several times more. Everything
/// happens inside the caller's transaction: a rollback brings the indexes back untouched.
/// Indexes that back UNIQUE or PRIMARY KEY constraints have no SQL of their own and stay.
class DemoIndexSuspension
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoIndexSuspension)

public:
    explicit DemoIndexSuspension(const QSqlDatabase &database) : m_database(database) {}

    Status suspend(const QStringList &tables);
    Status restore();

private:
    QSqlDatabase m_database;
    QStringList m_indexSql;
};

} // namespace cd
