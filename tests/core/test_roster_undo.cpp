#include "db/transaction.h"
#include "test_roster_fixture.h"

#include <QSqlRecord>

using namespace rosterfixture;
using cd::Person;

namespace {

// A fingerprint of the roster tables, to compare states before and after.
QString snapshot(cd::Database &db)
{
    QString out;
    for (const char *sql : {"SELECT id, name, sex, id_number, birth_date, phone, political_status, name_pinyin, "
                            "name_initials, archived FROM person ORDER BY id",
                            "SELECT person_id, tag FROM person_tag ORDER BY 1, 2",
                            "SELECT id, person_id, dwelling_id, relation, moved_in, moved_out FROM residence ORDER BY id",
                            "SELECT id, dwelling_id, person_id, is_voter, since, until FROM ownership ORDER BY id",
                            "SELECT rowid FROM person_fts WHERE person_fts MATCH '\"zhang\"' ORDER BY 1",
                            "SELECT gram, person_id FROM person_name_gram ORDER BY 1, 2"}) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QString::fromUtf8(sql)));
        while (q.next()) {
            // NULL and '' differ: a reverted move must get moved_out NULL back, not ''.
            for (int i = 0; i < q.record().count(); ++i)
                out += (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString()) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace

TEST_CASE("an edit is undone and redone through its change", "[roster][undo]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const qint64 id = c.person.at(QStringLiteral("张三"));
    const QString before = snapshot(c.db);

    Person p = repo.person(id).value();
    p.name = QStringLiteral("张三石");
    p.phone = QStringLiteral("13922223333");
    p.tags = {QStringLiteral("veteran")};
    const auto edit = repo.updatePerson(p);
    REQUIRE(edit.ok());
    CHECK(edit->description == QStringLiteral("Edit 张三石"));
    const QString after = snapshot(c.db);
    CHECK(after != before);

    REQUIRE(repo.revert(edit.value()).ok());
    CHECK(snapshot(c.db) == before);
    CHECK(repo.person(id)->name == QStringLiteral("张三"));
    CHECK(repo.person(id)->tags.isEmpty());
    // The undo itself is in the history, naming the fields it put back.
    CHECK(repo.history(id)->back().kind == QStringLiteral("edited"));
    CHECK(repo.history(id)->back().detail.contains(QStringLiteral("phone")));

    REQUIRE(repo.reapply(edit.value()).ok());
    CHECK(snapshot(c.db) == after);
    CHECK(repo.person(id)->phone == QStringLiteral("13922223333"));
}

TEST_CASE("creating a person is undone by deleting and redone with the same id", "[roster][undo]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const QString before = snapshot(c.db);
    Person p;
    p.name = QStringLiteral("周九");
    p.tags = {QStringLiteral("disabled")};
    const auto created = repo.createPerson(p);
    REQUIRE(created.ok());
    const auto moved = repo.moveIn(created->id, c.dwelling.at(QStringLiteral("幸福小区 3-2-502")), QString(), {});
    REQUIRE(moved.ok());

    REQUIRE(repo.revert(moved.value()).ok());
    REQUIRE(repo.revert(created.value()).ok());
    CHECK(snapshot(c.db) == before);
    REQUIRE(repo.reapply(created.value()).ok());
    CHECK(repo.person(created->id)->name == QStringLiteral("周九"));
    CHECK(repo.person(created->id)->tags == QStringList{QStringLiteral("disabled")});
}

TEST_CASE("an undo is refused when the data changed since, and changes nothing", "[roster][undo]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const qint64 id = c.person.at(QStringLiteral("王建"));
    Person p = repo.person(id).value();
    p.workplace = QStringLiteral("甲");
    const auto first = repo.updatePerson(p);
    REQUIRE(first.ok());
    p.workplace = QStringLiteral("乙");
    REQUIRE(repo.updatePerson(p).ok());
    const QString state = snapshot(c.db);
    const auto undo = repo.revert(first.value());
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.message().contains(QStringLiteral("changed")));
    CHECK(snapshot(c.db) == state);
}

TEST_CASE("an import batch is undone in one step", "[roster][batch]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const QString before = snapshot(c.db);
    const qint64 existing = c.person.at(QStringLiteral("王芳"));
    const int historyBefore = int(repo.history(existing)->size());

    qint64 batch = 0;
    qint64 newcomer = 0;
    {
        // The importer's transaction around the whole batch.
        cd::Transaction tx(c.db);
        auto started = repo.beginBatch(QStringLiteral("roster.xlsx"), QStringLiteral("Import of roster.xlsx"));
        REQUIRE(started.ok());
        cd::RosterRepository::BatchGuard guard(repo);
        batch = started.value();
        Person a;
        a.name = QStringLiteral("新住户甲");
        a.idNumber = makeId("210102", "20010203", "011");
        newcomer = saved(repo.createPerson(a));
        saved(repo.moveIn(newcomer, c.dwelling.at(QStringLiteral("幸福小区 3-1-101")), QStringLiteral("租户"), {}));
        Person b;
        b.name = QStringLiteral("新住户乙");
        saved(repo.createPerson(b));
        Person w = repo.person(existing).value();
        w.phone = QStringLiteral("18600009999");
        w.politicalStatus = QStringLiteral("league_member");
        saved(repo.updatePerson(w));
        REQUIRE(tx.commit().ok());
    }
    CHECK(repo.currentBatch() == 0);
    CHECK(scalarInt(c.db, QStringLiteral("SELECT count(*) FROM person_history WHERE batch_id = ?"), batch) >= 4);
    auto list = repo.batches().value();
    REQUIRE(list.size() == 1);
    CHECK(list[0].id == batch);
    CHECK(list[0].source == QStringLiteral("roster.xlsx"));
    CHECK(list[0].rows == 4); // two people inserted, one residence, one person updated
    CHECK_FALSE(list[0].undoneAt.isValid());

    REQUIRE(repo.undoBatch(batch).ok());
    // History lines differ (the undo is recorded); everything else is as before.
    CHECK(snapshot(c.db) == before);
    CHECK_FALSE(repo.person(newcomer).ok());
    CHECK(repo.person(existing)->phone == QStringLiteral("18600003333"));
    CHECK(int(repo.history(existing)->size()) == historyBefore + 2);
    list = repo.batches().value();
    CHECK(list[0].undoneAt.isValid());
    CHECK(list[0].rows == 0); // row images with personal data are dropped
    CHECK_FALSE(repo.undoBatch(batch).ok());
}

TEST_CASE("a batch whose rows were edited later is not undone, and nothing changes", "[roster][batch]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    qint64 batch = repo.beginBatch(QStringLiteral("a.csv"), QString()).value();
    Person a;
    a.name = QStringLiteral("新住户甲");
    const qint64 id = saved(repo.createPerson(a));
    Person b;
    b.name = QStringLiteral("新住户乙");
    saved(repo.createPerson(b));
    repo.endBatch();

    Person edited = repo.person(id).value();
    edited.notes = QStringLiteral("later edit");
    saved(repo.updatePerson(edited));
    const QString state = snapshot(c.db);
    const auto undo = repo.undoBatch(batch);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.message().contains(QStringLiteral("新住户甲")));
    // 新住户乙 was reverted first inside the transaction; the failure rolled that back too.
    CHECK(snapshot(c.db) == state);
    CHECK(repo.person(id).ok());
    CHECK_FALSE(repo.batches()->front().undoneAt.isValid());
}

TEST_CASE("an import that is rolled back leaves no batch behind", "[roster][batch]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const QString before = snapshot(c.db);
    {
        cd::Transaction tx(c.db);
        REQUIRE(repo.beginBatch(QStringLiteral("broken.xlsx"), QString()).ok());
        cd::RosterRepository::BatchGuard guard(repo);
        Person a;
        a.name = QStringLiteral("新住户甲");
        saved(repo.createPerson(a));
        Person bad;
        bad.name = QStringLiteral("新住户乙");
        bad.phone = QStringLiteral("123");
        REQUIRE_FALSE(repo.createPerson(bad).ok());
        // The importer gives up: no commit.
    }
    CHECK(snapshot(c.db) == before);
    CHECK(repo.batches()->empty());
    CHECK(scalarInt(c.db, QStringLiteral("SELECT count(*) FROM person_history WHERE batch_id IS NOT NULL")) == 0);
    // Later single edits are not tied to the vanished batch.
    Person later;
    later.name = QStringLiteral("之后");
    saved(repo.createPerson(later));
    CHECK(scalarInt(c.db, QStringLiteral("SELECT count(*) FROM person_history WHERE batch_id IS NOT NULL")) == 0);
}

TEST_CASE("undoing a move or an edit puts NULL values back as NULL", "[roster][undo]")
{
    Community c;
    cd::RosterRepository &repo = *c.repo;
    const QString before = snapshot(c.db);

    // The old residence's moved_out goes back to NULL: the person lives there again.
    const qint64 id = c.person.at(QStringLiteral("王芳"));
    const auto move = repo.movePerson(id, c.dwelling.at(QStringLiteral("幸福小区 3-2-502")), QString(), QDate(2024, 1, 1));
    REQUIRE(move.ok());
    REQUIRE(repo.revert(move.value()).ok());
    CHECK(snapshot(c.db) == before);
    CHECK(scalarInt(c.db, QStringLiteral("SELECT count(*) FROM residence WHERE person_id = ? AND moved_out IS NULL"), id) == 1);

    // A person without an ID number or birth date keeps them NULL through undo and redo.
    Person p;
    p.name = QStringLiteral("无证者");
    const qint64 pid = saved(repo.createPerson(p));
    const QString withPerson = snapshot(c.db);
    Person edited = repo.person(pid).value();
    edited.notes = QStringLiteral("note");
    const auto edit = repo.updatePerson(edited);
    REQUIRE(edit.ok());
    REQUIRE(repo.revert(edit.value()).ok());
    CHECK(snapshot(c.db) == withPerson);
    CHECK(scalarInt(c.db, QStringLiteral("SELECT count(*) FROM person WHERE id = ? AND id_number IS NULL "
                                         "AND birth_date IS NULL"), pid) == 1);
    REQUIRE(repo.reapply(edit.value()).ok());
    CHECK(scalarInt(c.db, QStringLiteral("SELECT count(*) FROM person WHERE id = ? AND id_number IS NULL"), pid) == 1);
}
