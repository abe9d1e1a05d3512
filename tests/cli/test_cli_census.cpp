// The census on the command line: `census stats --json` carries the keys docs/census-stats.md
// names, with figures that add up; `export census` writes a workbook openpyxl reads.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

cd::test::ProcessResult cli(const QStringList &arguments)
{
    return cd::test::runProgram(QStringLiteral(CD_CLI_PATH), arguments);
}

} // namespace

TEST_CASE("cli: census stats --json keys and the exported census workbook", "[cli][party]")
{
    cd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("census.sqlite"));
    auto demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("150")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    auto stats = cli({QStringLiteral("--db"), db, QStringLiteral("census"), QStringLiteral("stats"), QStringLiteral("--json")});
    INFO(stats.err.toStdString());
    REQUIRE(stats.exitCode == 0);
    const QJsonObject s = QJsonDocument::fromJson(stats.out).object();
    for (const char *key : {"year", "cutoff", "as_of", "community", "source", "round", "targets", "members",
                            "organisations", "property_companies", "owners_committees", "cross_appointments", "kpis",
                            "comparison"})
        CHECK(s.contains(QLatin1String(key)));
    const QJsonObject members = s.value(QStringLiteral("members")).toObject();
    const int total = members.value(QStringLiteral("total")).toInt();
    CHECK(total > 0);
    CHECK(members.value(QStringLiteral("full")).toInt() + members.value(QStringLiteral("probationary")).toInt() == total);
    int banded = members.value(QStringLiteral("age_unknown")).toInt();
    const QJsonArray bands = members.value(QStringLiteral("age_bands")).toArray();
    REQUIRE(bands.size() == 8);
    CHECK(bands.first().toObject().value(QStringLiteral("key")).toString() == QStringLiteral("le30"));
    for (const QJsonValue &b : bands)
        banded += b.toObject().value(QStringLiteral("count")).toInt();
    CHECK(banded == total);
    const QJsonObject companies = s.value(QStringLiteral("property_companies")).toObject();
    const QJsonObject formation = companies.value(QStringLiteral("formation_rate")).toObject();
    CHECK(formation.contains(QStringLiteral("numerator")));
    CHECK(formation.value(QStringLiteral("denominator")).toInt() == companies.value(QStringLiteral("with_party_members")).toInt());
    CHECK(s.value(QStringLiteral("targets")).toObject().value(QStringLiteral("formation_percent")).toInt() == 70);
    const QJsonArray kpis = s.value(QStringLiteral("kpis")).toArray();
    REQUIRE_FALSE(kpis.isEmpty());
    for (const QJsonValue &k : kpis) {
        const QJsonObject o = k.toObject();
        CHECK_FALSE(o.value(QStringLiteral("key")).toString().isEmpty());
        CHECK(o.value(QStringLiteral("list")).toString().contains(QLatin1Char('/')));
        // A missed target always says what is missing.
        CHECK(o.value(QStringLiteral("met")).toBool() == o.value(QStringLiteral("gap")).isNull());
    }
    // The demo holds last year's round: this year is compared with it.
    CHECK(s.value(QStringLiteral("comparison")).toObject().contains(QStringLiteral("lines")));

    const QString xlsx = dir.file(QStringLiteral("census.xlsx"));
    auto exported = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("census"), xlsx});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const auto read = cd::test::runPython(QStringLiteral(R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("|".join(wb.sheetnames))
ws = wb["党员花名册"]
rows = [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]
ids = [str(v) for r in rows for v in r if isinstance(v, str) and len(v) == 18 and v[:6].isdigit()]
print(len(ids), sum(1 for v in ids if "*" in v))
)"), {xlsx});
    INFO(read.err.toStdString());
    REQUIRE(read.exitCode == 0);
    const QStringList lines = QString::fromUtf8(read.out).split(QLatin1Char('\n'));
    CHECK(lines.value(0) == QStringLiteral("汇总表|党员花名册|党组织情况|物业企业党建情况|业委会情况|交叉任职"));
    // Every ID number on the roster sheet is masked by default.
    const QStringList idCounts = lines.value(1).split(QLatin1Char(' '));
    REQUIRE(idCounts.size() == 2);
    CHECK(idCounts[0].toInt() > 0);
    CHECK(idCounts[0] == idCounts[1]);
}
