#include "workflow/categorystore.h"

#include "db/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cd {

namespace {

RequestCategory readCategory(const QSqlQuery &query)
{
    RequestCategory category;
    category.id = query.value(0).toLongLong();
    category.name = query.value(1).toString();
    category.sortOrder = query.value(2).toInt();
    category.archived = query.value(3).toInt() != 0;
    return category;
}

const char selectColumns[] = "SELECT id, name, sort_order, archived FROM request_category ";

} // namespace

Result<QList<RequestCategory>> CategoryStore::list(bool includeArchived) const
{
    QSqlQuery query(m_database.sql());
    query.prepare(QLatin1String(selectColumns)
                  + QStringLiteral("WHERE archived = 0 OR ? ORDER BY sort_order, id"));
    query.addBindValue(includeArchived ? 1 : 0);
    if (!query.exec())
        return Status::failure(tr("Cannot read the request categories: %1").arg(query.lastError().text()));
    QList<RequestCategory> categories;
    while (query.next())
        categories << readCategory(query);
    return categories;
}

Result<RequestCategory> CategoryStore::find(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    QSqlQuery query(m_database.sql());
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    query.prepare(QLatin1String(selectColumns) + QStringLiteral("WHERE name = ? OR id = ? ORDER BY name = ? DESC LIMIT 1"));
    query.addBindValue(wanted);
    query.addBindValue(isNumber ? id : qint64(-1));
    query.addBindValue(wanted);
    if (!query.exec())
        return Status::failure(tr("Cannot read the request categories: %1").arg(query.lastError().text()));
    if (!query.next())
        return Status::failure(tr("There is no request category \"%1\".").arg(wanted));
    return readCategory(query);
}

Result<qint64> CategoryStore::add(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(tr("A category needs a name."));
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("INSERT INTO request_category(name, sort_order) "
                                 "SELECT ?, COALESCE(MAX(sort_order), 0) + 10 FROM request_category"));
    query.addBindValue(trimmed);
    if (!query.exec()) {
        if (find(trimmed).ok())
            return Status::failure(tr("The category \"%1\" exists already.").arg(trimmed));
        return Status::failure(tr("Cannot add the category: %1").arg(query.lastError().text()));
    }
    return query.lastInsertId().toLongLong();
}

Status CategoryStore::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(tr("A category needs a name."));
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("UPDATE request_category SET name = ? WHERE id = ?"));
    query.addBindValue(trimmed);
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("Cannot rename the category to \"%1\": %2").arg(trimmed, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no request category with id %1.").arg(id));
    return Status::success();
}

Status CategoryStore::setArchived(qint64 id, bool archived)
{
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("UPDATE request_category SET archived = ? WHERE id = ?"));
    query.addBindValue(archived ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("Cannot change the category: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no request category with id %1.").arg(id));
    return Status::success();
}

Status CategoryStore::remove(qint64 id)
{
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT count(*) FROM request WHERE category_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return Status::failure(tr("Cannot check the category: %1").arg(query.lastError().text()));
    if (query.value(0).toLongLong() > 0) {
        return Status::failure(tr("%n request(s) use this category; archive it instead.", nullptr,
                                  int(query.value(0).toLongLong())));
    }
    query.prepare(QStringLiteral("DELETE FROM request_category WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("Cannot remove the category: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no request category with id %1.").arg(id));
    return Status::success();
}

} // namespace cd
