#include "db/transaction.h"

#include "db/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

Transaction::Transaction(Database &database) : m_database(database)
{
    m_level = m_database.transactionDepth() + 1;
    QString error;
    const QString begin = m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("SAVEPOINT cd_sp%1").arg(m_level);
    m_active = exec(begin, &error);
    if (m_active)
        m_database.transactionDepth() = m_level;
    else
        m_startStatus = Status::failure(tr("Cannot start writing to the database: %1").arg(error));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(tr("Nothing to commit: the change was not started or already ended."));
    QString error;
    const QString end = m_level == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE cd_sp%1").arg(m_level);
    if (!exec(end, &error)) {
        rollback();
        return Status::failure(tr("The change could not be saved and was undone: %1").arg(error));
    }
    m_active = false;
    m_database.transactionDepth() = m_level - 1;
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_level == 1) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO cd_sp%1").arg(m_level));
        exec(QStringLiteral("RELEASE cd_sp%1").arg(m_level));
    }
    m_active = false;
    m_database.transactionDepth() = m_level - 1;
}

bool Transaction::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_database.sql());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace cd
