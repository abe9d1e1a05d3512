// Generates a roster workbook (100,000 rows by default: 姓名, 性别, 身份证号, 出生日期, 联系电话, 小区,
// 楼栋, 单元, 门牌号, 面积, 与户主关系, 政治面貌, 民族, 是否业主, 备注; a merged title row above the
// header, as offices write it) with XlsxTableWriter, imports it into an empty database and prints
// rows/s end to end (parse, validate, write) and the peak resident memory.
// Usage: bench_import [rows] [keep-folder]
#include "db/database.h"
#include "io/xlsxtablewriter.h"
#include "roster/idnumber.h"
#include "roster/rosterimport.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

// Peak resident set in MB (VmHWM), where the system reports it.
double peakRssMb()
{
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
#endif
    return -1;
}

cd::TableSheet makeSheet(int rowCount)
{
    using Type = cd::TableColumn::Type;
    cd::TableSheet sheet;
    sheet.name = QStringLiteral("花名册");
    sheet.title = QStringLiteral("示例街道居民花名册");
    const char *headers[] = {"姓名", "性别", "身份证号", "出生日期", "联系电话", "小区", "楼栋", "单元",
                             "门牌号", "面积", "与户主关系", "政治面貌", "民族", "是否业主", "备注"};
    const Type types[] = {Type::Text, Type::Text, Type::Text, Type::Date, Type::Text, Type::Text, Type::Text,
                          Type::Text, Type::Text, Type::Decimal2, Type::Text, Type::Text, Type::Text, Type::Text,
                          Type::Text};
    for (int c = 0; c < 15; ++c)
        sheet.columns.append({QString::fromUtf8(headers[c]), types[c], 0.0});
    const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗");
    const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华");
    const QString relations[] = {QStringLiteral("户主"), QStringLiteral("配偶"), QStringLiteral("子女")};
    int next = 0;
    sheet.rowSource = [=](cd::TableRow &row) mutable {
        if (next >= rowCount)
            return false;
        const int i = next++;
        const int dwelling = i * 2 / 5; // 2.5 people per dwelling
        const int member = i - (dwelling * 5 + 1) / 2;
        const QDate birth = QDate(1940, 1, 1).addDays((i * 37) % 25000);
        const int sequence = i / 25000; // with the birth date: unique up to 12,500,000 rows
        const bool male = i % 2 == 0;
        const QString first17 = QStringLiteral("110105%1%2").arg(birth.toString(QStringLiteral("yyyyMMdd")))
                                    .arg(sequence * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
        const QString id = first17 + cd::idnumber::checkCharacter(first17);
        const QString name = QString(surnames.at(i % surnames.size())) + given.at((i / 7) % given.size())
                             + given.at((i / 131) % given.size());
        const int estate = dwelling / 25000;
        const int building = (dwelling / 200) % 125 + 1;
        const int unit = (dwelling / 50) % 4 + 1;
        const int room = (dwelling % 50) / 2 + 1 + ((dwelling % 2) ? 100 : 0);
        row = {name, male ? QStringLiteral("男") : QStringLiteral("女"), id, birth,
               QStringLiteral("13%1").arg(800000000 + i, 9, 10, QLatin1Char('0')),
               QStringLiteral("示例%1小区").arg(estate + 1), QStringLiteral("%1").arg(building),
               QStringLiteral("%1").arg(unit), QStringLiteral("%1").arg(room + 100),
               60.0 + (dwelling % 900) / 10.0, relations[qMin(member, 2)],
               i % 9 == 0 ? QStringLiteral("中共党员") : QStringLiteral("群众"), QStringLiteral("汉族"),
               member == 0 ? QStringLiteral("是") : QStringLiteral("否"), QString()};
        return true;
    };
    return sheet;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir temp;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();
    const QString xlsx = folder + QStringLiteral("/roster.xlsx");
    const QString dbPath = folder + QStringLiteral("/import.sqlite");
    QFile::remove(dbPath);

    QElapsedTimer timer;
    timer.start();
    if (cd::Status s = cd::XlsxTableWriter().write(xlsx, {makeSheet(rows)}); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    std::printf("generated %d rows in %.2f s (%.1f MB)\n", rows, timer.elapsed() / 1000.0,
                QFile(xlsx).size() / 1048576.0);

    cd::Database db;
    if (cd::Status s = db.open(dbPath); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    timer.restart();
    const std::clock_t cpuStart = std::clock();
    cd::RosterImport import(xlsx);
    if (cd::Status s = import.open(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    const cd::Result<cd::ImportSummary> done = import.run(db);
    const double seconds = timer.elapsed() / 1000.0;
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!done) {
        std::fprintf(stderr, "%s\n", qPrintable(done.message()));
        return 1;
    }
    QSqlQuery count(db.sql());
    count.exec(QStringLiteral("SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM dwelling), "
                              "(SELECT count(*) FROM import_batch_row)"));
    count.next();
    std::printf("imported %d rows (%d rejected) in %.2f s: %.0f rows/s end to end\n", done->accepted(),
                done->rejectedRows, seconds, done->accepted() / seconds);
    std::printf("process CPU time %.2f s (%.0f rows per CPU second; the machine may be shared)\n", cpu,
                done->accepted() / cpu);
    std::printf("database: %lld people, %lld dwellings, %lld batch rows\n", count.value(0).toLongLong(),
                count.value(1).toLongLong(), count.value(2).toLongLong());
    const cd::ImportTimings &t = done->timings;
    std::printf("phases (wall ms): begin %.0f, read %.0f, parse %.0f, write %.0f, finish %.0f, commit %.0f, "
                "analyze %.0f\n",
                t.begin, t.read, t.parse, t.write, t.finish, t.commit, t.analyze);
    std::printf("phases (CPU ms): row loop %.0f, finish %.0f, commit %.0f\n", t.loopCpu, t.finishCpu, t.commitCpu);
    const double peak = peakRssMb();
    if (peak >= 0)
        std::printf("peak RSS %.0f MB\n", peak);
    else
        std::printf("peak RSS not available on this system\n");
    return done->rejectedRows == 0 ? 0 : 1;
}
