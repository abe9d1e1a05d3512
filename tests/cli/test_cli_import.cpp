#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

cd::test::ProcessResult cli(const QStringList &arguments)
{
    return cd::test::runProgram(QStringLiteral(CD_CLI_PATH), arguments);
}

QJsonObject json(const cd::test::ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST_CASE("cli: import roster --dry-run and --json, errors workbook, refusal", "[cli][import]")
{
    cd::test::TempDir dir;
    QFile script(QStringLiteral(CD_TEST_DATA_DIR "/import/make_fixtures.py"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    REQUIRE(cd::test::runPython(QString::fromUtf8(script.readAll()), {dir.path()}).exitCode == 0);
    const QString db = dir.file(QStringLiteral("r.sqlite"));
    const QString roster = dir.file(QStringLiteral("roster.xlsx"));

    auto dry = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                    QStringLiteral("roster"), roster, QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    QJsonObject o = json(dry);
    CHECK(o.value(QStringLiteral("accepted")).toInt() == 3);
    CHECK(o.value(QStringLiteral("written")).toBool() == false);
    const QJsonArray rejected = o.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 4);
    CHECK(rejected.at(0).toObject().value(QStringLiteral("row")).toInt() == 5);
    CHECK(rejected.at(0).toObject().value(QStringLiteral("column")).toString() == QStringLiteral("公民身份号码"));
    CHECK(rejected.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("Excel")));

    // Nothing was written by the dry run: a real run creates all three.
    const QString errors = dir.file(QStringLiteral("errors.xlsx"));
    auto run = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                    QStringLiteral("roster"), roster, QStringLiteral("--errors"), errors});
    REQUIRE(run.exitCode == 0);
    o = json(run);
    CHECK(o.value(QStringLiteral("created")).toInt() == 3);
    CHECK(o.value(QStringLiteral("written")).toBool());
    CHECK(QFileInfo::exists(errors));

    // Again: skipped by default, updated with --update.
    auto again = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                      QStringLiteral("roster"), roster, QStringLiteral("--skip-existing")});
    REQUIRE(again.exitCode == 0);
    CHECK(json(again).value(QStringLiteral("skipped")).toInt() == 3);
    CHECK(json(again).value(QStringLiteral("written")).toBool() == false);
    auto update = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                       QStringLiteral("roster"), roster, QStringLiteral("--update")});
    REQUIRE(update.exitCode == 0);
    CHECK(json(update).value(QStringLiteral("updated")).toInt() == 3);

    // A file that is no workbook: exit 1 with the reason on stderr.
    auto refused = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("roster"),
                        dir.file(QStringLiteral("not_a_zip.xlsx"))});
    CHECK(refused.exitCode == 1);
    CHECK(QString::fromUtf8(refused.err).contains(QLatin1String("not an .xlsx workbook")));

    auto help = cli({QStringLiteral("--help")});
    CHECK(QString::fromUtf8(help.out).contains(QLatin1String("import roster FILE.xlsx|FILE.csv [--dry-run]")));
}
