// App start on an existing database (e.g. a 100,000-household demo): from the start of main
// to the main window shown with its first page drawn and the event queue drained, then the
// time to switch to each page the first time (each loads its data when first shown).
//   bench_ui_start DATABASE        (QT_QPA_PLATFORM=offscreen works; the target is ≤ 2 s)
#include "common/appidentity.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "session/appsession.h"
#include "settings/languagemanager.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

void drain()
{
    // Twice: deferred refreshes post further events when first shown.
    for (int i = 0; i < 2; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_ui_start DATABASE\n");
        return 2;
    }
    cd::setApplicationIdentity();
    cd::LanguageManager language;
    language.setLanguage(cd::LanguageManager::preferredLanguage(), false);

    cd::AppSession session;
    cd::MainWindow window(session, language);
    if (const cd::Status opened = session.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    window.showPage(0);
    window.show();
    drain();
    window.grab(); // the first frame really painted
    std::printf("start to first page (%s) drawn: %lld ms\n", qPrintable(window.currentPage()->pageId()), timer.elapsed());

    for (int i = 1; i < int(window.pages().size()); ++i) {
        timer.restart();
        window.showPage(i);
        drain();
        window.grab();
        std::printf("  first switch to %-10s %5lld ms\n", qPrintable(window.pages().at(i)->pageId()), timer.elapsed());
    }
    return 0;
}
