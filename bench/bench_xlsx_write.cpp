// Times XlsxTableWriter on 100,000 rows x 15 columns (constant-memory mode), and the
// CSV writer on the same table. Prints wall time and process CPU time (the machine may
// be shared). Usage: bench_xlsx_write [rows] [output-folder]
#include "io/csvtablewriter.h"
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
    sheet.title = QStringLiteral("居民名单");
    sheet.subtitle = QStringLiteral("填报单位：示范社区    日期：2024年3月5日");
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
        row = {i + 1,
               QStringLiteral("王%1").arg(i % 997),
               QStringLiteral("1101051949%1").arg(i % 100000000, 8, 10, QLatin1Char('0')),
               QStringLiteral("138%1").arg(i % 100000000, 8, 10, QLatin1Char('0')),
               base.addDays(i % 20000),
               QStringLiteral("%1号楼").arg(i % 40 + 1),
               QStringLiteral("%1单元").arg(i % 6 + 1),
               QStringLiteral("%1室").arg(i % 3000 + 101),
               i % 5,
               (i % 20000) / 100.0,
               (i % 100) / 100.0,
               i % 7 == 0 ? QStringLiteral("党员") : QString(),
               base.addDays(i % 25000),
               QStringLiteral("备注 %1").arg(i),
               QStringLiteral("=SUM(A1:A%1)").arg(i % 10)};
        return true;
    };
    return sheet;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir temp;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();

    const cd::TableSheet sheet = makeSheet(rows);
    const QString xlsxPath = folder + QStringLiteral("/bench_write.xlsx");
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    const cd::Status xlsx = cd::XlsxTableWriter().write(xlsxPath, {sheet});
    const qint64 xlsxMs = timer.elapsed();
    const double xlsxCpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
    if (!xlsx) {
        std::fprintf(stderr, "xlsx: %s\n", qPrintable(xlsx.message()));
        return 1;
    }
    std::printf("xlsx write: %d rows x 15 columns in %lld ms (cpu %.0f ms; %.1f MB)\n", rows, xlsxMs, xlsxCpuMs,
                QFileInfo(xlsxPath).size() / 1e6);

    const cd::TableSheet again = makeSheet(rows);
    const QString csvPath = folder + QStringLiteral("/bench_write.csv");
    timer.restart();
    cpu = std::clock();
    const cd::Status csv = cd::CsvTableWriter().write(csvPath, again);
    const qint64 csvMs = timer.elapsed();
    const double csvCpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
    if (!csv) {
        std::fprintf(stderr, "csv: %s\n", qPrintable(csv.message()));
        return 1;
    }
    std::printf("csv write:  %d rows x 15 columns in %lld ms (cpu %.0f ms; %.1f MB)\n", rows, csvMs, csvCpuMs,
                QFileInfo(csvPath).size() / 1e6);
    return 0;
}
