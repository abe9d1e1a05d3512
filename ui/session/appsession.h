#pragma once

#include "common/status.h"

#include <QObject>
#include <QString>
#include <memory>

namespace cd {

class Database;

/// The open database of the running program; every page reads through it.
///
/// Opening another file succeeds or leaves the current one open. Pages listen to
/// databaseOpened/databaseClosed (drop every query and model on close) and to
/// dataChanged (something wrote to the database: refresh).
class AppSession : public QObject
{
    Q_OBJECT

public:
    explicit AppSession(QObject *parent = nullptr);
    ~AppSession() override;

    /// Opens (creating if missing) the file at `path`; on failure the current database stays open.
    Status open(const QString &path);
    void close();

    bool isOpen() const;
    /// The open database; a closed Database object while none is open.
    Database &database() const;
    /// Absolute path of the open database, empty while none is open.
    QString path() const;
    int schemaVersion() const;

    /// Writes a consistent copy of the open database to `file`.
    Status backupTo(const QString &file);
    /// Replaces the open database with a verified backup (the old data is kept as <file>.before-restore).
    Status restoreFrom(const QString &backupFile);

    /// Values kept in the database's own `setting` table (they travel with the data).
    QString dataSetting(const QString &key, const QString &fallback = QString()) const;
    Status setDataSetting(const QString &key, const QString &value);

    /// Tells every page that data was written (after an import, the demo, a restore...).
    void notifyDataChanged();

signals:
    void databaseOpened(const QString &path);
    /// Emitted before the connection goes away: release queries and models now.
    void databaseClosed();
    void dataChanged();

private:
    std::unique_ptr<Database> m_database;
};

} // namespace cd
