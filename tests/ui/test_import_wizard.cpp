#include "uitestsupport.h"

#include "db/database.h"
#include "roster/importwizard.h"
#include "roster/rosterpage.h"
#include "roster/rosterrepository.h"
#include "session/appsession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

#include <catch2/catch.hpp>

namespace {

int count(cd::Database &db, const char *sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("import wizard: file, mapping, preview, import off the GUI thread, rejected rows, undo", "[ui][import]")
{
    cd::test::useTemporarySettings();
    cd::test::TempDir dir;
    QFile script(QStringLiteral(CD_TEST_DATA_DIR "/import/make_fixtures.py"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    REQUIRE(cd::test::runPython(QString::fromUtf8(script.readAll()), {dir.path()}).exitCode == 0);

    cd::AppSession session;
    REQUIRE(session.open(dir.file(QStringLiteral("w.sqlite"))).ok());

    // The roster page offers the import first in its toolbar.
    {
        cd::RosterPage page(session);
        const QList<QAction *> actions = page.toolBar()->actions();
        REQUIRE_FALSE(actions.isEmpty());
        CHECK(actions.first()->objectName() == QStringLiteral("importRoster"));
    }

    cd::ImportWizard wizard(session);
    wizard.show();
    REQUIRE(wizard.currentId() == cd::ImportWizard::FilePage);

    // A file that is no workbook is refused on the first page.
    wizard.setFile(dir.file(QStringLiteral("not_a_zip.xlsx")));
    wizard.next();
    CHECK(wizard.currentId() == cd::ImportWizard::FilePage);

    wizard.setFile(dir.file(QStringLiteral("roster.xlsx")));
    wizard.next();
    REQUIRE(wizard.currentId() == cd::ImportWizard::MappingPage);
    QTableWidget *mapping = wizard.mappingTable();
    REQUIRE(mapping->rowCount() == 15);
    CHECK(mapping->item(1, 0)->text() == QStringLiteral("姓名"));
    auto *phoneCombo = qobject_cast<QComboBox *>(mapping->cellWidget(5, 2));
    REQUIRE(phoneCombo);
    CHECK(cd::ImportField(phoneCombo->currentData().toInt()) == cd::ImportField::Phone);
    // The user drops the phone column; the choice is remembered for this header layout.
    phoneCombo->setCurrentIndex(phoneCombo->findData(int(cd::ImportField::Ignore)));

    wizard.next();
    REQUIRE(wizard.currentId() == cd::ImportWizard::PreviewPage);
    QTableWidget *preview = wizard.previewTable();
    REQUIRE(preview->rowCount() == 7);
    CHECK(preview->item(0, 2)->text() == QStringLiteral("张三"));
    CHECK(preview->item(2, 0)->text() == QStringLiteral("5"));
    CHECK(count(session.database(), "SELECT count(*) FROM person") == 0); // preview writes nothing

    wizard.next(); // commit: the import runs on a worker thread
    REQUIRE(wizard.currentId() == cd::ImportWizard::RunPage);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning() && wizard.summary().written, 20000);
    CHECK(wizard.summary().created == 3);
    CHECK(wizard.rejectedTable()->rowCount() == 4);
    CHECK(count(session.database(), "SELECT count(*) FROM person") == 3);
    CHECK(count(session.database(), "SELECT count(*) FROM person WHERE phone <> ''") == 0); // column dropped

    const QString errors = dir.file(QStringLiteral("rejected.xlsx"));
    REQUIRE(wizard.saveRejectedRows(errors).ok());
    CHECK(QFileInfo(errors).size() > 0);

    REQUIRE(wizard.undoImport().ok());
    CHECK(count(session.database(), "SELECT count(*) FROM person") == 0);
    CHECK(count(session.database(), "SELECT count(*) FROM dwelling") == 0);

    // The adjusted mapping comes back for the same headers.
    cd::ImportWizard second(session);
    second.show();
    second.setFile(dir.file(QStringLiteral("roster.xlsx")));
    second.next();
    auto *again = qobject_cast<QComboBox *>(second.mappingTable()->cellWidget(5, 2));
    REQUIRE(again);
    CHECK(cd::ImportField(again->currentData().toInt()) == cd::ImportField::Ignore);
}
