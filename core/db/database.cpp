#include "db/database.h"

#include "db/migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <filesystem>
#include <system_error>

namespace cd {

namespace {

QAtomicInt connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("cd-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdWString());
}

// Replaces `to` with `from` in one step where the platform allows it.
Status replaceFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(fsPath(from), fsPath(to), error);
    if (error) {
        return Status::failure(Database::tr("Could not move %1 into place: %2")
                                   .arg(QDir::toNativeSeparators(to),
                                        QString::fromStdString(error.message())));
    }
    return Status::success();
}

QString singleValue(QSqlDatabase db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return QString();
    }
    return query.value(0).toString();
}

} // namespace

int Database::currentSchemaVersion()
{
    return migrations().back().version;
}

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("communitydesk.sqlite"));
}

Status Database::inspectFile(const QString &path, int *userVersion)
{
    if (userVersion)
        *userVersion = 0;
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Status::success();
    if (info.isDir())
        return Status::failure(tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return Status::failure(tr("%1 is not a CommunityDesk database (it is not an SQLite file, "
                                  "or it is damaged).")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    const auto bytes = reinterpret_cast<const uchar *>(header.constData());
    const qint32 version = qFromBigEndian<qint32>(bytes + 60);
    const qint32 appId = qFromBigEndian<qint32>(bytes + 68);
    if (appId != applicationId && (appId != 0 || version != 0)) {
        return Status::failure(tr("%1 is an SQLite database of another program, not a CommunityDesk "
                                  "database.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    if (version > currentSchemaVersion()) {
        return Status::failure(tr("%1 was written by a newer version of CommunityDesk (data version %2; "
                                  "this program reads up to %3). Please update the program; the file "
                                  "was not changed.")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(version)
                                   .arg(currentSchemaVersion()));
    }
    if (userVersion)
        *userVersion = version;
    return Status::success();
}

Status Database::open(const QString &path)
{
    return openImpl(path, currentSchemaVersion());
}

Status Database::openAtVersion(const QString &path, int targetVersion)
{
    return openImpl(path, targetVersion);
}

Status Database::openImpl(const QString &path, int targetVersion)
{
    close();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (Status checked = inspectFile(absolute); !checked)
        return checked;
    QDir().mkpath(QFileInfo(absolute).absolutePath());

    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            openError = db.lastError().text();
    }
    if (!openError.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        return Status::failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(absolute), openError));
    }
    m_path = absolute;

    Status status = configureConnection();
    if (status)
        status = migrateTo(targetVersion);
    if (!status)
        close();
    return status;
}

Status Database::configureConnection()
{
    QSqlDatabase db = sql();
    // Reading the catalogue is the first real page access: a damaged file fails here.
    QString error;
    const QString tables = singleValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"), &error);
    if (!error.isEmpty()) {
        return Status::failure(tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                                   .arg(QDir::toNativeSeparators(m_path), error));
    }
    const int version = singleValue(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (version > currentSchemaVersion()) {
        return Status::failure(tr("%1 was written by a newer version of CommunityDesk (data version %2; "
                                  "this program reads up to %3). Please update the program; the file "
                                  "was not changed.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(version)
                                   .arg(currentSchemaVersion()));
    }
    if (version == 0 && tables.toInt() > 0) {
        return Status::failure(tr("%1 is an SQLite database of another program, not a CommunityDesk "
                                  "database.")
                                   .arg(QDir::toNativeSeparators(m_path)));
    }

    QSqlQuery query(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // A sub-district roster is a few hundred MB: a 64 MB page cache (allocated as used)
        // keeps searches off the file cache.
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            return Status::failure(tr("Cannot prepare %1: %2")
                                       .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
        }
    }
    return Status::success();
}

Status Database::migrateTo(int targetVersion)
{
    QSqlDatabase db = sql();
    int version = schemaVersion();
    for (const Migration &step : migrations()) {
        if (step.version <= version || step.version > targetVersion)
            continue;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Status::failure(tr("Cannot start the schema update: %1").arg(query.lastError().text()));
        Status status = execStatements(db, step.statements());
        if (status) {
            status = execStatements(db, {QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                                         QStringLiteral("PRAGMA application_id = %1").arg(applicationId)});
        }
        if (status && !query.exec(QStringLiteral("COMMIT")))
            status = Status::failure(tr("Cannot finish the schema update: %1").arg(query.lastError().text()));
        if (!status) {
            query.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(tr("Updating the database to data version %1 failed; it was left at "
                                      "version %2. %3")
                                       .arg(step.version)
                                       .arg(version)
                                       .arg(status.message()));
        }
        version = step.version;
    }
    return Status::success();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && sql().isOpen();
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return singleValue(sql(), QStringLiteral("PRAGMA user_version")).toInt();
}

Status Database::integrityCheck() const
{
    QSqlQuery query(sql());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Status::failure(tr("The integrity check could not run: %1").arg(query.lastError().text()));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty()) {
        return Status::failure(tr("The database is damaged: %1")
                                   .arg(problems.mid(0, 5).join(QStringLiteral("; "))));
    }
    QSqlQuery keys(sql());
    if (keys.exec(QStringLiteral("PRAGMA foreign_key_check")) && keys.next()) {
        return Status::failure(tr("The database has broken references (table %1, row %2).")
                                   .arg(keys.value(0).toString(), keys.value(1).toString()));
    }
    return Status::success();
}

Status Database::backupTo(const QString &file) const
{
    if (!isOpen())
        return Status::failure(tr("No database is open."));
    if (m_transactionDepth > 0)
        return Status::failure(tr("A backup cannot be taken while changes are being written."));
    const QString target = QFileInfo(file).absoluteFilePath();
    if (target == m_path)
        return Status::failure(tr("The backup cannot replace the open database itself."));

    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery query(sql());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return Status::failure(tr("The backup to %1 failed: %2")
                                   .arg(QDir::toNativeSeparators(target), query.lastError().text()));
    }
    const Status moved = replaceFile(partial, target);
    if (!moved)
        QFile::remove(partial);
    return moved;
}

Status Database::restoreFrom(const QString &backupFile)
{
    if (!isOpen())
        return Status::failure(tr("No database is open."));
    if (m_transactionDepth > 0)
        return Status::failure(tr("A restore cannot start while changes are being written."));
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    if (!QFileInfo::exists(source) || QFileInfo(source).size() == 0)
        return Status::failure(tr("The backup file %1 does not exist or is empty.").arg(QDir::toNativeSeparators(source)));
    if (source == m_path)
        return Status::failure(tr("The backup is the open database itself."));

    // Verify a private copy, so the backup file itself is never modified by SQLite.
    const QString staged = m_path + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(source, staged))
        return Status::failure(tr("Cannot copy the backup %1 next to the database.").arg(QDir::toNativeSeparators(source)));
    {
        int stagedVersion = 0;
        Status verdict = inspectFile(staged, &stagedVersion);
        if (verdict && stagedVersion < 1)
            verdict = Status::failure(tr("%1 is not a CommunityDesk backup.").arg(QDir::toNativeSeparators(source)));
        if (verdict) {
            Database candidate;
            verdict = candidate.openAtVersion(staged, stagedVersion);
            if (verdict)
                verdict = candidate.integrityCheck();
            if (verdict) {
                // Fold the copy's journal back into the file before it moves into place.
                QSqlQuery(candidate.sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            candidate.close();
        }
        if (!verdict) {
            QFile::remove(staged);
            QFile::remove(staged + QStringLiteral("-wal"));
            QFile::remove(staged + QStringLiteral("-shm"));
            return Status::failure(tr("The backup was not restored: %1").arg(verdict.message()));
        }
    }

    const QString current = m_path;
    close();
    if (QFileInfo(current + QStringLiteral("-wal")).size() > 0) {
        QFile::remove(staged);
        const Status reopened = open(current);
        Q_UNUSED(reopened);
        return Status::failure(tr("The database is in use by another program; close it and try again."));
    }
    // Keep the replaced data one step back, in case the wrong backup was chosen.
    const QString previous = current + QStringLiteral(".before-restore");
    QFile::remove(previous);
    QFile::copy(current, previous);
    QFile::remove(staged + QStringLiteral("-wal"));
    QFile::remove(staged + QStringLiteral("-shm"));
    Status status = replaceFile(staged, current);
    QFile::remove(current + QStringLiteral("-shm"));
    if (!status) {
        QFile::remove(staged);
        open(current);
        return status;
    }
    status = open(current);
    if (!status) {
        replaceFile(previous, current);
        open(current);
        return Status::failure(tr("The restored database could not be opened; the previous data was put "
                                  "back. %1")
                                   .arg(status.message()));
    }
    return Status::success();
}

} // namespace cd
