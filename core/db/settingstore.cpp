#include "db/settingstore.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cd::settingstore {

QString value(Database &database, const QString &key, const QString &fallback)
{
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status setValue(Database &database, const QString &key, const QString &value)
{
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        return Status::failure(QCoreApplication::translate("cd::Database", "Cannot save the setting: %1")
                                   .arg(query.lastError().text()));
    }
    return Status::success();
}

QString communityName(Database &database)
{
    return value(database, QStringLiteral("community.name"),
                 QCoreApplication::translate("cd::Database", "Community"));
}

Status setCommunityName(Database &database, const QString &name)
{
    return setValue(database, QStringLiteral("community.name"), name.trimmed());
}

} // namespace cd::settingstore
