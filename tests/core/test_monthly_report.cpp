#include "common/clock.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "meeting/meetingstore.h"
#include "report/monthlyreport.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "testsupport.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace cd;

TEST_CASE("the monthly report's figures are the engines' figures", "[report][monthly]")
{
    test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("m.sqlite"))).ok());
    DemoOptions options;
    options.households = 120;
    REQUIRE(DemoGenerator::generate(db, options).ok());
    ManualClock clock(QStringLiteral("2026-11-01T09:00:00"));

    const auto data = MonthlyReport::collect(db, 2026, 10, clock);
    REQUIRE(data.ok());
    const auto stats = WorkflowStats(db, clock).month(QStringLiteral("2026-10"));
    REQUIRE(stats.ok());
    CHECK(data->requests.total.requests == stats->total.requests);
    CHECK(data->requests.total.resolved == stats->total.resolved);
    CHECK(data->requests.total.satisfactionRate() == stats->total.satisfactionRate());
    CHECK(data->requests.total.onTimeRate() == stats->total.onTimeRate());
    const auto summary = RosterSummary::load(db);
    CHECK(data->roster.people == summary->people);
    CHECK(data->roster.households == summary->households);
    int october = 0;
    const auto meetings = MeetingStore::list(db, 2026); // kept: a loop over *temporary would dangle
    REQUIRE(meetings.ok());
    for (const MeetingSummary &m : *meetings)
        october += m.startsAt.date().month() == 10 ? 1 : 0;
    CHECK(data->meetings.size() == october);
    CHECK(data->openResolutions.size()
          == MeetingStore::openResolutions(db, QDateTime(QDate(2026, 11, 1), QTime(0, 0)))->size());
    CHECK_FALSE(data->censusKpis.isEmpty());

    auto report = MonthlyReport::build(*data);
    const QString pdf = dir.file(QStringLiteral("report.pdf"));
    REQUIRE(ReportWriter::write(*report, pdf).ok());
    const auto text = test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    const QString plain = QString::fromUtf8(text.out).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(plain.contains(QString::number(data->roster.residents)));
    CHECK(plain.contains(MonthlyReport::percent(stats->total.satisfactionRate())));
    CHECK(ReportWriter::write(*report, dir.file(QStringLiteral("report.odt"))).ok());
}
