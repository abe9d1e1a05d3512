// Timings of the roster page on a large database (not run by default: tag [.bench]).
//
//   CD_ROSTER_BENCH_DB=/path/to/100k.sqlite ui_tests "[.bench]"
// Copy the database first if it matters: nothing is written, but the file is opened read-write.
#include "test_roster_fixture.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace cd;
using namespace cd::test;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

TEST_CASE("Roster page timings on a large database", "[.bench]")
{
    const QString path = qEnvironmentVariable("CD_ROSTER_BENCH_DB");
    if (path.isEmpty()) {
        WARN("set CD_ROSTER_BENCH_DB to a database file");
        return;
    }
    test::useTemporarySettings();
    AppSession session;
    RosterPage page(session);
    page.resize(1400, 800);
    QElapsedTimer t;
    t.start();
    REQUIRE(session.open(path).ok());
    const double openDb = ms(t);
    t.restart();
    page.show();
    settle();
    page.peopleTable()->viewport()->repaint();
    std::printf("open database %.0f ms; page shown with %d people in %.0f ms\n", openDb,
                page.peopleModel()->totalCount(), ms(t));

    // One "keystroke": the debounced query (count + the first page) and the repaint that reads it.
    RosterFilterBar *bar = page.filterBar();
    auto query = [&](const QString &text) {
        bar->searchEdit()->blockSignals(true);
        bar->searchEdit()->setText(text);
        bar->searchEdit()->blockSignals(false);
        QElapsedTimer k;
        k.start();
        emit bar->queryChanged();
        page.peopleTable()->viewport()->repaint();
        return ms(k);
    };
    const QString name = sqlValue(*const_cast<Database *>(&session.database()),
                                  QStringLiteral("SELECT name FROM person WHERE length(name) = 3 LIMIT 1 OFFSET 5000"))
                             .toString();
    const QStringList texts = {QStringLiteral("王"), name.left(2), name, QStringLiteral("z"), QStringLiteral("zs"),
                               QStringLiteral("zsf"), QStringLiteral("zhangsan"), QStringLiteral("1380"),
                               QStringLiteral("3-2-501"), QStringLiteral("3栋"), QString()};
    std::vector<double> all;
    for (const QString &text : texts) {
        std::vector<double> runs;
        for (int i = 0; i < 7; ++i)
            runs.push_back(query(text));
        all.push_back(median(runs));
        std::printf("  %-12s %7d rows  median %6.1f ms  worst %6.1f ms\n", qPrintable(text.isEmpty() ? QStringLiteral("(none)") : text),
                    page.peopleModel()->totalCount(), median(runs), *std::max_element(runs.begin(), runs.end()));
    }
    std::printf("keystroke median of medians %.1f ms, worst median %.1f ms\n", median(all),
                *std::max_element(all.begin(), all.end()));

    // Dragging the scroll bar: each position reads one or two pages.
    QScrollBar *bar2 = page.peopleTable()->verticalScrollBar();
    std::vector<double> scrolls;
    for (int step = 1; step <= 10; ++step) {
        QElapsedTimer k;
        k.start();
        bar2->setValue(bar2->maximum() * step / 10);
        page.peopleTable()->viewport()->repaint();
        scrolls.push_back(ms(k));
    }
    std::printf("scroll to 10%%..100%%: median %.1f ms, worst %.1f ms; pages in memory %d\n", median(scrolls),
                *std::max_element(scrolls.begin(), scrolls.end()), page.peopleModel()->loadedPages());

    // Expanding the largest estate and selecting its first building.
    QTreeView *tree = page.placeTree();
    t.restart();
    const QModelIndex estate = page.placeModel()->index(0, 0);
    tree->expand(estate);
    settle();
    const double expand = ms(t);
    t.restart();
    tree->selectionModel()->setCurrentIndex(page.placeModel()->index(0, 0, estate), QItemSelectionModel::ClearAndSelect);
    page.peopleTable()->viewport()->repaint();
    std::printf("expand estate %.1f ms; select building (%d people) %.1f ms\n", expand,
                page.peopleModel()->totalCount(), ms(t));
    CHECK(page.peopleModel()->loadedPages() <= PeopleTableModel::maxPages);
}
