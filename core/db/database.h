#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace cd {

/// One connection to a CommunityDesk database file.
///
/// Opening checks the file before SQLite touches it (a non-SQLite file, a foreign
/// SQLite database or one written by a newer version is refused and left as it was),
/// then sets the pragmas every connection needs and migrates the schema step by step.
/// Each thread that works on the database opens its own Database on the same file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cd::Database)

public:
    /// Bumped by every migration step; stored in PRAGMA user_version.
    static int currentSchemaVersion();
    /// Marks our files in the SQLite header (PRAGMA application_id): "CDSK".
    static constexpr qint32 applicationId = 0x4344534B;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if missing) and migrates the file at `path`.
    Status open(const QString &path);
    /// Opens up to schema version `targetVersion` only; tests use it to build old files.
    Status openAtVersion(const QString &path, int targetVersion);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase sql() const;
    int schemaVersion() const;

    /// Full PRAGMA integrity_check; success when SQLite answers "ok".
    Status integrityCheck() const;
    /// A consistent copy of the open database (VACUUM INTO), written atomically to `file`.
    Status backupTo(const QString &file) const;
    /// Checks that `backupFile` is a sound CommunityDesk backup this version can read,
    /// then replaces the open database with it and reopens. Nothing changes on failure.
    Status restoreFrom(const QString &backupFile);

    /// Default location: communitydesk.sqlite in the user's application-data folder.
    static QString defaultPath();
    /// Checks a file without opening it through SQLite (header, application id, version).
    static Status inspectFile(const QString &path, int *userVersion = nullptr);

    // Used by Transaction.
    int &transactionDepth() { return m_transactionDepth; }

private:
    Status openImpl(const QString &path, int targetVersion);
    Status configureConnection();
    Status migrateTo(int targetVersion);

    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

} // namespace cd
