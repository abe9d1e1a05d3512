#pragma once

#include "common/status.h"

#include <QCoreApplication>

namespace cd {

class Database;

/// Scope guard for a write: the outermost guard is a transaction (BEGIN IMMEDIATE),
/// inner guards are savepoints. Anything not committed is rolled back on destruction,
/// so an early return or a failed step leaves the database as it was.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(cd::Transaction)

public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when the transaction could not start (e.g. the database is busy).
    bool isActive() const { return m_active; }
    const Status &startStatus() const { return m_startStatus; }

    Status commit();
    void rollback();

private:
    bool exec(const QString &sql, QString *error = nullptr);

    Database &m_database;
    int m_level = 0;
    bool m_active = false;
    Status m_startStatus = Status::success();
};

} // namespace cd
