#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

cd::test::ProcessResult cli(const QStringList &arguments)
{
    return cd::test::runProgram(QStringLiteral(CD_CLI_PATH), arguments);
}

QString writeJson(const QString &path, const QByteArray &json)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    return path;
}

} // namespace

TEST_CASE("cli: meetings add, list, compliance, resolve and print", "[cli][meeting]")
{
    cd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("m.sqlite"));
    const QString first = writeJson(dir.file(QStringLiteral("a.json")), R"({
        "kind": "joint", "starts_at": "2026-09-10T14:30:00", "place": "社区会议室", "host": "王建国", "recorder": "李晓梅",
        "attendees": [{"party": "party_committee", "name": "王建国", "post": "书记"},
                      {"party": "property", "organisation": "安居物业", "name": "周强", "status": "present"}],
        "agenda": ["楼道杂物"],
        "resolutions": [{"text": "清理楼道杂物", "responsible": "安居物业", "deadline": "2026-09-30"}]})");
    auto added = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("meeting"), QStringLiteral("add"),
                      QStringLiteral("--json-file"), first});
    REQUIRE(added.exitCode == 0);
    const QJsonObject meeting = QJsonDocument::fromJson(added.out).object();
    const qint64 resolutionId = meeting.value(QStringLiteral("resolutions")).toArray().at(0).toObject()
                                    .value(QStringLiteral("id")).toInteger();
    REQUIRE(resolutionId > 0);

    const QString second = writeJson(dir.file(QStringLiteral("b.json")),
                                     R"({"starts_at": "2026-10-12T14:30:00", "host": "王建国"})");
    auto carried = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("meeting"), QStringLiteral("add"),
                        QStringLiteral("--json-file"), second});
    REQUIRE(carried.exitCode == 0);
    CHECK(QJsonDocument::fromJson(carried.out).object().value(QStringLiteral("agenda")).toArray().size() == 1);

    auto list = cli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("meetings")).toArray().size() == 2);

    auto compliance = cli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("compliance"),
                           QStringLiteral("2026"), QStringLiteral("--today"), QStringLiteral("2026-11-22"), QStringLiteral("--json")});
    REQUIRE(compliance.exitCode == 0);
    const QJsonObject c = QJsonDocument::fromJson(compliance.out).object();
    CHECK(c.value(QStringLiteral("held")).toInt() == 2);
    CHECK(c.value(QStringLiteral("missing")).toInt() == 8); // Jan–Aug
    CHECK(c.value(QStringLiteral("months")).toArray().at(10).toObject().value(QStringLiteral("state")).toString()
          == QLatin1String("due"));

    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("meeting"), QStringLiteral("resolve"),
               QString::number(resolutionId), QStringLiteral("--date"), QStringLiteral("2026-10-20")})
              .exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("meeting"), QStringLiteral("resolve"), QStringLiteral("999")})
              .exitCode == 1);

    const QString pdf = dir.file(QStringLiteral("minutes.pdf"));
    auto printed = cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("minutes"), QStringLiteral("1"), pdf});
    REQUIRE(printed.exitCode == 0);
    const auto text = cd::test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("周强")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("minutes"), QStringLiteral("1"),
               dir.file(QStringLiteral("m.odt"))})
              .exitCode == 0);
    CHECK(QFile::exists(dir.file(QStringLiteral("m.odt"))));

    // Refusals: bad JSON, a missing meeting, an unknown output type.
    const QString bad = writeJson(dir.file(QStringLiteral("bad.json")), R"({"starts_at": "someday"})");
    auto refused = cli({QStringLiteral("--db"), db, QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--json-file"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("starts_at"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("minutes"), QStringLiteral("42"), pdf}).exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("minutes"), QStringLiteral("1"),
               dir.file(QStringLiteral("m.doc"))})
              .exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("minutes")}).exitCode == 2);
}
