// The GUI entry: language, command line, the database to open, the main window.
#include "common/appidentity.h"
#include "db/database.h"
#include "mainwindow.h"
#include "pages/navicons.h"
#include "session/appsession.h"
#include "session/databasefileactions.h"
#include "settings/languagemanager.h"
#include "settings/preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    cd::setApplicationIdentity();
    QApplication::setWindowIcon(cd::applicationIcon());

    cd::LanguageManager language;
    language.setLanguage(cd::LanguageManager::preferredLanguage(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "CommunityDesk — community party office workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringList{QStringLiteral("db")},
                                      QCoreApplication::translate("main", "Open the database FILE."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = cd::prefs::lastDatabase.value();
    if (path.isEmpty())
        path = cd::Database::defaultPath();

    cd::AppSession session;
    cd::MainWindow window(session, language);
    if (!cd::DatabaseFileActions::openAtStartup(session, path, &window))
        return 0;
    window.show();
    return app.exec();
}
