// The roster page on real widgets over a demo community: the lazy place tree and its scope, the
// search box (names, initials, rooms) and filters against SQL, the person form with its checks,
// undo and redo of edits, and masking of ID numbers and phones.
#include "test_roster_fixture.h"

#include "roster/householdpanel.h"
#include "roster/idnumber.h"
#include "roster/mobile.h"
#include "roster/peopletablemodel.h"
#include "roster/persondialog.h"
#include "roster/placetreemodel.h"
#include "roster/rosterfilterbar.h"
#include "roster/rosterpage.h"
#include "session/appsession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QLabel>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace cd;
using namespace cd::test;
using Kind = PlaceTreeModel::Kind;

TEST_CASE("The place tree loads lazily and a selected place scopes the people table", "[ui][roster]")
{
    Fixture f;
    QAbstractItemModelTester peopleTester(&f.people(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTreeView *tree = f.page->placeTree();

    REQUIRE(f.places().rowCount() == sqlCount(f.db, QStringLiteral("SELECT count(*) FROM estate")));
    CHECK(f.people().totalCount() == sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE archived = 0")));
    const QModelIndex estate = f.places().index(0, 0);
    const qint64 estateId = PlaceTreeModel::id(estate);
    CHECK_FALSE(f.places().isFetched(estate));
    CHECK(f.places().hasChildren(estate));

    tree->expand(estate);
    settle();
    REQUIRE(f.places().isFetched(estate));
    REQUIRE(f.places().rowCount(estate)
            == sqlCount(f.db, QStringLiteral("SELECT count(*) FROM building WHERE estate_id = ?"), {estateId}));
    const QModelIndex building = f.places().index(0, 0, estate);
    const qint64 buildingId = PlaceTreeModel::id(building);
    CHECK_FALSE(f.places().isFetched(building)); // units are read on expanding only

    clickRow(tree, building);
    CHECK(f.page->currentQuery().buildingId == buildingId);
    const int inBuilding = residentsWhere(f.db, QStringLiteral("b.id = ?"), {buildingId});
    CHECK(inBuilding > 0);
    CHECK(f.people().totalCount() == inBuilding);
    CHECK(f.people().rowCount() == inBuilding);
    CHECK(f.page->scopeText().contains(estate.data().toString()));
    CHECK(f.page->householdPanel()->shownKind() == 'b');

    // Down to a dwelling: the table shows who lives there, the panel its household.
    tree->expand(building);
    settle();
    const QModelIndex unit = f.places().index(0, 0, building);
    REQUIRE(unit.isValid());
    tree->expand(unit);
    settle();
    const qint64 unitId = PlaceTreeModel::id(unit);
    REQUIRE(f.places().rowCount(unit) == sqlCount(f.db, QStringLiteral("SELECT count(*) FROM dwelling WHERE unit_id = ?"),
                                                  {unitId}));
    const qint64 dwellingId = sqlValue(f.db, QStringLiteral(
        "SELECT d.id FROM dwelling d JOIN residence r ON r.dwelling_id = d.id AND r.moved_out IS NULL "
        "WHERE d.unit_id = ? GROUP BY d.id ORDER BY count(*) DESC LIMIT 1"), {unitId}).toLongLong();
    REQUIRE(dwellingId);
    const QModelIndex dwelling = childWithId(f.places(), unit, dwellingId);
    REQUIRE(dwelling.isValid());
    clickRow(tree, dwelling);
    CHECK(f.people().totalCount() == residentsWhere(f.db, QStringLiteral("d.id = ?"), {dwellingId}));
    CHECK(f.page->householdPanel()->shownKind() == 'd');
    const QString panel = f.page->householdPanel()->toPlainText();
    const QStringList names = sqlColumn(f.db, QStringLiteral("SELECT p.name FROM residence r JOIN person p "
                                                             "ON p.id = r.person_id WHERE r.moved_out IS NULL "
                                                             "AND r.dwelling_id = ?"), {dwellingId});
    REQUIRE(!names.isEmpty());
    for (const QString &name : names)
        CHECK(panel.contains(name));

    // The person's details replace the household when a row is chosen.
    f.page->peopleTable()->selectRow(0);
    settle();
    CHECK(f.page->householdPanel()->shownKind() == 'p');
    CHECK(f.page->householdPanel()->shownId() == f.people().personId(0));

    f.page->clearScope();
    settle();
    CHECK(f.page->scopeText() == RosterPage::tr("All estates"));
    CHECK(f.people().totalCount() == sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE archived = 0")));

    // A dwelling chosen from elsewhere is found by reading only its own branch.
    const qint64 farDwelling = sqlValue(f.db, QStringLiteral("SELECT max(id) FROM dwelling")).toLongLong();
    REQUIRE(f.page->selectPlace(Kind::Dwelling, farDwelling));
    CHECK(f.page->currentQuery().dwellingId == farDwelling);

    f.session.notifyDataChanged(); // the page reloads the tree and keeps its place
    settle();
    CHECK(f.page->currentQuery().dwellingId == farDwelling);
    CHECK(f.page->placeTree()->currentIndex().data(PlaceTreeModel::IdRole).toLongLong() == farDwelling);
    CHECK(f.places().isFetched(f.places().parent(f.page->placeTree()->currentIndex())));
}

TEST_CASE("The place tree model passes the model tester", "[ui][roster]")
{
    Fixture f;
    // A model of its own: the tester reads every node (fetching all of them), and Qt 6.4's
    // tester runs its checks inside modelReset, where a lazy model's fetchMore() trips it.
    PlaceTreeModel model;
    model.setRepository(f.page->repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int dwellings = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (PlaceTreeModel::kind(i) == Kind::Dwelling)
                ++dwellings;
            else
                count(i);
        }
    };
    count(QModelIndex());
    CHECK(dwellings == sqlCount(f.db, QStringLiteral("SELECT count(*) FROM dwelling")));
    model.retranslate();
}

TEST_CASE("The search box finds people by name, initials and room as SQL does", "[ui][roster]")
{
    Fixture f;
    QAbstractItemModelTester tester(&f.people(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    SECTION("a name")
    {
        const QString name = sqlValue(f.db, QStringLiteral(
            "SELECT name FROM person WHERE archived = 0 AND length(name) = 3 ORDER BY id LIMIT 1")).toString();
        REQUIRE(!name.isEmpty());
        f.type(name);
        const int expected = sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE archived = 0 "
                                                           "AND instr(name, ?) > 0"), {name});
        CHECK(expected >= 1);
        CHECK(f.people().rowCount() == expected);
        for (int row = 0; row < f.people().rowCount(); ++row)
            CHECK(f.people().index(row, PeopleTableModel::NameColumn).data().toString().contains(name));
    }

    SECTION("pinyin initials of a real person")
    {
        const QVariantList q = sqlRow(f.db, QStringLiteral("SELECT id, name, name_initials FROM person "
                                                           "WHERE archived = 0 AND length(name_initials) = 3 "
                                                           "ORDER BY id LIMIT 1"));
        REQUIRE(q.size() == 3);
        const qint64 id = q[0].toLongLong();
        const QString initials = q[2].toString();
        INFO("initials " << initials.toStdString() << " of " << q[1].toString().toStdString());
        f.type(initials);
        const int expected = sqlCount(f.db, QStringLiteral(
            "SELECT count(*) FROM person WHERE archived = 0 AND (instr(name_initials, ?) > 0 "
            "OR instr(name_pinyin, ?) > 0 OR instr(name, ?) > 0)"), {initials, initials, initials});
        CHECK(f.people().rowCount() == expected);
        CHECK(f.listedIds().contains(id));
    }

    SECTION("a room reference")
    {
        const QVariantList q = sqlRow(f.db, QStringLiteral(
            "SELECT b.number, u.number, d.room FROM residence r JOIN dwelling d ON d.id = r.dwelling_id "
            "JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
            "WHERE r.moved_out IS NULL ORDER BY d.id DESC LIMIT 1"));
        REQUIRE(q.size() == 3);
        const QString reference = QStringLiteral("%1-%2-%3").arg(q[0].toString(), q[1].toString(), q[2].toString());
        f.type(reference);
        const int expected = residentsWhere(f.db, QStringLiteral("b.number = ? AND u.number = ? AND d.room = ?"),
                                            {q[0], q[1], q[2]});
        CHECK(expected >= 1);
        CHECK(f.people().rowCount() == expected);
        for (int row = 0; row < f.people().rowCount(); ++row)
            CHECK(f.people().index(row, PeopleTableModel::AddressColumn).data().toString().endsWith(
                QLatin1Char(' ') + reference));
    }

    SECTION("a filter, with and without a search")
    {
        QComboBox *political = f.page->filterBar()->politicalStatusBox();
        political->setCurrentIndex(political->findData(QStringLiteral("cpc_member")));
        settle();
        const int members = sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE archived = 0 "
                                                          "AND political_status = 'cpc_member'"));
        CHECK(members > 0);
        CHECK(f.people().totalCount() == members);

        QComboBox *tag = f.page->filterBar()->tagBox();
        const QString code = sqlValue(f.db, QStringLiteral("SELECT tag FROM person_tag GROUP BY tag "
                                                           "ORDER BY count(*) DESC LIMIT 1")).toString();
        REQUIRE(!code.isEmpty());
        political->setCurrentIndex(0);
        tag->setCurrentIndex(tag->findData(code));
        settle();
        CHECK(f.people().totalCount() == sqlCount(f.db, QStringLiteral(
            "SELECT count(*) FROM person p JOIN person_tag t ON t.person_id = p.id WHERE p.archived = 0 "
            "AND t.tag = ?"), {code}));
        for (int row = 0; row < qMin(20, f.people().rowCount()); ++row)
            CHECK(f.people().index(row, 0).data(PeopleTableModel::TagsRole).toStringList().contains(code));

        f.page->filterBar()->clear();
        settle();
        CHECK(f.people().totalCount() == sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE archived = 0")));
    }
}

namespace {

/// Stands in for a real translation: proves that the page's texts follow a language change.
class FakeTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "cd::RosterPage") == 0 && qstrcmp(sourceText, "Buildings & Residents") == 0)
            return QStringLiteral("楼栋住户");
        if (qstrcmp(context, "cd::PeopleTableModel") == 0 && qstrcmp(sourceText, "Name") == 0)
            return QStringLiteral("姓名");
        if (qstrcmp(context, "cd::PlaceTreeModel") == 0 && qstrcmp(sourceText, "Building %1") == 0)
            return QStringLiteral("%1栋");
        if (qstrcmp(context, "cd::RosterFilterBar") == 0 && qstrcmp(sourceText, "All groups") == 0)
            return QStringLiteral("全部人群");
        return QString();
    }
};

} // namespace

TEST_CASE("The roster page follows a language change", "[ui][roster]")
{
    Fixture f;
    const QModelIndex estate = f.places().index(0, 0);
    f.page->placeTree()->expand(estate);
    settle();
    const QModelIndex building = f.places().index(0, 0, estate);
    const QString number = building.data(PlaceTreeModel::TextRole).toString();
    CHECK(building.data().toString() == QStringLiteral("Building %1").arg(number));

    FakeTranslator translator;
    QCoreApplication::installTranslator(&translator);
    settle();
    CHECK(f.page->title() == QStringLiteral("楼栋住户"));
    const QLabel *heading = f.page->findChild<QLabel *>(QStringLiteral("rosterHeading"));
    REQUIRE(heading);
    CHECK(heading->text() == QStringLiteral("楼栋住户"));
    CHECK(f.people().headerData(PeopleTableModel::NameColumn, Qt::Horizontal).toString() == QStringLiteral("姓名"));
    CHECK(building.data().toString() == number + QStringLiteral("栋"));
    CHECK(f.page->filterBar()->tagBox()->itemText(0) == QStringLiteral("全部人群"));
    QCoreApplication::removeTranslator(&translator);
    settle();
    CHECK(heading->text() == QStringLiteral("Buildings & Residents"));
}
