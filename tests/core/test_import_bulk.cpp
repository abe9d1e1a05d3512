#include "test_import_support.h"

#include "db/database.h"
#include "roster/idnumber.h"
#include "roster/importbulkinsert.h"
#include "roster/rosterrepository.h"
#include "testsupport.h"

#include <QDate>

#include <QSqlQuery>
#include <catch2/catch.hpp>

TEST_CASE("import: bulk inserts keep every value and type, and name the refused row", "[import]")
{
    cd::test::TempDir dir;
    cd::Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("bulk.sqlite"))));
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE bulk_t(n INTEGER, t TEXT CHECK (t <> 'refused'), x TEXT)")));

    cd::ImportBulkInsert bulk(db.sql(), QStringLiteral("bulk_t"),
                              {QStringLiteral("n"), QStringLiteral("t"), QStringLiteral("x")});
    const QString awkward = QStringLiteral("王\"小\\二\n\t\x01'; DROP TABLE bulk_t; --");
    bulk.add({qint64(9007199254740993LL), awkward, QVariant()});
    bulk.add({-1, QStringLiteral(""), QStringLiteral("0012")});
    for (int i = 0; i < 600; ++i)
        bulk.add({i, QStringLiteral("r%1").arg(i), QStringLiteral("𠀀")});
    CHECK(bulk.pending() == 602);
    REQUIRE(bulk.flush().ok());
    CHECK(bulk.pending() == 0);

    REQUIRE(q.exec(QStringLiteral("SELECT count(*), sum(x = '𠀀') FROM bulk_t")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 602);
    CHECK(q.value(1).toInt() == 600);
    REQUIRE(q.exec(QStringLiteral("SELECT n, typeof(n), t, x IS NULL FROM bulk_t WHERE rowid = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 9007199254740993LL);
    CHECK(q.value(1).toString() == QStringLiteral("integer"));
    CHECK(q.value(2).toString() == awkward);
    CHECK(q.value(3).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT typeof(t), t, typeof(x), x FROM bulk_t WHERE rowid = 2")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("text")); // '' stays text, not NULL
    CHECK(q.value(1).toString().isEmpty());
    CHECK(q.value(2).toString() == QStringLiteral("text")); // digits stay text
    CHECK(q.value(3).toString() == QStringLiteral("0012"));
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(n) FROM (SELECT n FROM bulk_t WHERE rowid BETWEEN 3 AND 6 ORDER BY rowid)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("0,1,2,3")); // in the order added

    // A refused row: the statement leaves nothing and the row is named.
    bulk.add({1, QStringLiteral("fine"), QVariant()});
    bulk.add({2, QStringLiteral("refused"), QVariant()});
    int failed = -2;
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    const cd::Status s = bulk.flush(&failed);
    CHECK_FALSE(s.ok());
    CHECK(failed == 1);
    REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM bulk_t")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 602);
}

TEST_CASE("import: a large import is recorded compactly and undone whole; a later edit blocks the undo",
          "[import]")
{
    cd::test::TempDir dir;
    const QString csv = dir.file(QStringLiteral("big.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QString text = QStringLiteral("姓名,身份证号,小区,楼栋,单元,门牌号,是否业主,特殊人群\n");
        for (int i = 0; i < 3000; ++i) {
            const QString first17 = QStringLiteral("110105%1%2")
                                        .arg(QDate(1950, 1, 1).addDays(i).toString(QStringLiteral("yyyyMMdd")))
                                        .arg(i % 1000, 3, 10, QLatin1Char('0'));
            text += QStringLiteral("居民%1,%2,东园,%3,1,%4,%5,%6\n")
                        .arg(i)
                        .arg(first17 + cd::idnumber::checkCharacter(first17))
                        .arg(i / 200 + 1)
                        .arg(i % 100 + 101)
                        .arg(i % 2 ? QStringLiteral("否") : QStringLiteral("是"))
                        .arg(i % 7 ? QString() : QStringLiteral("低保"));
        }
        file.write(text.toUtf8());
    }
    cd::Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("big.sqlite"))));
    const cd::ImportSummary done = importtest::runImport(db, csv);
    REQUIRE(done.created == 3000);
    REQUIRE(done.written);
    // One batch row per table instead of one per inserted row; the count still says how many.
    CHECK(importtest::count(db, QStringLiteral("SELECT count(*) FROM import_batch_row")) <= 8);
    const int inserted = importtest::count(
        db, QStringLiteral("SELECT (SELECT count(*) FROM estate) + (SELECT count(*) FROM building) + "
                           "(SELECT count(*) FROM unit) + (SELECT count(*) FROM dwelling) + "
                           "(SELECT count(*) FROM person) + (SELECT count(*) FROM person_tag) + "
                           "(SELECT count(*) FROM residence) + (SELECT count(*) FROM ownership)"));
    cd::RosterRepository repository(db);
    CHECK(repository.batches()->front().rows == inserted);
    CHECK(importtest::count(db, QStringLiteral("SELECT count(*) FROM person_tag")) == 429);
    CHECK(importtest::count(db, QStringLiteral("SELECT count(*) FROM person_fts WHERE person_fts MATCH '居民2999'")) == 1);

    // The last person imported, changed afterwards, holds the undo back and is named.
    QSqlQuery edit(db.sql());
    REQUIRE(edit.exec(QStringLiteral("UPDATE person SET notes = 'later' WHERE name = '居民2999'")));
    const QByteArray before = importtest::rosterHash(db);
    const cd::Status refused = repository.undoBatch(done.batchId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("居民2999")));
    CHECK(importtest::rosterHash(db) == before);

    REQUIRE(edit.exec(QStringLiteral("UPDATE person SET notes = '' WHERE name = '居民2999'")));
    const cd::Status undone = repository.undoBatch(done.batchId);
    INFO(undone.message().toStdString());
    REQUIRE(undone.ok());
    for (const char *table : {"estate", "building", "unit", "dwelling", "person", "person_tag", "residence",
                              "ownership", "person_history", "person_name_gram", "import_batch_row"})
        CHECK(importtest::count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
    CHECK(importtest::count(db, QStringLiteral("SELECT count(*) FROM person_fts WHERE person_fts MATCH '居民'")) == 0);
}
