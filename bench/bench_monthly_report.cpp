// The monthly work report on an existing database (e.g. a 100,000-household demo):
// time to collect the figures, to lay out the document and to write the PDF.
//   bench_monthly_report DATABASE YYYY-MM [OUT.pdf]
#include "common/clock.h"
#include "db/database.h"
#include "report/monthlyreport.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_monthly_report DATABASE YYYY-MM [OUT.pdf]\n");
        return 2;
    }
    cd::Database db;
    if (const cd::Status opened = db.open(args.at(1)); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    const QDate month = QDate::fromString(args.at(2) + QStringLiteral("-01"), Qt::ISODate);
    const QString out = args.size() > 3 ? args.at(3) : QDir::temp().filePath(QStringLiteral("bench-monthly-report.pdf"));
    cd::SystemClock clock;

    QElapsedTimer timer;
    timer.start();
    const auto data = cd::MonthlyReport::collect(db, month.year(), month.month(), clock);
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.message()));
        return 1;
    }
    const qint64 collected = timer.restart();
    const auto report = cd::MonthlyReport::build(*data);
    const qint64 built = timer.restart();
    const int pages = report->pageCount();
    const qint64 laidOut = timer.restart();
    if (const cd::Status written = cd::ReportWriter::write(*report, out); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.message()));
        return 1;
    }
    const qint64 wrote = timer.elapsed();
    std::printf("collect %lld ms, build %lld ms, layout %lld ms (%d pages), write PDF %lld ms\n", collected, built,
                laidOut, pages, wrote);
    return 0;
}
