// What the 五单 page runs, at volume (default 50,000 requests with their histories; the same
// database as bench_workflow, which measures the unfiltered board and statistics alone):
//   - opening the page: filter choices (categories, handlers, estates) + the board snapshot
//     (counts per stage + first page of every queue) — target ≤ 300 ms,
//   - the board under each filter (category, severity, handler, estate, overdue only, text),
//   - scrolling a long queue (fetchMore: pages at offsets 50 and 5,000),
//   - a request in the detail pane (request, timeline, photos),
//   - the dashboard: monthly statistics (target ≤ 200 ms) and the 12-month trend,
//   - printing: the monthly 五单 report (collect + layout) and a request slip.
// Each is timed on a freshly opened connection (cold) and as the median of 10 repeats.
// Usage: bench_workflow_board [--reuse] [requests] [households]    (default: 50000 20000)
//   CD_BENCH_DIR=dir keeps workflow.sqlite there; --reuse measures the file left by an earlier
//   run of this program or of bench_workflow.
#include "common/clock.h"
#include "workflowbenchdatabase.h"
#include "db/database.h"
#include "demo/demorunner.h"
#include "demo/rosterdemo.h"
#include "demo/workflowdemo.h"
#include "report/reportdocument.h"
#include "roster/rosterrepository.h"
#include "workflow/categorystore.h"
#include "workflow/handlerstore.h"
#include "workflow/requestphotos.h"
#include "workflow/requestslip.h"
#include "workflow/requestsmonthreport.h"
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

namespace {

bool boardWith(cd::Database &database, const cd::Clock &clock, const cd::RequestFilter &filter, int *rows)
{
    const cd::Result<cd::BoardSnapshot> board = cd::WorkflowBoard(database, clock).snapshot(filter, 50);
    if (!board)
        return false;
    *rows = 0;
    for (const cd::BoardQueue &queue : board->queues)
        *rows += queue.count;
    return true;
}

} // namespace

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
    std::printf("requests: %lld requests, %lld timeline entries, %lld people\n",
                count(database, "SELECT count(*) FROM request"), count(database, "SELECT count(*) FROM request_event"),
                count(database, "SELECT count(*) FROM person"));
    clock.advanceMinutes(60);

    const qint64 category = count(database, "SELECT category_id FROM request GROUP BY category_id ORDER BY count(*) DESC LIMIT 1");
    const qint64 handler = count(database, "SELECT handler_id FROM request WHERE handler_id IS NOT NULL GROUP BY handler_id "
                                           "ORDER BY count(*) DESC LIMIT 1");
    const qint64 estate = count(database, "SELECT estate_id FROM request WHERE estate_id IS NOT NULL GROUP BY estate_id "
                                          "ORDER BY count(*) DESC LIMIT 1");
    const qint64 someId = count(database, "SELECT id FROM request ORDER BY reopen_count DESC, id LIMIT 1");
    const QString month = end.date().addMonths(-6).toString(QStringLiteral("yyyy-MM"));

    struct Line
    {
        const char *what;
        Timing timing;
        double target;
        QString note;
    };
    std::vector<Line> lines;
    int rows = 0;

    lines.push_back({"page opens: choices + board snapshot", measure(database, file, [&] {
        bool ok = cd::CategoryStore(database).list().ok() && cd::HandlerStore(database).list().ok()
               && cd::RosterRepository(database).estates().ok();
        return ok && boardWith(database, clock, {}, &rows);
    }), 300, QStringLiteral("%1 requests on the board").arg(rows)});

    auto filtered = [&](const char *what, const std::function<void(cd::RequestFilter &)> &set) {
        cd::RequestFilter filter;
        set(filter);
        const Timing t = measure(database, file, [&] { return boardWith(database, clock, filter, &rows); });
        lines.push_back({what, t, 300, QStringLiteral("%1 requests").arg(rows)});
    };
    filtered("board, category filter", [&](cd::RequestFilter &f) { f.categoryId = category; });
    filtered("board, severity major", [&](cd::RequestFilter &f) { f.severity = cd::Severity::Major; });
    filtered("board, handler filter", [&](cd::RequestFilter &f) { f.handlerId = handler; });
    filtered("board, estate filter", [&](cd::RequestFilter &f) { f.estateId = estate; });
    filtered("board, overdue only", [&](cd::RequestFilter &f) { f.overdueOnly = true; });
    filtered("board, text search", [&](cd::RequestFilter &f) { f.text = QStringLiteral("漏水"); });

    for (int offset : {50, 5000}) {
        const Timing t = measure(database, file, [&] {
            const auto page = cd::WorkflowBoard(database, clock).page(cd::RequestState::Closed, {}, offset, 50);
            return page.ok();
        });
        lines.push_back({offset == 50 ? "scroll closed queue: page at 50" : "scroll closed queue: page at 5000", t, 0, {}});
    }
    lines.push_back({"detail pane: request + timeline + photos", measure(database, file, [&] {
        cd::WorkflowEngine engine(database, clock);
        return engine.request(someId).ok() && engine.timeline(someId).ok()
            && cd::RequestPhotos(database, clock).list(someId).ok();
    }), 0, {}});
    lines.push_back({"dashboard: monthly statistics", measure(database, file, [&] {
        return cd::WorkflowStats(database, clock).month(month).ok();
    }), 200, month});
    lines.push_back({"dashboard: 12-month trend", measure(database, file, [&] {
        const QDate first = cd::WorkflowStats::parseMonth(month);
        return cd::WorkflowStats(database, clock).trend(first.addMonths(-11), first).ok();
    }), 0, {}});
    int pages = 0;
    lines.push_back({"monthly 五单 report: collect + layout", measure(database, file, [&] {
        auto report = cd::RequestsMonthReport::reportFor(database, month, clock);
        pages = report ? report.value()->pageCount() : -1;
        return report.ok();
    }), 0, {}});
    lines.back().note = QStringLiteral("%1 pages").arg(pages);
    lines.push_back({"request slip: load + layout", measure(database, file, [&] {
        auto slip = cd::RequestSlip::slipFor(database, someId, clock);
        return slip.ok() && slip.value()->pageCount() == 1;
    }), 0, {}});

    bool met = true;
    for (const Line &l : lines) {
        const double worst = std::max(l.timing.coldMs, l.timing.medianMs);
        const bool ok = l.timing.coldMs >= 0 && (l.target <= 0 || worst <= l.target);
        met = met && ok;
        std::printf("%-44s cold %8.1f ms   median %8.1f ms%s  %s\n", l.what, l.timing.coldMs, l.timing.medianMs,
                    l.target <= 0 ? (l.timing.coldMs < 0 ? "   (FAILED)" : "") : (ok ? "   (target met)" : "   (TARGET MISSED)"),
                    qPrintable(l.note));
    }
    return met ? 0 : 2;
}
