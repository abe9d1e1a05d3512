#include "demo/demostagingtable.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

DemoStagingTable::DemoStagingTable(const QSqlDatabase &database, const char *table, const QStringList &columns)
    : m_database(database),
      m_table(QString::fromLatin1(table)),
      m_staging(QStringLiteral("demo_staging_%1").arg(m_table)),
      m_columns(columns.join(QStringLiteral(", ")))
{
    // Column names and types come from the real table; constraints are checked on the move.
    m_status = exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(m_staging));
    if (m_status.ok())
        m_status = exec(QStringLiteral("CREATE TEMP TABLE %1 AS SELECT %2 FROM main.%3 WHERE 0")
                            .arg(m_staging, m_columns, m_table));
    const QByteArray stagingName = (QStringLiteral("temp.") + m_staging).toLatin1();
    m_inserter = std::make_unique<DemoInserter>(m_database, stagingName.constData(), columns);
    if (m_status.ok() && !m_inserter->isReady())
        m_status = m_inserter->status();
}

DemoStagingTable::~DemoStagingTable()
{
    m_inserter.reset();
    exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(m_staging));
}

Status DemoStagingTable::moveRows(qint64 chunk, const std::function<bool(qint64)> &progress)
{
    if (!m_status.ok())
        return m_status;
    // The staging copy's rowids count the rows in the order they came, so each chunk is a
    // rowid range (a lookup, not a scan).
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM temp.%3 WHERE rowid > ? AND rowid <= ? "
                                      "ORDER BY rowid")
                           .arg(m_table, m_columns, m_staging)))
        return Status::failure(tr("Cannot prepare the demo rows for %1: %2").arg(m_table, query.lastError().text()));
    for (qint64 done = 0; done < m_rows; done += chunk) {
        const qint64 to = std::min(m_rows, done + chunk);
        query.bindValue(0, done);
        query.bindValue(1, to);
        if (!query.exec())
            return Status::failure(tr("Cannot write the demo rows for %1: %2").arg(m_table, query.lastError().text()));
        if (progress && !progress(to))
            return Status::failure(tr("Cancelled."));
    }
    return Status::success();
}

Status DemoStagingTable::exec(const QString &sql)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return Status::failure(tr("Cannot stage the demo rows for %1: %2").arg(m_table, query.lastError().text()));
    return Status::success();
}

} // namespace cd
