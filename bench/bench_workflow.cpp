// 五单 at volume: a demo roster plus N requests with their full histories (default 50,000,
// written through WorkflowEngine like every other request), then
//   - the board as it opens: counts per stage + the first page (50) of every queue,
//   - the monthly statistics of a month in the middle of the year,
//   - the joint-meeting list, a 12-month trend and one request with its timeline.
// Each query is timed on a freshly opened connection (SQLite's page cache empty) and then as
// the median of 10 repeats. Targets: board ≤ 300 ms, monthly statistics ≤ 200 ms.
// Usage: bench_workflow [--reuse] [requests] [households]    (default: 50000 20000)
//   CD_BENCH_DIR=dir keeps the database file in dir; --reuse measures the file left there
//   by an earlier run instead of generating a new one
#include "common/clock.h"
#include "workflowbenchdatabase.h"
#include "db/database.h"
#include "demo/demorunner.h"
#include "demo/rosterdemo.h"
#include "demo/workflowdemo.h"
#include "workflow/workflowboard.h"
#include "workflow/workflowengine.h"
#include "workflow/workflowstats.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using benchdata::count;
using benchdata::measure;
using benchdata::Timing;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool reuse = arguments.removeAll(QStringLiteral("--reuse")) > 0;
    const int requests = arguments.size() > 0 ? arguments.at(0).toInt() : 50000;
    const int households = arguments.size() > 1 ? arguments.at(1).toInt() : 20000;

    QTemporaryDir dir;
    const QString file = benchdata::workflowFile(dir.path());
    // The year of requests ends on the demo's "today"; the board is looked at an hour later.
    const QDateTime end = benchdata::workflowEnd();
    cd::ManualClock clock(end);
    cd::Database database;
    if (!benchdata::openWorkflowDatabase(database, file, reuse, requests, households, clock))
        return 1;
    std::printf("requests: %lld requests, %lld timeline entries\n", count(database, "SELECT count(*) FROM request"),
                count(database, "SELECT count(*) FROM request_event"));
    std::fflush(stdout);
    clock.advanceMinutes(60);

    const QString month = end.date().addMonths(-6).toString(QStringLiteral("yyyy-MM"));
    int firstPages = 0;
    qint64 monthRequests = 0;
    const Timing board = measure(database, file, [&] {
        const cd::Result<cd::BoardSnapshot> snapshot = cd::WorkflowBoard(database, clock).snapshot({}, 50);
        firstPages = 0;
        for (const cd::BoardQueue &queue : snapshot->queues)
            firstPages += int(queue.firstPage.size());
        return snapshot.ok();
    });
    const Timing stats = measure(database, file, [&] {
        const cd::Result<cd::MonthlyStats> result = cd::WorkflowStats(database, clock).month(month);
        monthRequests = result ? result->total.requests : -1;
        return result.ok();
    });
    const Timing meeting = measure(database, file, [&] { return cd::WorkflowStats(database, clock).meetingCandidates().ok(); });
    const Timing trend = measure(database, file, [&] {
        return cd::WorkflowStats(database, clock).trend(end.date().addMonths(-11), end.date()).ok();
    });
    const qint64 someId = count(database, "SELECT id FROM request ORDER BY reopen_count DESC, id LIMIT 1");
    const Timing detail = measure(database, file, [&] {
        cd::WorkflowEngine engine(database, clock);
        return engine.request(someId).ok() && engine.timeline(someId).ok();
    });

    auto line = [](const char *what, const Timing &t, double target) {
        std::printf("%-44s cold %8.1f ms   median %8.1f ms%s\n", what, t.coldMs, t.medianMs,
                    target <= 0 ? "" : (std::max(t.coldMs, t.medianMs) <= target ? "   (target met)" : "   (TARGET MISSED)"));
    };
    std::printf("board rows on first pages: %d; month %s has %lld requests\n", firstPages, qPrintable(month), monthRequests);
    line("board: counts per stage + first pages (300)", board, 300);
    line("monthly statistics (200)", stats, 200);
    line("joint-meeting list", meeting, 0);
    line("12-month trend", trend, 0);
    line("one request with its timeline", detail, 0);
    const bool met = board.coldMs >= 0 && std::max(board.coldMs, board.medianMs) <= 300 && stats.coldMs >= 0
                     && std::max(stats.coldMs, stats.medianMs) <= 200;
    return met ? 0 : 2;
}
