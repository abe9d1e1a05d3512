#include "db/database.h"
#include "roster/importbulkinsert.h"
#include "testsupport.h"

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
