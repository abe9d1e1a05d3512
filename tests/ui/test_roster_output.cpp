// The roster page's "Export…" and "Print roster…": through the real actions and dialogs, with
// the file dialog replaced by a chosen path; the files are read back with independent tools.
#include "test_roster_fixture.h"

#include "roster/rosterfileactions.h"
#include "roster/rosteroutput.h"
#include "roster/rosteroutputdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTimer>
#include <QToolBar>

using namespace cd;
using namespace cd::test;

namespace {

// Answers the next modal message box with `button` once it shows.
void answerNextBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->button(button)->click();
    });
}

QStringList lines(const QByteArray &out)
{
    QStringList result = QString::fromUtf8(out).split(QLatin1Char('\n'));
    result.removeAll(QString());
    return result;
}

} // namespace

TEST_CASE("roster output: export and print the selected building off the GUI thread", "[ui][roster][output]")
{
    Fixture f;
    const qint64 buildingId =
        sqlValue(f.db, QStringLiteral("SELECT b.id FROM building b JOIN unit u ON u.building_id = b.id "
                                      "JOIN dwelling d ON d.unit_id = u.id JOIN residence r ON r.dwelling_id = d.id "
                                      "WHERE r.moved_out IS NULL GROUP BY b.id ORDER BY count(*) DESC, b.id LIMIT 1"))
            .toLongLong();
    REQUIRE(buildingId > 0);
    const int expected = residentsWhere(f.db, QStringLiteral("b.id = ?"), {buildingId});
    REQUIRE(expected > 5);
    const QString residents = QStringLiteral(
        "FROM person p JOIN residence r ON r.person_id = p.id AND r.moved_out IS NULL "
        "JOIN dwelling d ON d.id = r.dwelling_id JOIN unit u ON u.id = d.unit_id "
        "WHERE u.building_id = ? AND p.archived = 0");
    QStringList names = sqlColumn(f.db, QStringLiteral("SELECT DISTINCT p.name ") + residents, {buildingId});
    const QStringList ids = sqlColumn(f.db, QStringLiteral("SELECT p.id_number ") + residents, {buildingId});
    names.sort();

    auto *actions = f.page->findChild<RosterFileActions *>();
    REQUIRE(actions);
    // Import, Export, Print: first in the toolbar.
    const QList<QAction *> bar = f.page->toolBar()->actions();
    REQUIRE(bar.size() > 3);
    CHECK(bar.at(0) == actions->importAction());
    CHECK(bar.at(1) == actions->exportAction());
    CHECK(bar.at(2) == actions->printAction());

    RosterOutput *output = actions->output();
    QString nextPath;
    bool nextGb18030 = false;
    QList<RosterOutput::SaveKind> asked;
    output->setSavePrompt([&](QWidget *, RosterOutput::SaveKind kind, const QString &) {
        asked << kind;
        return RosterOutput::SaveChoice{nextPath, nextGb18030};
    });
    QSignalSpy finished(output, &RosterOutput::finished);

    REQUIRE(f.page->selectPlace(PlaceTreeModel::Kind::Building, buildingId));
    settle();
    REQUIRE(f.page->currentBuildingId() == buildingId);

    SECTION("export the building as .xlsx, masked")
    {
        nextPath = f.dir.file(QStringLiteral("building.xlsx"));
        actions->exportAction()->trigger();
        RosterOutputDialog *dialog = output->dialog();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        CHECK(dialog->placeButton()->isVisible());
        CHECK(dialog->placeButton()->isChecked());
        CHECK_FALSE(dialog->fullNumbersBox()->isChecked());
        // Ticking "full numbers" asks first; answering No leaves it unticked.
        answerNextBox(QMessageBox::No);
        dialog->fullNumbersBox()->click();
        CHECK_FALSE(dialog->fullNumbersBox()->isChecked());

        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        REQUIRE(asked == QList<RosterOutput::SaveKind>{RosterOutput::SaveKind::Spreadsheet});
        CHECK(output->isBusy()); // the export runs on the worker, the event loop goes on
        REQUIRE(finished.wait(60000));
        CHECK(finished.at(0).at(0).toBool());
        CHECK(output->lastMessage().contains(QString::number(expected)));
        CHECK(output->lastMessage().contains(QStringLiteral("building.xlsx")));

        const ProcessResult read = runPython(QStringLiteral(R"(
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], read_only=True).active
rows = list(ws.iter_rows(values_only=True))
header = list(rows[0])
print(len(rows) - 1)
idcol = header.index('ID number')
namecol = header.index('Name')
print(sum(1 for r in rows[1:] if r[idcol] and '*' in str(r[idcol])))
for name in sorted(set(r[namecol] for r in rows[1:])):
    print(name)
for r in rows[1:]:
    print('ID', r[idcol])
)"),
                                              {nextPath});
        INFO(read.err.toStdString());
        REQUIRE(read.exitCode == 0);
        const QStringList out = lines(read.out);
        REQUIRE(out.size() >= 2);
        CHECK(out.at(0).toInt() == expected);
        CHECK(out.at(1).toInt() == expected); // every ID number masked
        QStringList readNames;
        QStringList readIds;
        for (const QString &line : out.mid(2))
            (line.startsWith(QLatin1String("ID ")) ? readIds : readNames) << line;
        CHECK(readNames == names);
        for (const QString &id : ids)
            CHECK_FALSE(readIds.contains(QStringLiteral("ID ") + id));
        CHECK(sqlCount(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) == 0);
    }

    SECTION("export the whole community as GB18030 CSV with full numbers, logged")
    {
        const int before = sqlCount(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'"));
        nextPath = f.dir.file(QStringLiteral("community.csv"));
        nextGb18030 = true;
        actions->exportAction()->trigger();
        RosterOutputDialog *dialog = output->dialog();
        REQUIRE(dialog);
        dialog->communityButton()->click();
        answerNextBox(QMessageBox::Yes);
        dialog->fullNumbersBox()->click();
        CHECK(dialog->fullNumbersBox()->isChecked());
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        REQUIRE(finished.wait(60000));
        CHECK(finished.at(0).at(0).toBool());

        const int everyone = sqlCount(f.db, QStringLiteral("SELECT count(*) FROM person WHERE archived = 0"));
        const ProcessResult read = runPython(QStringLiteral(R"(
import csv, sys
with open(sys.argv[1], encoding='gb18030', newline='') as f:
    rows = list(csv.reader(f))
print(len(rows) - 1)
idcol = rows[0].index('ID number')
print(sum(1 for r in rows[1:] if '*' in r[idcol]))
for r in rows[1:]:
    print(r[idcol])
)"),
                                              {nextPath});
        INFO(read.err.toStdString());
        REQUIRE(read.exitCode == 0);
        const QStringList out = lines(read.out);
        REQUIRE(out.size() >= 2);
        CHECK(out.at(0).toInt() == everyone);
        CHECK(out.at(1).toInt() == 0);
        for (const QString &id : ids)
            CHECK(out.contains(id));
        CHECK(sqlCount(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) ==
              before + 1);
    }

    SECTION("print the building's roster as PDF")
    {
        nextPath = f.dir.file(QStringLiteral("building.pdf"));
        actions->printAction()->trigger();
        RosterOutputDialog *dialog = output->dialog();
        REQUIRE(dialog);
        CHECK(dialog->placeButton()->isChecked());
        CHECK(dialog->fullNumbersBox() == nullptr);
        REQUIRE(dialog->pdfButton());
        QTest::mouseClick(dialog->pdfButton(), Qt::LeftButton);
        REQUIRE(asked == QList<RosterOutput::SaveKind>{RosterOutput::SaveKind::Pdf});
        CHECK(output->isBusy());
        REQUIRE(finished.wait(60000));
        CHECK(finished.at(0).at(0).toBool());

        const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {nextPath, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        const QString pdf = QString::fromUtf8(text.out);
        for (const QString &name : names)
            CHECK(pdf.contains(name));
        for (const QString &id : ids)
            CHECK_FALSE(pdf.contains(id));
    }

    SECTION("print preview: the document is built on the worker, then shown")
    {
        output->setPreviewEnabled(false); // the preview dialog is modal
        actions->printAction()->trigger();
        RosterOutputDialog *dialog = output->dialog();
        REQUIRE(dialog);
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        CHECK(asked.isEmpty());
        CHECK(output->isBusy());
        REQUIRE(finished.wait(60000));
        CHECK(finished.at(0).at(0).toBool());
        CHECK(output->lastMessage().contains(QRegularExpression(QStringLiteral("\\d+ page"))));
    }
}
