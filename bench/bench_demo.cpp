// Demo community generation: seconds for the default 1,500 households and for 100,000, each
// into a fresh database file in a temporary folder (one transaction, as the CLI's `demo` does).
// Usage: bench_demo [households ...]   (default: 1500 100000); CD_BENCH_DIR=folder keeps the files.
#include "db/database.h"
#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {1500, 100000};

    QTemporaryDir dir;
    int failures = 0;
    for (int households : sizes) {
        const QString folder = qEnvironmentVariable("CD_BENCH_DIR", dir.path()); // keep the files there
        const QString file = QDir(folder).filePath(QStringLiteral("demo-%1.sqlite").arg(households));
        cd::Database database;
        const cd::Status opened = database.open(file);
        if (!opened.ok()) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(file), qPrintable(opened.message()));
            return 1;
        }
        cd::DemoOptions options;
        options.households = households;
        QElapsedTimer timer;
        timer.start();
        const cd::Result<cd::DemoSummary> summary = cd::DemoGenerator::generate(database, options);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!summary) {
            std::fprintf(stderr, "%d households failed: %s\n", households, qPrintable(summary.message()));
            ++failures;
            continue;
        }
        std::printf("demo %6d households: %7.2f s  (%d estates, %d buildings, %d units, %d dwellings, %d people)\n",
                    households, seconds, summary->estates, summary->buildings, summary->units, summary->dwellings,
                    summary->people);
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
