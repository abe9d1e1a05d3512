// communitydesk-cli print requests-month / print request-slip: the PDFs say what
// `requests stats` computes, and bad input is refused.
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using cd::test::ProcessResult;

namespace {

struct PrintCli
{
    cd::test::TempDir dir;
    QString db = dir.file(QStringLiteral("print.sqlite"));

    ProcessResult run(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db;
        return cd::test::runProgram(QStringLiteral(CD_CLI_PATH), arguments);
    }
    void ok(const QStringList &arguments) const
    {
        const ProcessResult result = run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    QString add(const QByteArray &json) const
    {
        const QString path = dir.file(QStringLiteral("request.json"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        const ProcessResult added = run({QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--json-file"), path});
        REQUIRE(added.exitCode == 0);
        return QString::number(QJsonDocument::fromJson(added.out).object().value(QStringLiteral("id")).toInteger());
    }
    QStringList move(const QString &id, const char *state, const char *at, QStringList more = {}) const
    {
        return QStringList{QStringLiteral("request"), QStringLiteral("move"), id, QLatin1String(state),
                           QStringLiteral("--at"), QLatin1String(at)} + more;
    }
};

QString pdfText(const QString &pdf)
{
    const ProcessResult text = cd::test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return QString::fromUtf8(text.out).remove(QRegularExpression(QStringLiteral("\\s")));
}

QString percent(const QJsonValue &rate)
{
    return rate.isNull() ? QStringLiteral("—") : QStringLiteral("%1%").arg(rate.toDouble() * 100, 0, 'f', 1);
}

} // namespace

TEST_CASE("cli: print requests-month and request-slip", "[cli][workflow][print]")
{
    PrintCli cli;
    cli.ok({QStringLiteral("handlers"), QStringLiteral("add"), QStringLiteral("自来水公司"), QStringLiteral("--kind"),
            QStringLiteral("utility")});
    const QString done = cli.add(R"({"title": "水管漏水", "category": "水电维修", "severity": "普通", "channel": "电话",
                                    "listed_at": "2025-03-01T08:00:00"})");
    cli.ok(cli.move(done, "accepted", "2025-03-01T08:01:00"));
    cli.ok(cli.move(done, "dispatched", "2025-03-01T08:02:00", {QStringLiteral("--handler"), QStringLiteral("自来水公司")}));
    cli.ok(cli.move(done, "taken", "2025-03-01T08:04:00"));
    cli.ok(cli.move(done, "resolved", "2025-03-01T08:25:00", {QStringLiteral("--note"), QStringLiteral("已修好")}));
    cli.ok(cli.move(done, "rated", "2025-03-01T09:00:00", {QStringLiteral("--rating"), QStringLiteral("satisfied")}));
    const QString open = cli.add(R"({"title": "小区路灯不亮", "category": "安全隐患", "severity": "复杂", "channel": "上门",
                                    "listed_at": "2025-03-05T10:00:00"})");
    cli.ok(cli.move(open, "accepted", "2025-03-05T10:05:00"));
    cli.add(R"({"title": "楼道堆物", "category": "楼道杂物", "severity": "普通", "channel": "电话",
               "listed_at": "2025-03-06T10:00:00"})");

    const ProcessResult stats = cli.run({QStringLiteral("requests"), QStringLiteral("stats"), QStringLiteral("--month"),
                                         QStringLiteral("2025-03"), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(stats.out).object();
    const QJsonObject &total = root; // the month's totals are at the top level
    INFO(stats.out.toStdString());
    REQUIRE(total.value(QStringLiteral("requests")).toInt() == 3);

    const QString pdf = cli.dir.file(QStringLiteral("requests.pdf"));
    const ProcessResult printed = cli.run({QStringLiteral("print"), QStringLiteral("requests-month"),
                                           QStringLiteral("2025-03"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains("requests.pdf"));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("2025年3月")));
    const QString totals = QString::number(total.value(QStringLiteral("requests")).toInt())
                         + QString::number(total.value(QStringLiteral("returned")).toInt())
                         + QString::number(total.value(QStringLiteral("resolved")).toInt())
                         + percent(total.value(QStringLiteral("completion_rate")))
                         + percent(total.value(QStringLiteral("on_time_rate")))
                         + percent(total.value(QStringLiteral("satisfaction_rate")));
    CHECK(text.contains(totals));
    CHECK(text.contains(QStringLiteral("小区路灯不亮"))); // open and overdue
    CHECK(text.contains(QStringLiteral("自来水公司")));

    const QString slip = cli.dir.file(QStringLiteral("slip.pdf"));
    cli.ok({QStringLiteral("print"), QStringLiteral("request-slip"), open, slip});
    const QString slipText = pdfText(slip);
    CHECK(slipText.contains(QStringLiteral("小区路灯不亮")));
    CHECK(slipText.contains(QStringLiteral("安全隐患")));
    CHECK(slipText.contains(QStringLiteral("2025-03-0514:00"))); // complex: 4 hours

    CHECK(cli.run({QStringLiteral("print"), QStringLiteral("requests-month"), QStringLiteral("2025-3"), pdf}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("print"), QStringLiteral("request-slip"), QStringLiteral("999"), slip}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("print"), QStringLiteral("requests-month"), QStringLiteral("2025-03")}).exitCode == 2);
    const ProcessResult help = cli.run({QStringLiteral("--help")});
    CHECK(help.out.contains("print requests-month YYYY-MM"));
    CHECK(help.out.contains("print request-slip ID"));
}
