// communitydesk-cli: the command-line front end over core/.
#include "cliapp.h"

#include "common/appidentity.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

// stderr carries exactly the command's own answer (one line naming a refused input); Qt's
// platform chatter (e.g. about XDG_RUNTIME_DIR) would break that contract. COMMUNITYDESK_DEBUG
// lets it through when diagnosing.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("COMMUNITYDESK_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    // Report documents need fonts, hence a (window-less) QGuiApplication.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    cd::setApplicationIdentity();

    // Printed documents follow the system language, as in the app.
    QTranslator translator;
    if (QLocale::system().name().startsWith(QLatin1String("zh"))
        && translator.load(QStringLiteral(":/i18n/communitydesk_zh_CN.qm")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return cd::cli::run(arguments, out, err);
}
