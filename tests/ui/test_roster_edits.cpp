// Editing on the roster page: the person form (checks as the user types, naming the field and the
// holder of a duplicate ID number), undo and redo of adding, moving, archiving and editing places,
// masking of ID numbers and phones, and a lazy table on a larger community.
#include "test_roster_fixture.h"

#include "roster/buildingdialog.h"
#include "roster/dwellingdialog.h"
#include "roster/householdpanel.h"
#include "roster/idnumber.h"
#include "roster/mobile.h"
#include "roster/movepersondialog.h"
#include "roster/persondialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QTableView>
#include <QUndoStack>

using namespace cd;
using namespace cd::test;
using Kind = PlaceTreeModel::Kind;

namespace {

// 110105491231002 upgraded (DOMAIN.md): a valid number, born 1949-12-31, female.
const QString validId = QStringLiteral("11010519491231002X");
const QString wrongCheck = QStringLiteral("110105194912310021");

qint64 busiestDwelling(Database &db)
{
    return sqlValue(db, QStringLiteral("SELECT dwelling_id FROM residence WHERE moved_out IS NULL "
                                       "GROUP BY dwelling_id ORDER BY count(*) DESC, dwelling_id LIMIT 1"))
        .toLongLong();
}

PersonDialog *openPersonForm(Fixture &f)
{
    f.page->action(RosterPage::Action::AddPerson)->trigger();
    settle();
    auto *dialog = qobject_cast<PersonDialog *>(f.page->openDialog());
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

} // namespace

TEST_CASE("A person added through the form checks each field and can be undone and redone", "[ui][roster]")
{
    Fixture f;
    REQUIRE(sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE id_number = ?"), {validId}) == 0);
    const qint64 home = busiestDwelling(f.db);
    REQUIRE(f.page->selectPlace(Kind::Dwelling, home));
    settle();
    const int before = f.people().totalCount();
    const int peopleBefore = sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person"));

    PersonDialog *dialog = openPersonForm(f);
    typeText(dialog->nameEdit(), QStringLiteral("测试居民"));
    QTest::keyClicks(dialog->idNumberEdit(), wrongCheck);
    // Checked while typing: the error sits under the field and the summary names it.
    CHECK(dialog->fieldError(QStringLiteral("id_number")).contains(QStringLiteral("ID number")));
    CHECK(dialog->summary().contains(PersonValidator::fieldLabel(QStringLiteral("id_number"))));
    CHECK(dialog->fieldError(QStringLiteral("name")).isEmpty());
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("1380013"));
    CHECK(dialog->fieldError(QStringLiteral("phone")).contains(QStringLiteral("phone")));
    CHECK(dialog->summary().contains(PersonValidator::fieldLabel(QStringLiteral("phone"))));

    // OK with problems writes nothing and keeps the form open.
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    settle();
    CHECK(f.page->openDialog() == dialog);
    CHECK(sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person")) == peopleBefore);

    // A number someone already has: refused with the holder's name.
    const QVariantList holder = sqlRow(f.db, QStringLiteral("SELECT name, id_number FROM person "
                                                            "WHERE id_number IS NOT NULL LIMIT 1"));
    REQUIRE(holder.size() == 2);
    dialog->idNumberEdit()->clear();
    QTest::keyClicks(dialog->idNumberEdit(), holder[1].toString());
    CHECK(dialog->fieldError(QStringLiteral("id_number")).contains(holder[0].toString()));

    // Corrected: birth date and sex follow the number, the errors go, OK saves.
    dialog->idNumberEdit()->clear();
    QTest::keyClicks(dialog->idNumberEdit(), validId);
    dialog->phoneEdit()->clear();
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("138 0013 8000"));
    CHECK(dialog->fieldError(QStringLiteral("id_number")).isEmpty());
    CHECK(dialog->fieldError(QStringLiteral("phone")).isEmpty());
    CHECK(dialog->summary().isEmpty());
    CHECK(dialog->birthDateEdit()->date() == QDate(1949, 12, 31));
    CHECK(dialog->sexBox()->currentData().toString() == QStringLiteral("F"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    settle();
    CHECK(f.page->openDialog() == nullptr);

    const QString findNew = QStringLiteral("SELECT count(*) FROM person p JOIN residence r ON r.person_id = p.id "
                                           "WHERE p.id_number = ? AND p.name = ? AND p.phone = '13800138000' "
                                           "AND r.dwelling_id = ? AND r.moved_out IS NULL");
    const QVariantList newValues{validId, QStringLiteral("测试居民"), home};
    CHECK(sqlCount(f.db, findNew, newValues) == 1);
    CHECK(f.people().totalCount() == before + 1);
    CHECK(f.page->householdPanel()->toPlainText().contains(QStringLiteral("测试居民")));
    QAction *undo = f.page->action(RosterPage::Action::Undo);
    QAction *redo = f.page->action(RosterPage::Action::Redo);
    CHECK(undo->isEnabled());
    CHECK(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));

    undo->trigger();
    settle();
    CHECK(sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE id_number = ?"), {validId}) == 0);
    CHECK(sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person")) == peopleBefore);
    CHECK(f.people().totalCount() == before);

    redo->trigger();
    settle();
    INFO(f.page->lastMessage().toStdString());
    CHECK(sqlCount(f.db, findNew, newValues) == 1);
    CHECK(f.people().totalCount() == before + 1);

    // The standard shortcut undoes too (the page's window is active again once the form closed).
    f.page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.page.get()));
    f.page->peopleTable()->setFocus();
    QTest::keySequence(f.page->peopleTable(), QKeySequence::Undo);
    settle();
    CHECK(sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE id_number = ?"), {validId}) == 0);
}

TEST_CASE("Masking hides ID numbers and phones until turned off for the session, which is logged", "[ui][roster]")
{
    Fixture f;
    const QVariantList q = sqlRow(f.db, QStringLiteral("SELECT id, id_number, phone FROM person WHERE archived = 0 "
                                                       "AND id_number IS NOT NULL AND phone <> '' ORDER BY id LIMIT 1"));
    REQUIRE(q.size() == 3);
    f.type(q[1].toString());
    REQUIRE(f.people().rowCount() >= 1);
    const int row = f.listedIds().indexOf(q[0].toLongLong());
    REQUIRE(row >= 0);
    const auto shown = [&](int column) { return f.people().index(row, column).data().toString(); };
    const QString id = q[1].toString();
    const QString phone = q[2].toString();
    CHECK(shown(PeopleTableModel::IdNumberColumn) == idnumber::mask(id));
    CHECK(shown(PeopleTableModel::IdNumberColumn).contains(QStringLiteral("********")));
    CHECK(shown(PeopleTableModel::PhoneColumn) == mobile::mask(phone));
    f.page->peopleTable()->selectRow(row);
    settle();
    CHECK_FALSE(f.page->householdPanel()->toPlainText().contains(id));

    const QString audits = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unmask'");
    const int logged = sqlCount(f.db, audits);
    QAction *toggle = f.page->action(RosterPage::Action::ShowFullNumbers);
    REQUIRE(toggle->isCheckable());
    toggle->trigger();
    settle();
    CHECK(toggle->isChecked());
    CHECK(shown(PeopleTableModel::IdNumberColumn) == id);
    CHECK(shown(PeopleTableModel::PhoneColumn) == phone);
    CHECK(f.page->householdPanel()->toPlainText().contains(id));
    CHECK(sqlCount(f.db, audits) == logged + 1);

    toggle->trigger();
    settle();
    CHECK_FALSE(toggle->isChecked());
    CHECK(shown(PeopleTableModel::IdNumberColumn) == idnumber::mask(id));
    CHECK_FALSE(f.page->householdPanel()->toPlainText().contains(id));
    CHECK(sqlCount(f.db, audits) == logged + 1); // masking again discloses nothing

    // The edit form shows the numbers masked and read-only until "Show" (logged) is pressed;
    // saving without showing keeps the real numbers.
    f.page->action(RosterPage::Action::EditPerson)->trigger();
    settle();
    auto *form = qobject_cast<PersonDialog *>(f.page->openDialog());
    REQUIRE(form);
    CHECK(form->idNumberEdit()->text() == idnumber::mask(id));
    CHECK(form->idNumberEdit()->isReadOnly());
    CHECK(form->phoneEdit()->text() == mobile::mask(phone));
    typeText(form->nameEdit(), QStringLiteral("乙"));
    const QString newName = form->nameEdit()->text();
    QTest::mouseClick(form->okButton(), Qt::LeftButton);
    settle();
    CHECK(f.page->openDialog() == nullptr);
    CHECK(sqlValue(f.db, QStringLiteral("SELECT id_number || '/' || phone || '/' || name FROM person WHERE id = ?"),
                   {q[0]}).toString() == id + QLatin1Char('/') + phone + QLatin1Char('/') + newName);

    f.page->action(RosterPage::Action::EditPerson)->trigger();
    settle();
    form = qobject_cast<PersonDialog *>(f.page->openDialog());
    REQUIRE(form);
    REQUIRE(form->showIdNumberButton()->isVisible());
    QTest::mouseClick(form->showIdNumberButton(), Qt::LeftButton);
    CHECK(form->idNumberEdit()->text() == id);
    CHECK_FALSE(form->idNumberEdit()->isReadOnly());
    CHECK(sqlCount(f.db, audits) == logged + 2);
    form->reject();
}

TEST_CASE("Moving, archiving and editing places go through the undo stack", "[ui][roster]")
{
    Fixture f;
    const qint64 from = busiestDwelling(f.db);
    REQUIRE(f.page->selectPlace(Kind::Dwelling, from));
    settle();
    f.page->peopleTable()->selectRow(0);
    settle();
    const qint64 person = f.page->selectedPersonId();
    REQUIRE(person);
    const QString currentHome = QStringLiteral("SELECT dwelling_id FROM residence WHERE person_id = ? AND moved_out IS NULL");

    SECTION("move to another dwelling typed as a room reference")
    {
        const QVariantList q = sqlRow(f.db, QStringLiteral(
            "SELECT d.id, e.name, b.number, u.number, d.room FROM dwelling d JOIN unit u ON u.id = d.unit_id "
            "JOIN building b ON b.id = u.building_id JOIN estate e ON e.id = b.estate_id WHERE d.id <> ? "
            "ORDER BY d.id LIMIT 1"), {from});
        REQUIRE(q.size() == 5);
        f.page->action(RosterPage::Action::MovePerson)->trigger();
        settle();
        auto *dialog = qobject_cast<MovePersonDialog *>(f.page->openDialog());
        REQUIRE(dialog);
        dialog->estateBox()->setCurrentText(q[1].toString());
        QTest::keyClicks(dialog->referenceEdit(), QStringLiteral("99-9-9999"));
        CHECK(dialog->targetDwelling() == 0);
        CHECK(dialog->resultText().contains(QStringLiteral("99-9-9999")));
        dialog->referenceEdit()->clear();
        QTest::keyClicks(dialog->referenceEdit(), QStringLiteral("%1-%2-%3").arg(q[2].toString(),
                                                                                 q[3].toString(),
                                                                                 q[4].toString()));
        REQUIRE(dialog->targetDwelling() == q[0].toLongLong());
        dialog->accept();
        settle();
        CHECK(sqlValue(f.db, currentHome, {person}).toLongLong() == q[0].toLongLong());
        f.page->action(RosterPage::Action::Undo)->trigger();
        settle();
        INFO(f.page->lastMessage().toStdString());
        CHECK(sqlValue(f.db, currentHome, {person}).toLongLong() == from);
    }

    SECTION("archive and undo")
    {
        const int before = f.people().totalCount();
        REQUIRE(f.page->archivePerson(person, QStringLiteral("moved abroad")).ok());
        settle();
        CHECK(sqlCount(f.db, QStringLiteral("SELECT archived FROM person WHERE id = ?"), {person}) == 1);
        CHECK(f.people().totalCount() == before - 1);
        f.page->action(RosterPage::Action::Undo)->trigger();
        settle();
        CHECK(sqlCount(f.db, QStringLiteral("SELECT archived FROM person WHERE id = ?"), {person}) == 0);
        CHECK(f.people().totalCount() == before);
    }

    SECTION("edit the dwelling and the building")
    {
        f.page->action(RosterPage::Action::EditDwelling)->trigger();
        settle();
        auto *dwelling = qobject_cast<DwellingDialog *>(f.page->openDialog());
        REQUIRE(dwelling);
        dwelling->roomEdit()->clear();
        CHECK_FALSE(dwelling->roomError().isEmpty());
        QTest::keyClicks(dwelling->roomEdit(), QStringLiteral("8808"));
        CHECK(dwelling->roomError().isEmpty());
        dwelling->areaBox()->setValue(88.05);
        dwelling->accept();
        settle();
        CHECK(sqlValue(f.db, QStringLiteral("SELECT room || '/' || area_centi FROM dwelling WHERE id = ?"), {from})
                  .toString() == QStringLiteral("8808/8805"));
        CHECK(f.page->placeTree()->currentIndex().data(PlaceTreeModel::TextRole).toString() == QStringLiteral("8808"));

        f.page->action(RosterPage::Action::EditBuilding)->trigger();
        settle();
        auto *building = qobject_cast<BuildingDialog *>(f.page->openDialog());
        REQUIRE(building);
        building->numberEdit()->clear();
        CHECK(building->numberError().contains(QStringLiteral("building number")));
        QTest::keyClicks(building->numberEdit(), QStringLiteral("88A"));
        building->floorsBox()->setValue(33);
        building->accept();
        settle();
        const qint64 buildingId = f.page->currentBuildingId();
        CHECK(sqlValue(f.db, QStringLiteral("SELECT number || '/' || floors FROM building WHERE id = ?"), {buildingId})
                  .toString() == QStringLiteral("88A/33"));

        f.page->undoStack()->undo();
        f.page->undoStack()->undo();
        settle();
        CHECK(sqlValue(f.db, QStringLiteral("SELECT room FROM dwelling WHERE id = ?"), {from}).toString() != QStringLiteral("8808"));
        CHECK(sqlValue(f.db, QStringLiteral("SELECT number FROM building WHERE id = ?"), {buildingId}).toString()
              != QStringLiteral("88A"));
    }
}

TEST_CASE("The people table reads only the pages it shows", "[ui][roster]")
{
    Fixture f(1500);
    QAbstractItemModelTester tester(&f.people(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int total = sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE archived = 0"));
    REQUIRE(total > 20 * PeopleTableModel::pageSize);
    CHECK(f.people().rowCount() == total);
    QTableView *table = f.page->peopleTable();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    settle();
    // The last rows are shown, read in their own page; nothing in between was read.
    CHECK(!table->indexAt(QPoint(5, 5)).data().toString().isEmpty());
    CHECK(f.people().loadedPages() <= 4);
    // The whole community is listed by name (pinyin).
    CHECK(f.people().personId(total - 1)
          == sqlValue(f.db, QStringLiteral("SELECT id FROM person WHERE archived = 0 "
                                           "ORDER BY name_pinyin DESC, id DESC LIMIT 1")).toLongLong());
}
