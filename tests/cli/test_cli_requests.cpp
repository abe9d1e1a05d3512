// communitydesk-cli request/requests/handlers/categories: the whole loop, refusals and exit codes.
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using cd::test::ProcessResult;

namespace {

struct Cli
{
    cd::test::TempDir dir;
    QString db = dir.file(QStringLiteral("requests.sqlite"));

    ProcessResult run(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db;
        return cd::test::runProgram(QStringLiteral(CD_CLI_PATH), arguments);
    }
    QJsonObject json(QStringList arguments) const
    {
        arguments << QStringLiteral("--json");
        const ProcessResult result = run(arguments);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return QJsonDocument::fromJson(result.out).object();
    }
    QString writeJson(const QString &name, const QByteArray &content) const
    {
        const QString path = dir.file(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
};

int lines(const QByteArray &text)
{
    int count = 0;
    for (const QByteArray &line : text.split('\n'))
        count += line.trimmed().isEmpty() ? 0 : 1;
    return count;
}

QStringList move(const QString &id, const char *state, QStringList more = {})
{
    return QStringList{QStringLiteral("request"), QStringLiteral("move"), id, QLatin1String(state)} + more;
}

} // namespace

TEST_CASE("cli: a request through the whole loop, with refusals naming the next steps", "[cli][workflow]")
{
    Cli cli;
    const QJsonObject handler = cli.json({QStringLiteral("handlers"), QStringLiteral("add"), QStringLiteral("自来水公司"),
                                          QStringLiteral("--kind"), QStringLiteral("utility")});
    CHECK(handler.value(QStringLiteral("kind")).toString() == QLatin1String("utility"));

    const QString file = cli.writeJson(QStringLiteral("leak.json"), R"({"title": "3号楼水管漏水", "description": "楼道立管滴水",
        "category": "水电维修", "severity": "普通", "channel": "电话", "listed_at": "2025-03-01T08:00:00"})");
    // The new request is printed as JSON even without --json.
    const ProcessResult added = cli.run({QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--json-file"), file});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject request = QJsonDocument::fromJson(added.out).object();
    const QString id = QString::number(request.value(QStringLiteral("id")).toInteger());
    CHECK(request.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(request.value(QStringLiteral("state")).toString() == QLatin1String("listed"));
    CHECK(request.value(QStringLiteral("severity")).toString() == QLatin1String("ordinary"));
    CHECK(request.value(QStringLiteral("channel")).toString() == QLatin1String("phone"));
    CHECK(request.value(QStringLiteral("category")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("水电维修"));
    CHECK(request.value(QStringLiteral("deadline_at")).toString() == QLatin1String("2025-03-01T08:30:00"));
    CHECK(request.value(QStringLiteral("allowed_next")).toArray() == QJsonArray{QStringLiteral("accepted"), QStringLiteral("returned")});

    const ProcessResult refused = cli.run(move(id, "resolved", {QStringLiteral("--note"), QStringLiteral("x")}));
    CHECK(refused.exitCode == 1);
    CHECK(lines(refused.err) == 1);
    CHECK(refused.err.contains("it is listed"));
    CHECK(refused.err.contains("allowed next steps: accepted, returned"));
    CHECK(cli.run(move(id, "finished")).exitCode == 1);

    CHECK(cli.json(move(id, "accepted", {QStringLiteral("--at"), QStringLiteral("2025-03-01T08:01:00"),
                                         QStringLiteral("--actor"), QStringLiteral("业委会")}))
              .value(QStringLiteral("state")).toString() == QLatin1String("accepted"));
    const ProcessResult noHandler = cli.run(move(id, "dispatched"));
    CHECK(noHandler.exitCode == 1);
    CHECK(noHandler.err.contains("needs a handler"));
    CHECK(cli.run(move(id, "dispatched", {QStringLiteral("--handler"), QStringLiteral("没有这个单位")})).exitCode == 1);
    const QJsonObject dispatched = cli.json(move(id, "dispatched", {QStringLiteral("--handler"), QStringLiteral("自来水公司"),
                                                                    QStringLiteral("--at"), QStringLiteral("2025-03-01T08:02:00")}));
    CHECK(dispatched.value(QStringLiteral("handler")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("自来水公司"));
    // A time before the previous step is refused.
    CHECK(cli.run(move(id, "taken", {QStringLiteral("--at"), QStringLiteral("2025-03-01T07:00:00")})).exitCode == 1);
    CHECK(cli.run(move(id, "taken", {QStringLiteral("--at"), QStringLiteral("yesterday")})).exitCode == 1);
    cli.json(move(id, "taken", {QStringLiteral("--at"), QStringLiteral("2025-03-01T08:04:00")}));
    cli.json(move(id, "resolved", {QStringLiteral("--note"), QStringLiteral("更换阀门"), QStringLiteral("--at"),
                                   QStringLiteral("2025-03-01T08:20:00")}));
    CHECK(cli.run(move(id, "rated", {QStringLiteral("--rating"), QStringLiteral("so-so")})).exitCode == 1);
    const QJsonObject reopened = cli.json(move(id, "rated", {QStringLiteral("--rating"), QStringLiteral("unsatisfied"),
                                                             QStringLiteral("--note"), QStringLiteral("还在滴"),
                                                             QStringLiteral("--at"), QStringLiteral("2025-03-01T09:00:00")}));
    CHECK(reopened.value(QStringLiteral("state")).toString() == QLatin1String("dispatched"));
    CHECK(reopened.value(QStringLiteral("reopen_count")).toInt() == 1);

    const QJsonObject shown = cli.json({QStringLiteral("request"), QStringLiteral("show"), id});
    const QJsonArray timeline = shown.value(QStringLiteral("timeline")).toArray();
    REQUIRE(timeline.size() == 7);
    CHECK(timeline.at(1).toObject().value(QStringLiteral("actor")).toString() == QStringLiteral("业委会"));
    CHECK(timeline.at(4).toObject().value(QStringLiteral("note")).toString() == QStringLiteral("更换阀门"));
    CHECK(timeline.at(5).toObject().value(QStringLiteral("rating")).toString() == QLatin1String("unsatisfied"));
    CHECK(timeline.at(6).toObject().value(QStringLiteral("action")).toString() == QLatin1String("reopened"));

    const QJsonObject stats = cli.json({QStringLiteral("requests"), QStringLiteral("stats"), QStringLiteral("--month"),
                                        QStringLiteral("2025-03")});
    CHECK(stats.value(QStringLiteral("requests")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("unsatisfied")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("satisfaction_rate")).toDouble() == 0.0);
    CHECK(stats.value(QStringLiteral("on_time_rate")).toDouble() == 1.0); // first resolution within 30 minutes
    CHECK(stats.value(QStringLiteral("mean_arrive_minutes")).toDouble() == 4.0);
    CHECK(stats.value(QStringLiteral("by_handler")).toArray().at(0).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("自来水公司"));
    CHECK(cli.run({QStringLiteral("requests"), QStringLiteral("stats"), QStringLiteral("--month"), QStringLiteral("2025-3")})
              .exitCode == 1);
    CHECK(cli.run({QStringLiteral("requests"), QStringLiteral("stats")}).exitCode == 1);

    const QJsonArray meeting = cli.json({QStringLiteral("requests"), QStringLiteral("meeting")})
                                   .value(QStringLiteral("requests")).toArray();
    REQUIRE(meeting.size() == 1);
    CHECK(meeting.at(0).toObject().value(QStringLiteral("reasons")).toArray() == QJsonArray{QStringLiteral("unsatisfied")});
    const QJsonObject board = cli.json({QStringLiteral("requests"), QStringLiteral("board")});
    CHECK(board.value(QStringLiteral("open")).toInt() == 1);
    CHECK(board.value(QStringLiteral("queues")).toArray().at(3).toObject().value(QStringLiteral("count")).toInt() == 1);
    CHECK(cli.run({QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("999")}).exitCode == 1);
}

TEST_CASE("cli: request add checks its input; handlers, categories, policy and photos", "[cli][workflow]")
{
    Cli cli;
    auto add = [&](const QByteArray &json) {
        return cli.run({QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--json-file"),
                        cli.writeJson(QStringLiteral("r.json"), json)});
    };
    CHECK(add(R"({"description": "x", "category": "停车", "severity": "普通", "channel": "电话"})").exitCode == 1);
    CHECK(add(R"({"title": "x", "category": "停车", "severity": "紧急", "channel": "电话"})").exitCode == 1);
    CHECK(add(R"({"title": "x", "category": "不存在", "severity": "普通", "channel": "电话"})").exitCode == 1);
    CHECK(add(R"({"title": "x", "category": "停车", "severity": "普通", "channel": "微信"})").exitCode == 1);
    CHECK(add(R"({"titel": "x", "category": "停车", "severity": "普通", "channel": "电话"})").err.contains("unknown key"));
    CHECK(add(R"({"title": "x", "category": "停车", "severity": "普通", "channel": "电话", "person_id": 77})").exitCode == 1);
    CHECK(add(R"({"title": "x", "category": "停车", "severity": "普通", "channel": "电话", "person_id": "7"})").exitCode == 1);
    CHECK(add("not json").exitCode == 1);
    CHECK(cli.run({QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--json-file"),
                   cli.dir.file(QStringLiteral("missing.json"))}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("request"), QStringLiteral("add")}).exitCode == 1);
    // Usage errors: missing STATE, unknown option.
    CHECK(cli.run({QStringLiteral("request"), QStringLiteral("move"), QStringLiteral("1")}).exitCode == 2);
    CHECK(cli.run(move(QStringLiteral("1"), "accepted", {QStringLiteral("--bogus")})).exitCode == 2);

    const QJsonObject policy = cli.json({QStringLiteral("requests"), QStringLiteral("policy"), QStringLiteral("--ordinary"),
                                         QStringLiteral("45")});
    CHECK(policy.value(QStringLiteral("ordinary_minutes")).toInt() == 45);
    CHECK(policy.value(QStringLiteral("major_minutes")).toInt() == 1440);
    CHECK(cli.run({QStringLiteral("requests"), QStringLiteral("policy"), QStringLiteral("--complex"), QStringLiteral("0")})
              .exitCode == 1);

    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::gray);
    REQUIRE(image.save(cli.dir.file(QStringLiteral("leak.png"))));
    const ProcessResult added = add(R"({"title": "车棚顶漏雨", "category": 6, "severity": "complex", "channel": "walk_in",
        "place_note": "北门车棚", "listed_at": "2025-03-02T10:00:00", "photos": ["leak.png"]})");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject request = QJsonDocument::fromJson(added.out).object();
    CHECK(request.value(QStringLiteral("category")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("停车"));
    CHECK(request.value(QStringLiteral("place")).toObject().value(QStringLiteral("kind")).toString() == QLatin1String("public"));
    CHECK(request.value(QStringLiteral("deadline_at")).toString() == QLatin1String("2025-03-02T14:00:00"));
    const QJsonArray photos = request.value(QStringLiteral("photos")).toArray();
    REQUIRE(photos.size() == 1);
    CHECK(photos.at(0).toObject().value(QStringLiteral("width")).toInt() == 320);

    const QJsonObject ordinary = QJsonDocument::fromJson(
        add(R"({"title": "路灯不亮", "category": "其他", "severity": "ordinary", "channel": "online",
            "listed_at": "2025-03-02T10:00:00"})").out).object();
    CHECK(ordinary.value(QStringLiteral("deadline_at")).toString() == QLatin1String("2025-03-02T10:45:00")); // the new policy

    const QJsonArray handlers = cli.json({QStringLiteral("handlers"), QStringLiteral("list")})
                                    .value(QStringLiteral("handlers")).toArray();
    CHECK(handlers.isEmpty());
    cli.json({QStringLiteral("handlers"), QStringLiteral("add"), QStringLiteral("城管执法中队"), QStringLiteral("--kind"),
              QStringLiteral("department")});
    CHECK(cli.run({QStringLiteral("handlers"), QStringLiteral("add"), QStringLiteral("城管执法中队"), QStringLiteral("--kind"),
                   QStringLiteral("department")}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("handlers"), QStringLiteral("add"), QStringLiteral("某单位"), QStringLiteral("--kind"),
                   QStringLiteral("bank")}).exitCode == 1);
    const QJsonArray listed = cli.json({QStringLiteral("handlers"), QStringLiteral("list")})
                                  .value(QStringLiteral("handlers")).toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(QStringLiteral("kind")).toString() == QLatin1String("department"));

    CHECK(cli.json({QStringLiteral("categories"), QStringLiteral("list")}).value(QStringLiteral("categories")).toArray().size() == 12);
    cli.json({QStringLiteral("categories"), QStringLiteral("add"), QStringLiteral("加装电梯")});
    CHECK(cli.json({QStringLiteral("categories"), QStringLiteral("list")}).value(QStringLiteral("categories")).toArray().size() == 13);

    const ProcessResult help = cli.run({QStringLiteral("--help")});
    for (const char *command : {"request add", "request move", "request show", "requests stats", "handlers list"})
        CHECK(help.out.contains(command));
}
