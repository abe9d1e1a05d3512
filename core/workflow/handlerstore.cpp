#include "workflow/handlerstore.h"

#include "db/database.h"
#include "workflow/workflowrules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cd {

namespace {

const char selectColumns[] = "SELECT id, name, kind, property_company_id, contact, phone, archived FROM handler ";

Handler readHandler(const QSqlQuery &query)
{
    Handler handler;
    handler.id = query.value(0).toLongLong();
    handler.name = query.value(1).toString();
    handler.kind = WorkflowRules::handlerKindFromCode(query.value(2).toString()).value_or(HandlerKind::Other);
    handler.propertyCompanyId = query.value(3).toLongLong();
    handler.contact = query.value(4).toString();
    handler.phone = query.value(5).toString();
    handler.archived = query.value(6).toInt() != 0;
    return handler;
}

} // namespace

Result<QList<Handler>> HandlerStore::list(bool includeArchived) const
{
    QSqlQuery query(m_database.sql());
    query.prepare(QLatin1String(selectColumns)
                  + QStringLiteral("WHERE archived = 0 OR ? ORDER BY kind <> 'property_company', kind, name"));
    query.addBindValue(includeArchived ? 1 : 0);
    if (!query.exec())
        return Status::failure(tr("Cannot read the handlers: %1").arg(query.lastError().text()));
    QList<Handler> handlers;
    while (query.next())
        handlers << readHandler(query);
    return handlers;
}

Result<Handler> HandlerStore::get(qint64 id) const
{
    QSqlQuery query(m_database.sql());
    query.prepare(QLatin1String(selectColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("Cannot read the handlers: %1").arg(query.lastError().text()));
    if (!query.next())
        return Status::failure(tr("There is no handler with id %1.").arg(id));
    return readHandler(query);
}

Result<Handler> HandlerStore::find(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber)
        return get(id);
    QSqlQuery query(m_database.sql());
    query.prepare(QLatin1String(selectColumns) + QStringLiteral("WHERE name = ? ORDER BY archived, id"));
    query.addBindValue(wanted);
    if (!query.exec())
        return Status::failure(tr("Cannot read the handlers: %1").arg(query.lastError().text()));
    QList<Handler> found;
    while (query.next())
        found << readHandler(query);
    if (found.isEmpty())
        return Status::failure(tr("There is no handler named \"%1\".").arg(wanted));
    if (found.size() > 1)
        return Status::failure(tr("%1 handlers are named \"%2\"; give the id instead.").arg(found.size()).arg(wanted));
    return found.first();
}

Result<qint64> HandlerStore::add(const QString &name, HandlerKind kind, const QString &contact, const QString &phone)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(tr("A handler needs a name."));
    if (kind == HandlerKind::PropertyCompany)
        return Status::failure(tr("Property companies are added in the roster; they join the handlers by themselves."));
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT 1 FROM handler WHERE kind = ? AND name = ?"));
    query.addBindValue(WorkflowRules::code(kind));
    query.addBindValue(trimmed);
    if (query.exec() && query.next())
        return Status::failure(tr("The handler \"%1\" exists already.").arg(trimmed));
    query.prepare(QStringLiteral("INSERT INTO handler(name, kind, contact, phone) VALUES (?, ?, ?, ?)"));
    query.addBindValue(trimmed);
    query.addBindValue(WorkflowRules::code(kind));
    // Never NULL: the columns are NOT NULL DEFAULT ''.
    const QString contactText = contact.trimmed(), phoneText = phone.trimmed();
    query.addBindValue(contactText.isNull() ? QStringLiteral("") : contactText);
    query.addBindValue(phoneText.isNull() ? QStringLiteral("") : phoneText);
    if (!query.exec())
        return Status::failure(tr("Cannot add the handler: %1").arg(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

Status HandlerStore::setArchived(qint64 id, bool archived)
{
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("UPDATE handler SET archived = ? WHERE id = ?"));
    query.addBindValue(archived ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("Cannot change the handler: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no handler with id %1.").arg(id));
    return Status::success();
}

} // namespace cd
