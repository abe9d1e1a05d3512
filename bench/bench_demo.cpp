// Demo community generation: seconds for the default 1,500 households and for 100,000, each
// into a fresh database file in a temporary folder (one transaction, as the CLI's `demo` does).
// Prints wall-clock and process CPU seconds: on a shared machine the CPU figure is the steadier.
// Usage: bench_demo [--roster] [households ...]   (default: 1500 100000)
//   --roster         the roster step alone, without the steps other capabilities add
//   CD_BENCH_DIR=dir keeps the database files in dir
#include "db/database.h"
#include "demo/demogenerator.h"
#include "demo/demorunner.h"
#include "demo/rosterdemo.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool rosterOnly = false;
    QList<int> sizes;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--roster"))
            rosterOnly = true;
        else
            sizes.append(argument.toInt());
    }
    if (sizes.isEmpty())
        sizes = {1500, 100000};

    QTemporaryDir dir;
    const QString folder = qEnvironmentVariable("CD_BENCH_DIR", dir.path());
    int failures = 0;
    for (int households : sizes) {
        const QString file = QDir(folder).filePath(QStringLiteral("demo-%1.sqlite").arg(households));
        QFile::remove(file);
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
        const std::clock_t cpuStart = std::clock();
        cd::Result<cd::DemoSummary> summary = cd::DemoSummary();
        if (rosterOnly) {
            std::vector<std::unique_ptr<cd::DemoStep>> steps;
            steps.push_back(std::make_unique<cd::RosterDemo>());
            summary = cd::DemoRunner::run(database, options, steps);
        } else {
            summary = cd::DemoGenerator::generate(database, options);
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        if (!summary) {
            std::fprintf(stderr, "%d households failed: %s\n", households, qPrintable(summary.message()));
            ++failures;
            continue;
        }
        std::printf("demo%s %6d households: %7.2f s wall, %6.2f s CPU  (%d estates, %d buildings, %d units, "
                    "%d dwellings, %d people)\n",
                    rosterOnly ? " (roster)" : "", households, seconds, cpu, summary->estates, summary->buildings,
                    summary->units, summary->dwellings, summary->people);
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
