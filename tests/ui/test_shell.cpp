// The application shell on real widgets: overview figures against SQL, navigation,
// status bar, live language switching, the first-start question and the demo worker.
#include "uitestsupport.h"

#include "common/appidentity.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "firststart/demorunner.h"
#include "firststart/firststartdialog.h"
#include "mainwindow.h"
#include "overview/estatesummarymodel.h"
#include "overview/overviewpage.h"
#include "pages/page.h"
#include "session/appsession.h"
#include "settings/languagemanager.h"
#include "settings/preferences.h"
#include "widgets/statcard.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QAction>
#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace cd;
using cd::test::settle;

namespace {

int sqlCount(const QString &path, const QString &sql)
{
    Database db;
    REQUIRE(db.open(path).ok());
    QSqlQuery query(db.sql());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QString demoDatabase(const test::TempDir &dir, int households)
{
    const QString path = dir.file(QStringLiteral("demo.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    DemoOptions options;
    options.households = households;
    const Result<DemoSummary> made = DemoGenerator::generate(db, options);
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    return path;
}

QString cardText(OverviewPage *page, OverviewPage::Figure figure)
{
    return page->card(figure)->value();
}

void checkOverviewMatchesSql(MainWindow &window, const QString &path)
{
    auto *overview = qobject_cast<OverviewPage *>(window.pages().front());
    REQUIRE(overview);
    const QLocale locale;
    const int estates = sqlCount(path, QStringLiteral("SELECT count(*) FROM estate"));
    const int dwellings = sqlCount(path, QStringLiteral("SELECT count(*) FROM dwelling"));
    CHECK(estates > 0);
    CHECK(cardText(overview, OverviewPage::Figure::Estates) == locale.toString(estates));
    CHECK(cardText(overview, OverviewPage::Figure::Buildings)
          == locale.toString(sqlCount(path, QStringLiteral("SELECT count(*) FROM building"))));
    CHECK(cardText(overview, OverviewPage::Figure::Dwellings) == locale.toString(dwellings));
    CHECK(cardText(overview, OverviewPage::Figure::People)
          == locale.toString(sqlCount(path, QStringLiteral("SELECT count(*) FROM person WHERE archived = 0"))));
    CHECK(cardText(overview, OverviewPage::Figure::Households)
          == locale.toString(sqlCount(path, QStringLiteral(
                 "SELECT count(*) FROM dwelling d WHERE EXISTS (SELECT 1 FROM residence r "
                 "JOIN person p ON p.id = r.person_id WHERE r.dwelling_id = d.id "
                 "AND r.moved_out IS NULL AND p.archived = 0)"))));

    // The table has one line per estate, and its dwellings add up to the total.
    const QAbstractItemModel *table = overview->estateTable()->model();
    REQUIRE(table->rowCount() == estates);
    int dwellingSum = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        dwellingSum += table->index(row, EstateSummaryModel::DwellingsColumn).data(EstateSummaryModel::SortRole).toInt();
    CHECK(dwellingSum == dwellings);
}

/// Stands in for a real translation: proves that widgets re-translate live.
class FakeTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "cd::MainWindow") == 0 && qstrcmp(sourceText, "&File") == 0)
            return QStringLiteral("&Wenjian");
        if (qstrcmp(context, "cd::OverviewPage") == 0 && qstrcmp(sourceText, "Overview") == 0)
            return QStringLiteral("Gailan");
        return QString();
    }
};

} // namespace

TEST_CASE("The overview shows the demo community's figures as SQL counts them", "[ui][shell]")
{
    test::useTemporarySettings();
    test::TempDir dir;
    const QString path = demoDatabase(dir, 120);

    AppSession session;
    LanguageManager language;
    MainWindow window(session, language);
    REQUIRE(session.open(path).ok());
    window.show();
    settle();

    checkOverviewMatchesSql(window, path);
    // A database with data is not asked the first-start question.
    CHECK(window.firstStartDialog() == nullptr);

    SECTION("the status bar names the open file and its data version")
    {
        CHECK(window.databasePathLabel()->text() == QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        CHECK(window.schemaVersionLabel()->text().contains(QString::number(Database::currentSchemaVersion())));
        CHECK(window.windowTitle().contains(QStringLiteral("demo.sqlite")));
    }

    SECTION("the About text names the program, its version and data version")
    {
        const QString about = window.aboutText();
        CHECK(about.contains(QStringLiteral("社区党建工作台 CommunityDesk")));
        CHECK(about.contains(applicationVersion()));
        CHECK(about.contains(QStringLiteral("Data version %1").arg(Database::currentSchemaVersion())));
    }

    SECTION("every navigation entry shows its page")
    {
        QListWidget *navigation = window.navigation();
        REQUIRE(navigation->count() == int(window.pages().size()));
        REQUIRE(navigation->count() >= 1);
        for (int row = navigation->count() - 1; row >= 0; --row) {
            navigation->setCurrentRow(row);
            settle();
            Page *page = window.pages()[std::size_t(row)];
            CHECK(window.currentPage() == page);
            CHECK(page->isVisible());
            CHECK_FALSE(page->needsRefresh());
            CHECK(navigation->item(row)->text() == page->title());
            CHECK_FALSE(page->title().isEmpty());
            CHECK_FALSE(navigation->item(row)->icon().isNull());
        }
    }

    SECTION("data written elsewhere shows after dataChanged")
    {
        {
            Database db;
            REQUIRE(db.open(path).ok());
            QSqlQuery insert(db.sql());
            REQUIRE(insert.exec(QStringLiteral("INSERT INTO estate (name) VALUES ('新建小区')")));
        }
        session.notifyDataChanged();
        settle();
        checkOverviewMatchesSql(window, path);
    }

    SECTION("a restored backup replaces what the pages show")
    {
        const QString backup = dir.file(QStringLiteral("backup.sqlite"));
        REQUIRE(session.backupTo(backup).ok());
        const int estatesBefore = sqlCount(path, QStringLiteral("SELECT count(*) FROM estate"));
        {
            QSqlQuery insert(session.database().sql());
            REQUIRE(insert.exec(QStringLiteral("INSERT INTO estate (name) VALUES ('临时小区')")));
        }
        session.notifyDataChanged();
        settle();
        auto *overview = qobject_cast<OverviewPage *>(window.pages().front());
        CHECK(overview->summary().estates == estatesBefore + 1);

        QSignalSpy closed(&session, &AppSession::databaseClosed);
        QSignalSpy opened(&session, &AppSession::databaseOpened);
        const Status restored = session.restoreFrom(backup);
        INFO(restored.message().toStdString());
        REQUIRE(restored.ok());
        CHECK(closed.count() == 1);
        CHECK(opened.count() == 1);
        settle();
        CHECK(overview->summary().estates == estatesBefore);
        CHECK(QFileInfo::exists(path + QStringLiteral(".before-restore")));
        checkOverviewMatchesSql(window, path);
    }
}

TEST_CASE("The language switches live and is remembered", "[ui][shell][language]")
{
    test::useTemporarySettings();
    test::TempDir dir;
    AppSession session;
    LanguageManager language;
    MainWindow window(session, language);
    REQUIRE(session.open(dir.file(QStringLiteral("lang.sqlite"))).ok());
    window.show();
    settle();

    window.englishAction()->trigger();
    settle();
    CHECK(language.language() == LanguageManager::english());
    CHECK(prefs::language.value() == LanguageManager::english());
    CHECK(window.englishAction()->isChecked());
    CHECK(window.fileMenu()->title() == QStringLiteral("&File"));
    CHECK(window.navigation()->item(0)->text() == QStringLiteral("Overview"));

    SECTION("an installed translation re-translates menus and navigation at once")
    {
        FakeTranslator translator;
        REQUIRE(QCoreApplication::installTranslator(&translator));
        settle();
        CHECK(window.fileMenu()->title() == QStringLiteral("&Wenjian"));
        CHECK(window.navigation()->item(0)->text() == QStringLiteral("Gailan"));
        QCoreApplication::removeTranslator(&translator);
        settle();
        CHECK(window.fileMenu()->title() == QStringLiteral("&File"));
        CHECK(window.navigation()->item(0)->text() == QStringLiteral("Overview"));
    }

    SECTION("Chinese through the Settings menu, then back to English")
    {
        // qt_add_translations embeds the compiled catalogue under :/i18n.
        CHECK(QFile::exists(QStringLiteral(":/i18n/communitydesk_zh_CN.qm")));
        window.chineseAction()->trigger();
        settle();
        CHECK(language.language() == LanguageManager::chinese());
        CHECK(prefs::language.value() == LanguageManager::chinese());
        CHECK(window.chineseAction()->isChecked());
        const QString chineseTitle = QCoreApplication::translate("cd::MainWindow", "&File");
        CHECK(window.fileMenu()->title() == chineseTitle);
        if (language.programTranslationLoaded() && chineseTitle != QStringLiteral("&File"))
            CHECK(window.fileMenu()->title() != QStringLiteral("&File"));
        else
            WARN("the Chinese translation has no entry for the File menu yet");

        window.englishAction()->trigger();
        settle();
        CHECK(language.language() == LanguageManager::english());
        CHECK(window.fileMenu()->title() == QStringLiteral("&File"));
        CHECK(LanguageManager::preferredLanguage() == LanguageManager::english());
    }
}

TEST_CASE("An empty database asks the first-start question once", "[ui][shell][firststart]")
{
    test::useTemporarySettings();
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("empty.sqlite"));

    SECTION("start empty is remembered in the database")
    {
        {
            AppSession session;
            LanguageManager language;
            MainWindow window(session, language);
            REQUIRE(session.open(path).ok());
            window.show();
            settle();
            FirstStartDialog *dialog = window.firstStartDialog();
            REQUIRE(dialog);
            CHECK(dialog->isVisible());
            QTest::mouseClick(dialog->startEmptyButton(), Qt::LeftButton);
            settle();
            CHECK(window.firstStartDialog() == nullptr);
            CHECK(session.dataSetting(MainWindow::firstStartKey()) == QStringLiteral("empty"));
        }
        AppSession session;
        LanguageManager language;
        MainWindow window(session, language);
        REQUIRE(session.open(path).ok());
        window.show();
        settle();
        CHECK(window.firstStartDialog() == nullptr);
        CHECK(sqlCount(path, QStringLiteral("SELECT count(*) FROM estate")) == 0);
    }

    SECTION("closing the question without an answer asks again next time")
    {
        {
            AppSession session;
            LanguageManager language;
            MainWindow window(session, language);
            REQUIRE(session.open(path).ok());
            window.show();
            settle();
            REQUIRE(window.firstStartDialog());
            window.firstStartDialog()->reject();
            settle();
            CHECK(session.dataSetting(MainWindow::firstStartKey()).isEmpty());
        }
        AppSession session;
        LanguageManager language;
        MainWindow window(session, language);
        REQUIRE(session.open(path).ok());
        window.show();
        settle();
        CHECK(window.firstStartDialog());
    }

    SECTION("the demo loads on a worker thread and the overview follows")
    {
        AppSession session;
        LanguageManager language;
        MainWindow window(session, language);
        DemoOptions small;
        small.households = 80;
        window.setDemoOptions(small);
        REQUIRE(session.open(path).ok());
        window.show();
        settle();
        REQUIRE(window.firstStartDialog());

        QSignalSpy finished(window.demoRunner(), &DemoRunner::finished);
        QSignalSpy progress(window.demoRunner(), &DemoRunner::progressChanged);
        QTest::mouseClick(window.firstStartDialog()->loadDemoButton(), Qt::LeftButton);
        REQUIRE(window.findChild<QWidget *>(QStringLiteral("demoProgress")));
        REQUIRE(finished.wait(120000));
        settle();
        CHECK(window.findChild<QWidget *>(QStringLiteral("demoProgress")) == nullptr);
        CHECK(finished.front().at(0).value<DemoRunner::Outcome>() == DemoRunner::Outcome::Done);
        CHECK(progress.count() > 0);
        CHECK(session.dataSetting(MainWindow::firstStartKey()) == QStringLiteral("demo"));
        checkOverviewMatchesSql(window, path);
    }
}

TEST_CASE("A cancelled demo writes nothing", "[ui][shell][firststart]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("cancel.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    DemoRunner runner;
    QSignalSpy finished(&runner, &DemoRunner::finished);
    DemoOptions options;
    options.households = 300;
    runner.start(path, options);
    runner.cancel(); // seen at the generator's first progress report
    CHECK(runner.isRunning());
    REQUIRE(finished.wait(120000));
    CHECK(finished.front().at(0).value<DemoRunner::Outcome>() == DemoRunner::Outcome::Cancelled);
    CHECK(sqlCount(path, QStringLiteral("SELECT count(*) FROM estate")) == 0);
    CHECK(sqlCount(path, QStringLiteral("SELECT count(*) FROM person")) == 0);
}

TEST_CASE("A demo that cannot open its database reports the reason", "[ui][shell][firststart]")
{
    test::TempDir dir;
    DemoRunner runner;
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start(dir.path(), DemoOptions()); // a folder, not a database file
    REQUIRE(finished.wait(30000));
    CHECK(finished.front().at(0).value<DemoRunner::Outcome>() == DemoRunner::Outcome::Failed);
    CHECK_FALSE(finished.front().at(1).toString().isEmpty());
    CHECK_FALSE(runner.isRunning());
}
