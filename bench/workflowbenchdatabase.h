#pragma once

// What both 五单 benchmarks share: their database (a roster of `households` and a year of
// `requests` with their timelines, written once or reused with --reuse under CD_BENCH_DIR) and
// how a query is timed.

#include "common/clock.h"
#include "common/status.h"
#include "db/database.h"
#include "demo/demorunner.h"
#include "demo/rosterdemo.h"
#include "demo/workflowdemo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace benchdata {

struct Timing
{
    double coldMs = -1; ///< -1: the work failed
    double medianMs = -1;
};

/// Runs `work` once right after reopening the database (cold), then 10 more times (median).
inline Timing measure(cd::Database &database, const QString &file, const std::function<bool()> &work)
{
    database.close();
    if (!database.open(file).ok())
        return {};
    Timing timing;
    QElapsedTimer timer;
    timer.start();
    if (!work())
        return {};
    timing.coldMs = timer.nsecsElapsed() / 1e6;
    std::vector<double> runs;
    for (int i = 0; i < 10; ++i) {
        timer.restart();
        work();
        runs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    timing.medianMs = runs[runs.size() / 2];
    return timing;
}

inline qint64 count(cd::Database &database, const char *sql)
{
    QSqlQuery query(database.sql());
    return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toLongLong() : -1;
}

/// The moment the year of requests ends (the demo's "today", 17:00 UTC).
inline QDateTime workflowEnd()
{
    return QDateTime(cd::DemoRunner::referenceDate(), QTime(17, 0), QTimeZone::utc());
}

/// CD_BENCH_DIR/workflow.sqlite, or the file in `fallbackFolder`.
inline QString workflowFile(const QString &fallbackFolder)
{
    return QDir(qEnvironmentVariable("CD_BENCH_DIR", fallbackFolder)).filePath(QStringLiteral("workflow.sqlite"));
}

/// Opens `file`, filling it unless `reuse` finds requests there already.
/// Prints what it wrote; returns false (having said why) when it could not.
inline bool openWorkflowDatabase(cd::Database &database, const QString &file, bool reuse, int requests,
                                 int households, const cd::Clock &clock)
{
    if (!reuse)
        QFile::remove(file);
    if (!database.open(file).ok()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(file));
        return false;
    }
    if (reuse && count(database, "SELECT count(*) FROM request") > 0)
        return true;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<cd::DemoStep>> steps;
    steps.push_back(std::make_unique<cd::RosterDemo>());
    cd::DemoOptions options;
    options.households = households;
    const cd::Result<cd::DemoSummary> roster = cd::DemoRunner::run(database, options, steps, {});
    if (!roster) {
        std::fprintf(stderr, "roster: %s\n", qPrintable(roster.message()));
        return false;
    }
    std::printf("roster: %d households, %d people in %.1f s\n", roster->dwellings, roster->people,
                timer.elapsed() / 1000.0);
    std::fflush(stdout);
    timer.restart();
    const cd::Status written = cd::addWorkflowDemo(database, 20261122, clock, requests);
    if (!written.ok()) {
        std::fprintf(stderr, "requests: %s\n", qPrintable(written.message()));
        return false;
    }
    const double seconds = timer.elapsed() / 1000.0;
    std::printf("requests written in %.1f s (%.0f requests/s)\n", seconds, requests / (seconds > 0.001 ? seconds : 0.001));
    return true;
}

} // namespace benchdata
