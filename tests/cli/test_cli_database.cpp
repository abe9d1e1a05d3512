#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using cd::test::ProcessResult;

namespace {

ProcessResult cli(const QStringList &arguments)
{
    return cd::test::runProgram(QStringLiteral(CD_CLI_PATH), arguments);
}

QJsonObject json(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

int nonEmptyLines(const QByteArray &text)
{
    int lines = 0;
    for (const QByteArray &line : text.split('\n'))
        lines += line.trimmed().isEmpty() ? 0 : 1;
    return lines;
}

} // namespace

TEST_CASE("cli: version, help and usage errors", "[cli]")
{
    const ProcessResult version = cli({QStringLiteral("version"), QStringLiteral("--json")});
    CHECK(version.exitCode == 0);
    CHECK(json(version).value(QStringLiteral("schema_version")).toInt() >= 1);

    const ProcessResult help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *command : {"init", "demo", "check", "backup", "restore", "version"})
        CHECK(help.out.contains(QByteArray("  ") + command));
    CHECK(help.out.count("e.g. communitydesk-cli") >= 6);

    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({QStringLiteral("backup")}).exitCode == 2);                       // missing FILE
    CHECK(cli({QStringLiteral("init"), QStringLiteral("--bogus")}).exitCode == 2); // unknown option
    CHECK(cli({QStringLiteral("--db")}).exitCode == 2);
}

TEST_CASE("cli: init, demo, check, backup and restore", "[cli]")
{
    cd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("c.sqlite"));
    const QString backup = dir.file(QStringLiteral("c-backup.sqlite"));

    // Global options may stand after the command.
    ProcessResult init = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
    REQUIRE(init.exitCode == 0);
    REQUIRE(QFile::exists(db));

    ProcessResult demo = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("demo"),
                              QStringLiteral("--households"), QStringLiteral("60"), QStringLiteral("--seed"),
                              QStringLiteral("3")});
    REQUIRE(demo.exitCode == 0);
    CHECK(json(demo).value(QStringLiteral("dwellings")).toInt() == 60);
    CHECK(json(demo).value(QStringLiteral("people")).toInt() > 60);

    // A second demo into the same database is refused with one line on stderr.
    ProcessResult again = cli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    CHECK(again.exitCode == 1);
    CHECK(nonEmptyLines(again.err) == 1);

    CHECK(cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("0"), QStringLiteral("--db"),
               dir.file(QStringLiteral("z.sqlite"))})
              .exitCode == 1);

    ProcessResult check = cli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    CHECK(check.exitCode == 0);
    CHECK(json(check).value(QStringLiteral("integrity")).toString() == QLatin1String("ok"));

    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), backup}).exitCode == 0);
    REQUIRE(QFile::exists(backup));
    ProcessResult restore = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
    CHECK(restore.exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("cli: refused input exits 1 with one line naming the problem", "[cli]")
{
    cd::test::TempDir dir;
    const QString junk = dir.file(QStringLiteral("junk.sqlite"));
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'j'));
    }
    ProcessResult check = cli({QStringLiteral("--db"), junk, QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(nonEmptyLines(check.err) == 1);
    CHECK(check.err.contains("not a CommunityDesk database"));

    const QString db = dir.file(QStringLiteral("ok.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    ProcessResult restore = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), junk});
    CHECK(restore.exitCode == 1);
    CHECK(nonEmptyLines(restore.err) == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("restore"), dir.file(QStringLiteral("missing.sqlite"))})
              .exitCode == 1);
}
