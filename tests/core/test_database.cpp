#include "db/database.h"
#include "db/migrations.h"
#include "db/transaction.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

using cd::Database;
using cd::Transaction;

namespace {

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(cd::test::readAll(path), QCryptographicHash::Sha256);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.sql());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

int estateCount(Database &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM estate")).toInt();
}

void addEstate(Database &db, const QString &name)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("INSERT INTO estate(name) VALUES (?)"));
    query.addBindValue(name);
    REQUIRE(query.exec());
}

} // namespace

TEST_CASE("a new database gets the pragmas and the current schema", "[db]")
{
    cd::test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("sub/new.sqlite"))).ok());
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId);
    CHECK(db.integrityCheck().ok());
}

TEST_CASE("every earlier schema version migrates to the current one", "[db][migration]")
{
    const int current = Database::currentSchemaVersion();
    for (int from = 0; from < current; ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            cd::test::TempDir dir;
            const QString path = dir.file(QStringLiteral("old.sqlite"));
            {
                Database old;
                REQUIRE(old.openAtVersion(path, from).ok());
                CHECK(old.schemaVersion() == from);
                if (from >= 1)
                    addEstate(old, QStringLiteral("幸福小区"));
            }
            Database db;
            REQUIRE(db.open(path).ok());
            CHECK(db.schemaVersion() == current);
            CHECK(db.integrityCheck().ok());
            if (from >= 1)
                CHECK(estateCount(db) == 1); // data survives the upgrade
        }
    }
}

TEST_CASE("a file from a newer version is refused and left byte for byte", "[db]")
{
    cd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("future.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        addEstate(db, QStringLiteral("未来小区"));
        QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1));
    }
    const QByteArray before = fileHash(path);
    Database db;
    const cd::Status status = db.open(path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().contains(QLatin1String("newer version")));
    CHECK_FALSE(db.isOpen());
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("non-database and damaged files get a clear message, not a crash", "[db]")
{
    cd::test::TempDir dir;
    SECTION("a text file")
    {
        const QString path = dir.file(QStringLiteral("notes.sqlite"));
        writeBytes(path, QByteArray("姓名,身份证号\n张三,110105194912310021\n").repeated(20));
        const QByteArray before = fileHash(path);
        Database db;
        const cd::Status status = db.open(path);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QLatin1String("not a CommunityDesk database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("an SQLite header followed by garbage")
    {
        const QString path = dir.file(QStringLiteral("broken.sqlite"));
        QByteArray bytes("SQLite format 3", 16);
        bytes += QByteArray(4096 * 4, '\x5a');
        writeBytes(path, bytes);
        Database db;
        const cd::Status status = db.open(path);
        REQUIRE_FALSE(status.ok());
        CHECK_FALSE(status.message().isEmpty());
    }
    SECTION("a real database with its pages overwritten")
    {
        const QString path = dir.file(QStringLiteral("damaged.sqlite"));
        {
            Database db;
            REQUIRE(db.open(path).ok());
            for (int i = 0; i < 300; ++i)
                addEstate(db, QStringLiteral("小区%1").arg(i));
            QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(int(file.size()) - 4096, '\xff'));
        file.close();
        Database db;
        const cd::Status opened = db.open(path);
        // Either the catalogue is unreadable at once, or the check finds the damage.
        if (opened.ok())
            CHECK_FALSE(db.integrityCheck().ok());
        else
            CHECK(opened.message().contains(QLatin1String("damaged")));
    }
    SECTION("an SQLite database of another program")
    {
        const QString path = dir.file(QStringLiteral("other.sqlite"));
        {
            Database raw;
            REQUIRE(raw.openAtVersion(path, 0).ok());
            QSqlQuery(raw.sql()).exec(QStringLiteral("CREATE TABLE invoices(id INTEGER)"));
        }
        Database db;
        const cd::Status status = db.open(path);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QLatin1String("another program")));
    }
}

TEST_CASE("transactions roll back unless committed, savepoints nest", "[db][transaction]")
{
    cd::test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("t.sqlite"))).ok());

    {
        Transaction outer(db);
        REQUIRE(outer.isActive());
        addEstate(db, QStringLiteral("甲"));
    } // no commit
    CHECK(estateCount(db) == 0);

    {
        Transaction outer(db);
        addEstate(db, QStringLiteral("乙"));
        {
            Transaction inner(db);
            REQUIRE(inner.isActive());
            addEstate(db, QStringLiteral("丙"));
            inner.rollback();
        }
        {
            Transaction inner(db);
            addEstate(db, QStringLiteral("丁"));
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(estateCount(db) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT group_concat(name, '') FROM (SELECT name FROM estate ORDER BY id)"))
              .toString() == QStringLiteral("乙丁"));
    CHECK(db.transactionDepth() == 0);

    // A failing statement inside a transaction leaves nothing behind once the guard ends.
    {
        Transaction outer(db);
        addEstate(db, QStringLiteral("戊"));
        QSqlQuery query(db.sql());
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO building(estate_id, number) VALUES (9999, '1')")));
    }
    CHECK(estateCount(db) == 2);
}

TEST_CASE("backup and restore round trip", "[db][backup]")
{
    cd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("main.sqlite"));
    const QString backup = dir.file(QStringLiteral("backup.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    addEstate(db, QStringLiteral("幸福小区"));
    addEstate(db, QStringLiteral("和平小区"));
    REQUIRE(db.backupTo(backup).ok());
    CHECK_FALSE(QFile::exists(backup + QStringLiteral(".partial")));

    // Change the data after the backup, then restore.
    addEstate(db, QStringLiteral("后加小区"));
    REQUIRE(estateCount(db) == 3);
    const QByteArray backupBefore = fileHash(backup);
    const cd::Status restored = db.restoreFrom(backup);
    REQUIRE(restored.ok());
    CHECK(db.isOpen());
    CHECK(estateCount(db) == 2);
    CHECK(fileHash(backup) == backupBefore); // the backup itself is not modified
    CHECK(QFile::exists(path + QStringLiteral(".before-restore")));

    // A second backup over an existing file replaces it.
    REQUIRE(db.backupTo(backup).ok());
    Database copy;
    REQUIRE(copy.open(backup).ok());
    CHECK(estateCount(copy) == 2);
}

TEST_CASE("a bad backup is refused before anything is replaced", "[db][backup]")
{
    cd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("main.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    addEstate(db, QStringLiteral("幸福小区"));

    SECTION("not a database")
    {
        const QString bad = dir.file(QStringLiteral("bad.sqlite"));
        writeBytes(bad, QByteArray(8192, 'x'));
        const cd::Status status = db.restoreFrom(bad);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QLatin1String("not restored")));
    }
    SECTION("a backup from a newer version")
    {
        const QString newer = dir.file(QStringLiteral("newer.sqlite"));
        REQUIRE(db.backupTo(newer).ok());
        {
            Database other;
            REQUIRE(other.open(newer).ok());
            QSqlQuery(other.sql()).exec(QStringLiteral("PRAGMA user_version = 999"));
        }
        const cd::Status status = db.restoreFrom(newer);
        REQUIRE_FALSE(status.ok());
        CHECK(status.message().contains(QLatin1String("newer version")));
    }
    SECTION("a missing file")
    {
        CHECK_FALSE(db.restoreFrom(dir.file(QStringLiteral("missing.sqlite"))).ok());
    }
    CHECK(db.isOpen());
    CHECK(estateCount(db) == 1);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".restoring")));
}
