#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

cd::test::ProcessResult cli(const QStringList &arguments)
{
    return cd::test::runProgram(QStringLiteral(CD_CLI_PATH), arguments);
}

// Reads the .xlsx with openpyxl: row count, header, and the ID column's type and values.
const char *readWorkbook = R"(
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
rows = list(ws.iter_rows(values_only=True))
header = rows[0]
col = header.index(sys.argv[2])
ids = [r[col] for r in rows[1:]]
print(len(rows) - 1)
print(all(isinstance(v, str) for v in ids if v is not None))
print(sum(1 for v in ids if v and '*' in v))
print(ws.freeze_panes, ws.auto_filter.ref is not None)
)";

} // namespace

TEST_CASE("cli: export and print the roster, masked by default", "[cli][roster]")
{
    cd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("r.sqlite"));
    auto demo = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("demo"),
                     QStringLiteral("--households"), QStringLiteral("40")});
    REQUIRE(demo.exitCode == 0);
    const int people = QJsonDocument::fromJson(demo.out).object().value(QStringLiteral("people")).toInt();
    REQUIRE(people > 40);

    const QString masked = dir.file(QStringLiteral("masked.xlsx"));
    auto exported = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("export"),
                         QStringLiteral("roster"), masked});
    REQUIRE(exported.exitCode == 0);
    const int written = QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("people")).toInt();
    CHECK(written == people);

    auto read = cd::test::runPython(QString::fromLatin1(readWorkbook), {masked, QStringLiteral("ID number")});
    REQUIRE(read.exitCode == 0);
    QStringList lines = QString::fromUtf8(read.out).split(QLatin1Char('\n'));
    CHECK(lines.at(0).toInt() == people);
    CHECK(lines.at(1) == QLatin1String("True"));   // ID numbers are text cells
    CHECK(lines.at(2).toInt() == people);         // every one masked
    CHECK(lines.at(3).startsWith(QLatin1String("A2 True")));

    const QString full = dir.file(QStringLiteral("full.xlsx"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roster"), full,
                 QStringLiteral("--unmasked")})
                .exitCode == 0);
    read = cd::test::runPython(QString::fromLatin1(readWorkbook), {full, QStringLiteral("ID number")});
    lines = QString::fromUtf8(read.out).split(QLatin1Char('\n'));
    CHECK(lines.at(2).toInt() == 0); // nothing masked

    const QString csv = dir.file(QStringLiteral("r.csv"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roster"), csv}).exitCode == 0);
    const QByteArray bytes = cd::test::readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == people + 1);

    const QString gbk = dir.file(QStringLiteral("r-gb.csv"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roster"), gbk,
                 QStringLiteral("--gb18030")})
                .exitCode == 0);
    auto decoded = cd::test::runPython(QStringLiteral("import sys; print(len(open(sys.argv[1], encoding='gb18030').read().splitlines()))"),
                                       {gbk});
    CHECK(decoded.out.trimmed().toInt() == people + 1);

    const QString pdf = dir.file(QStringLiteral("r.pdf"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("roster"), pdf}).exitCode == 0);
    const auto text = cd::test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QString pdfText = QString::fromUtf8(text.out);
    CHECK(pdfText.contains(QStringLiteral("共")));
    CHECK(pdfText.contains(QStringLiteral("********")));

    // Refusals: an unknown estate, an unknown file type.
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roster"), masked,
               QStringLiteral("--estate"), QStringLiteral("没有的小区")})
              .exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roster"),
               dir.file(QStringLiteral("r.doc"))})
              .exitCode == 1);
}
