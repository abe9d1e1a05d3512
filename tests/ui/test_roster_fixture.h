// Shared by the roster page tests: a demo database, the page on it, and SQL helpers.
#pragma once

#include "uitestsupport.h"

#include "db/database.h"
#include "demo/demogenerator.h"
#include "roster/peopletablemodel.h"
#include "roster/placetreemodel.h"
#include "roster/rosterfilterbar.h"
#include "roster/rosterpage.h"
#include "session/appsession.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTreeView>
#include <memory>

namespace cd::test {

/// A demo community of `households` dwellings, made once per size for the whole run.
/// Types `text` into `widget` key by key, also characters QTest::keyClicks cannot map (Chinese).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline QString demoCopy(const test::TempDir &dir, int households)
{
    static test::TempDir cache;
    const QString master = cache.file(QStringLiteral("demo-%1.sqlite").arg(households));
    if (!QFile::exists(master)) {
        // Made under another name and renamed when complete, so a failure is not cached.
        const QString making = master + QStringLiteral(".making");
        {
            Database db;
            REQUIRE(db.open(making).ok());
            DemoOptions options;
            options.households = households;
            options.seed = 1;
            const Result<DemoSummary> made = DemoGenerator::generate(db, options);
            INFO(made.message().toStdString());
            REQUIRE(made.ok());
            QSqlQuery checkpoint(db.sql());
            REQUIRE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        REQUIRE(QFile::rename(making, master));
    }
    const QString path = dir.file(QStringLiteral("roster.sqlite"));
    REQUIRE(QFile::copy(master, path));
    return path;
}

inline QVariant sqlValue(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.sql());
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    return q.next() ? q.value(0) : QVariant();
}

/// The first row, read completely: no statement stays open (an open one would pin this
/// connection's snapshot, hiding what the page writes afterwards).
inline QVariantList sqlRow(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.sql());
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    QVariantList row;
    if (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
    }
    return row;
}

/// The first column of every row.
inline QStringList sqlColumn(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.sql());
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

inline int sqlCount(Database &db, const QString &sql, const QVariantList &values = {})
{
    return sqlValue(db, sql, values).toInt();
}

// Current, not archived residents of the dwellings that match the condition on d/u/b.
inline int residentsWhere(Database &db, const QString &condition, const QVariantList &values)
{
    return sqlCount(db,
                    QStringLiteral("SELECT count(DISTINCT r.person_id) FROM residence r JOIN person p ON p.id = r.person_id "
                                   "JOIN dwelling d ON d.id = r.dwelling_id JOIN unit u ON u.id = d.unit_id "
                                   "JOIN building b ON b.id = u.building_id "
                                   "WHERE r.moved_out IS NULL AND p.archived = 0 AND %1")
                        .arg(condition),
                    values);
}

struct Fixture
{
    explicit Fixture(int households = 150)
    {
        test::useTemporarySettings();
        path = demoCopy(dir, households);
        REQUIRE(db.open(path).ok());
        page = std::make_unique<RosterPage>(session);
        REQUIRE(session.open(path).ok());
        page->resize(1400, 800);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
        settle();
        REQUIRE(page->repository());
    }
    ~Fixture()
    {
        page.reset();
        session.close();
    }

    PeopleTableModel &people() const { return *page->peopleModel(); }
    PlaceTreeModel &places() const { return *page->placeModel(); }
    QLineEdit *search() const { return page->filterBar()->searchEdit(); }

    // Types into the search box as a user would and waits for the debounced query.
    void type(const QString &text)
    {
        search()->clear();
        search()->setFocus();
        typeText(search(), text);
        // Debounced: nothing is searched until the typing pauses.
        CHECK(people().query().text != text);
        QTRY_COMPARE_WITH_TIMEOUT(people().query().text, text, 2000);
    }

    // Every person the table lists (reads every page: only for small results).
    QList<qint64> listedIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < people().rowCount(); ++row)
            ids << people().personId(row);
        return ids;
    }

    test::TempDir dir;
    QString path;
    Database db; // a second connection, for checking what the page wrote
    AppSession session;
    std::unique_ptr<RosterPage> page;
};

inline QModelIndex childWithId(const QAbstractItemModel &model, const QModelIndex &parent, qint64 id)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (PlaceTreeModel::id(i) == id)
            return i;
    }
    return QModelIndex();
}

inline void clickRow(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    settle();
}

} // namespace cd::test
