// Generates a 100,000-row x 15-column workbook with libxlsxwriter (through
// XlsxTableWriter) twice — inline strings (constant-memory mode) and a shared-string
// table as Excel writes it — then times XlsxReader on each.
// Prints wall time and process CPU time (the machine may be shared).
// Usage: bench_xlsx_read [rows] [repeats] | bench_xlsx_read FILE.xlsx [repeats] [keep-folder]
#include "io/csvreader.h"
#include "io/csvtablewriter.h"
#include "io/xlsxreader.h"
#include "io/xlsxtablewriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

cd::TableSheet makeSheet(int rowCount)
{
    using Type = cd::TableColumn::Type;
    cd::TableSheet sheet;
    sheet.name = QStringLiteral("居民");
    const Type types[15] = {Type::Integer, Type::Text, Type::Text, Type::Text, Type::Date, Type::Text, Type::Text,
                            Type::Text, Type::Integer, Type::Decimal2, Type::Percent, Type::Text, Type::Date,
                            Type::Text, Type::Text};
    for (int c = 0; c < 15; ++c)
        sheet.columns.append({QStringLiteral("列%1").arg(c + 1), types[c], 0.0});
    int next = 0;
    const QDate base(1950, 1, 1);
    sheet.rowSource = [next, rowCount, base](cd::TableRow &row) mutable {
        if (next >= rowCount)
            return false;
        const int i = next++;
        row = {i + 1, QStringLiteral("王%1").arg(i % 997),
               QStringLiteral("1101051949%1").arg(i % 100000000, 8, 10, QLatin1Char('0')),
               QStringLiteral("138%1").arg(i % 100000000, 8, 10, QLatin1Char('0')), base.addDays(i % 20000),
               QStringLiteral("%1号楼").arg(i % 40 + 1), QStringLiteral("%1单元").arg(i % 6 + 1),
               QStringLiteral("%1室").arg(i % 3000 + 101), i % 5, (i % 20000) / 100.0, (i % 100) / 100.0,
               i % 7 == 0 ? QStringLiteral("党员") : QStringLiteral("群众"), base.addDays(i % 25000),
               QStringLiteral("备注 %1").arg(i), QStringLiteral("%1").arg(i * 7)};
        return true;
    };
    return sheet;
}

struct Counts
{
    qint64 rows = 0;
    qint64 cells = 0;
    qint64 dates = 0;
};

bool timeXlsx(const QString &label, const QString &path, int repeats)
{
    qint64 best = -1;
    double bestCpu = -1;
    Counts counts;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        cd::XlsxReader reader;
        cd::Status status = reader.open(path);
        Counts c;
        if (status)
            status = reader.readSheet(0, [&c](int, const QVector<cd::SheetCell> &cells) {
                ++c.rows;
                for (const cd::SheetCell &cell : cells) {
                    c.cells += cell.isEmpty() ? 0 : 1;
                    c.dates += cell.isDate ? 1 : 0;
                }
                return true;
            });
        const qint64 ms = timer.elapsed();
        const double cpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
        if (!status) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(status.message()));
            return false;
        }
        if (best < 0 || ms < best)
            best = ms;
        if (bestCpu < 0 || cpuMs < bestCpu)
            bestCpu = cpuMs;
        counts = c;
    }
    std::printf("xlsx read (%s): %lld rows, %lld cells, %lld dates in %lld ms (cpu %.0f ms; best of %d; "
                "file %.1f MB)\n",
                qPrintable(label), counts.rows, counts.cells, counts.dates, best, bestCpu, repeats,
                QFileInfo(path).size() / 1e6);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return timeXlsx(QFileInfo(first).fileName(), first, argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3)
            ? 0
            : 1;
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int repeats = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;
    QTemporaryDir temp;
    if (argc > 3) // keep the generated files for profiling
        temp.setAutoRemove(false);

    const QString inlinePath = temp.filePath(QStringLiteral("inline.xlsx"));
    const QString sharedPath = temp.filePath(QStringLiteral("shared.xlsx"));
    const QString csvPath = temp.filePath(QStringLiteral("table.csv"));
    cd::XlsxTableWriter streaming;
    cd::XlsxTableWriter inMemory;
    inMemory.setConstantMemory(false);
    for (auto [writer, path] : {std::pair{&streaming, inlinePath}, std::pair{&inMemory, sharedPath}}) {
        const cd::Status s = writer->write(path, {makeSheet(rows)});
        if (!s) {
            std::fprintf(stderr, "generate: %s\n", qPrintable(s.message()));
            return 1;
        }
    }
    if (!timeXlsx(QStringLiteral("inline strings"), inlinePath, repeats)
        || !timeXlsx(QStringLiteral("shared strings"), sharedPath, repeats))
        return 1;

    if (const cd::Status s = cd::CsvTableWriter().write(csvPath, makeSheet(rows)); !s)
        return 1;
    QElapsedTimer timer;
    timer.start();
    cd::CsvReader csv;
    qint64 csvRows = 0;
    cd::Status status = csv.open(csvPath);
    if (status)
        status = csv.readRows([&csvRows](int, const QVector<cd::SheetCell> &) { return ++csvRows, true; });
    std::printf("csv read: %lld rows in %lld ms (%s)\n", csvRows, timer.elapsed(),
                qPrintable(cd::CsvReader::encodingName(csv.encoding())));
    return status ? 0 : 1;
}
