// The 报表统计 page on real widgets: the month's figures are gathered off the GUI thread and
// equal the engines' figures; another month reloads; the exported report carries the page's
// Qt Charts and the figures.
#include "uitestsupport.h"

#include "common/clock.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "meeting/meetingstore.h"
#include "overview/overviewpage.h"
#include "reports/reportspage.h"
#include "session/appsession.h"
#include "widgets/statcard.h"
#include "workflow/workflowstats.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace cd;

namespace {

bool waitForFigures(ReportsPage &page)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!page.isLoading() && page.figures())
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("reports page: the month's figures, another month, the exported report", "[ui][reports]")
{
    test::useTemporarySettings();
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("reports.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        DemoOptions options;
        options.households = 150;
        REQUIRE(DemoGenerator::generate(db, options).ok());
    }

    AppSession session;
    ReportsPage page(session);
    REQUIRE(session.open(path).ok());
    page.resize(1300, 900);
    QSignalSpy shown(&page, &ReportsPage::figuresShown);
    page.show();
    REQUIRE(waitForFigures(page));
    REQUIRE(shown.count() >= 1);

    // The month before the current one: the demo has a year of requests behind today.
    const QDate today = SystemClock().now().date();
    const QDate last = QDate(today.year(), today.month(), 1).addMonths(-1);
    page.monthBox()->setCurrentIndex(page.monthBox()->findData(last));
    CHECK(page.isLoading()); // gathered on a worker thread
    REQUIRE(waitForFigures(page));
    REQUIRE(page.figures()->month == last.month());

    SystemClock clock;
    const Result<MonthlyStats> stats = WorkflowStats(session.database(), clock).month(last.toString(QStringLiteral("yyyy-MM")));
    REQUIRE(stats.ok());
    REQUIRE(stats->total.requests > 0);
    CHECK(page.card(ReportsPage::Figure::Requests)->value() == QLocale().toString(stats->total.requests));
    CHECK(page.card(ReportsPage::Figure::Satisfaction)->value() == MonthlyReport::percent(stats->total.satisfactionRate()));
    CHECK(page.card(ReportsPage::Figure::OnTime)->value() == MonthlyReport::percent(stats->total.onTimeRate()));

    const QString pdf = dir.file(QStringLiteral("monthly.pdf"));
    REQUIRE(page.exportTo(pdf).ok());
    const test::ProcessResult text = test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString plain = QString::fromUtf8(text.out).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(plain.contains(MonthlyReport::percent(stats->total.satisfactionRate())));
    // The two charts are the page's Qt Charts, rendered as images into the document.
    const test::ProcessResult images = test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(QString::fromUtf8(images.out).count(QStringLiteral(" image ")) >= 2);
    REQUIRE(page.exportTo(dir.file(QStringLiteral("monthly.odt"))).ok());

    session.close();
    CHECK(page.figures() == nullptr);
}

TEST_CASE("overview: the reminder of this month's joint meeting follows the meetings held", "[ui][reports]")
{
    test::useTemporarySettings();
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("overview.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        DemoOptions options;
        options.households = 40;
        REQUIRE(DemoGenerator::generate(db, options).ok());
    }
    AppSession session;
    OverviewPage page(session);
    REQUIRE(session.open(path).ok());
    page.show();
    QCoreApplication::processEvents();

    const QDateTime now = SystemClock().now();
    const auto dueNow = [&] {
        const auto months = MeetingStore::compliance(session.database(), now.date().year(), now.date());
        REQUIRE(months.ok());
        return months->at(now.date().month() - 1).state == MonthCompliance::Due;
    };
    CHECK(page.meetingReminder()->isVisible() == dueNow());

    // Without a meeting this month the reminder shows.
    const auto meetings = MeetingStore::list(session.database(), now.date().year());
    REQUIRE(meetings.ok());
    for (const MeetingSummary &m : *meetings)
        if (m.startsAt.date().month() == now.date().month())
            REQUIRE(MeetingStore::remove(session.database(), m.id).ok());
    session.notifyDataChanged();
    QCoreApplication::processEvents();
    REQUIRE(dueNow());
    CHECK(page.meetingReminder()->isVisible());

    // A joint meeting today settles the month: the reminder goes once the page reloads.
    Meeting meeting;
    meeting.kind = MeetingKind::Joint;
    meeting.title = QStringLiteral("党建联席会议");
    meeting.startsAt = QDateTime(now.date(), QTime(0, 0));
    meeting.place = QStringLiteral("社区党群服务中心");
    REQUIRE(MeetingStore::add(session.database(), meeting).ok());
    session.notifyDataChanged();
    QCoreApplication::processEvents();
    CHECK_FALSE(dueNow());
    CHECK_FALSE(page.meetingReminder()->isVisible());
}
