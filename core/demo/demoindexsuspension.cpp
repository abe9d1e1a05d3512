#include "demo/demoindexsuspension.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

Status DemoIndexSuspension::suspend(const QStringList &tables)
{
    QSqlQuery list(m_database);
    if (!list.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                     "AND sql IS NOT NULL ORDER BY name")))
        return Status::failure(tr("Cannot read the database schema: %1").arg(list.lastError().text()));
    QStringList names;
    for (const QString &table : tables) {
        list.bindValue(0, table);
        if (!list.exec())
            return Status::failure(tr("Cannot read the database schema: %1").arg(list.lastError().text()));
        while (list.next()) {
            names.append(list.value(0).toString());
            m_indexSql.append(list.value(1).toString());
        }
    }
    list.finish();
    QSqlQuery drop(m_database);
    for (const QString &name : names) {
        // The name comes from sqlite_master, quoted as an identifier.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(quoted)))
            return Status::failure(tr("Cannot prepare the tables for the demo: %1").arg(drop.lastError().text()));
    }
    return Status::success();
}

Status DemoIndexSuspension::restore()
{
    QSqlQuery create(m_database);
    for (const QString &sql : m_indexSql) {
        if (!create.exec(sql))
            return Status::failure(tr("Cannot rebuild an index after the demo: %1").arg(create.lastError().text()));
    }
    m_indexSql.clear();
    return Status::success();
}

} // namespace cd
