#include "demo/demoinserter.h"

#include <QSqlError>

namespace cd {

DemoInserter::DemoInserter(const QSqlDatabase &database, const char *table, const QStringList &columns)
    : m_query(database), m_table(QString::fromLatin1(table))
{
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(m_table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (!m_query.prepare(sql))
        m_status = Status::failure(tr("Cannot prepare the demo rows for %1: %2").arg(m_table, m_query.lastError().text()));
}

Status DemoInserter::insert(std::initializer_list<QVariant> values)
{
    if (!m_status.ok())
        return m_status;
    int position = 0;
    for (const QVariant &value : values)
        m_query.bindValue(position++, value);
    if (!m_query.exec())
        return Status::failure(tr("Cannot write the demo rows for %1: %2").arg(m_table, m_query.lastError().text()));
    return Status::success();
}

} // namespace cd
