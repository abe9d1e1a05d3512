#include "session/appsession.h"

#include "db/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

AppSession::AppSession(QObject *parent) : QObject(parent), m_database(std::make_unique<Database>()) {}

AppSession::~AppSession() = default;

Status AppSession::open(const QString &path)
{
    auto candidate = std::make_unique<Database>();
    const Status status = candidate->open(path);
    if (!status)
        return status;
    if (m_database->isOpen())
        emit databaseClosed();
    m_database = std::move(candidate);
    emit databaseOpened(m_database->path());
    return status;
}

void AppSession::close()
{
    if (!m_database->isOpen())
        return;
    emit databaseClosed();
    m_database->close();
}

bool AppSession::isOpen() const
{
    return m_database->isOpen();
}

Database &AppSession::database() const
{
    return *m_database;
}

QString AppSession::path() const
{
    return isOpen() ? m_database->path() : QString();
}

int AppSession::schemaVersion() const
{
    return isOpen() ? m_database->schemaVersion() : 0;
}

Status AppSession::backupTo(const QString &file)
{
    return m_database->backupTo(file);
}

Status AppSession::restoreFrom(const QString &backupFile)
{
    if (!isOpen())
        return Status::failure(tr("No database is open."));
    // The restore closes and reopens the connection: pages must let go of it first.
    emit databaseClosed();
    const Status status = m_database->restoreFrom(backupFile);
    if (m_database->isOpen())
        emit databaseOpened(m_database->path());
    return status;
}

QString AppSession::dataSetting(const QString &key, const QString &fallback) const
{
    if (!isOpen())
        return fallback;
    QSqlQuery query(m_database->sql());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status AppSession::setDataSetting(const QString &key, const QString &value)
{
    if (!isOpen())
        return Status::failure(tr("No database is open."));
    QSqlQuery query(m_database->sql());
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Status::failure(tr("The setting could not be saved: %1").arg(query.lastError().text()));
    return Status::success();
}

void AppSession::notifyDataChanged()
{
    emit dataChanged();
}

} // namespace cd
