// init, demo, check, backup, restore, version.
#include "clicommand.h"
#include "commands.h"

#include "common/appidentity.h"
#include "db/database.h"
#include "demo/demogenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

namespace cd::cli {

namespace {

bool parseInt(const QString &text, qint64 minimum, qint64 maximum, qint64 *value)
{
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int initCommand(CommandContext &context, const CommandArgs &)
{
    Database *database = context.database();
    if (!database)
        return Refused;
    return context.answer({{QStringLiteral("database"), nativePath(database->path())},
                           {QStringLiteral("schema_version"), database->schemaVersion()}},
                          QStringLiteral("Database ready: %1 (data version %2)")
                              .arg(nativePath(database->path()))
                              .arg(database->schemaVersion()));
}

int demoCommand(CommandContext &context, const CommandArgs &args)
{
    DemoOptions options;
    qint64 number = 0;
    if (args.values.contains(QStringLiteral("households"))) {
        if (!parseInt(args.value(QStringLiteral("households")), 1, 100000, &number))
            return context.refuse(QStringLiteral("--households must be a whole number from 1 to 100000"));
        options.households = int(number);
    }
    if (args.values.contains(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return context.refuse(QStringLiteral("--seed must be a non-negative whole number"));
    }
    Database *database = context.database();
    if (!database)
        return Refused;
    QElapsedTimer timer;
    timer.start();
    const Result<DemoSummary> summary = DemoGenerator::generate(*database, options);
    if (!summary)
        return context.refuse(summary.message());
    const double seconds = timer.elapsed() / 1000.0;
    return context.answer({{QStringLiteral("estates"), summary->estates},
                           {QStringLiteral("buildings"), summary->buildings},
                           {QStringLiteral("units"), summary->units},
                           {QStringLiteral("dwellings"), summary->dwellings},
                           {QStringLiteral("people"), summary->people},
                           {QStringLiteral("seconds"), seconds}},
                          QStringLiteral("Demo community written: %1 estates, %2 buildings, %3 units, "
                                         "%4 dwellings, %5 people (%6 s)")
                              .arg(summary->estates)
                              .arg(summary->buildings)
                              .arg(summary->units)
                              .arg(summary->dwellings)
                              .arg(summary->people)
                              .arg(seconds, 0, 'f', 1));
}

int checkCommand(CommandContext &context, const CommandArgs &)
{
    Database *database = context.database();
    if (!database)
        return Refused;
    const Status integrity = database->integrityCheck();
    const QJsonObject result{{QStringLiteral("database"), nativePath(database->path())},
                             {QStringLiteral("schema_version"), database->schemaVersion()},
                             {QStringLiteral("current_schema_version"), Database::currentSchemaVersion()},
                             {QStringLiteral("integrity"), integrity.ok() ? QStringLiteral("ok") : integrity.message()}};
    if (!integrity) {
        if (context.json())
            context.answer(result, QString());
        return context.refuse(integrity.message());
    }
    return context.answer(result, QStringLiteral("ok: %1, data version %2, integrity ok")
                                      .arg(nativePath(database->path()))
                                      .arg(database->schemaVersion()));
}

int backupCommand(CommandContext &context, const CommandArgs &args)
{
    Database *database = context.database();
    if (!database)
        return Refused;
    const QString target = args.positional.at(0);
    const Status done = database->backupTo(target);
    if (!done)
        return context.refuse(done.message());
    return context.answer({{QStringLiteral("backup"), nativePath(target)},
                           {QStringLiteral("bytes"), QFileInfo(target).size()}},
                          QStringLiteral("Backup written: %1").arg(nativePath(target)));
}

int restoreCommand(CommandContext &context, const CommandArgs &args)
{
    const QString source = args.positional.at(0);
    if (!QFileInfo::exists(source))
        return context.refuse(QStringLiteral("backup file not found: %1").arg(nativePath(source)));
    Database *database = context.database();
    if (!database)
        return Refused;
    const Status done = database->restoreFrom(source);
    if (!done)
        return context.refuse(done.message());
    return context.answer({{QStringLiteral("restored_from"), nativePath(source)},
                           {QStringLiteral("database"), nativePath(database->path())},
                           {QStringLiteral("previous_data"), nativePath(database->path() + QStringLiteral(".before-restore"))}},
                          QStringLiteral("Restored %1 from %2 (the previous data is kept as %3)")
                              .arg(nativePath(database->path()), nativePath(source),
                                   nativePath(database->path() + QStringLiteral(".before-restore"))));
}

int versionCommand(CommandContext &context, const CommandArgs &)
{
    return context.answer({{QStringLiteral("version"), applicationVersion()},
                           {QStringLiteral("schema_version"), Database::currentSchemaVersion()}},
                          QStringLiteral("communitydesk-cli %1 (data version %2)")
                              .arg(applicationVersion())
                              .arg(Database::currentSchemaVersion()));
}

} // namespace

void registerDatabaseCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("init")}, QString(),
                  QStringLiteral("Create the database if missing and bring it to the current data version."),
                  QStringLiteral("communitydesk-cli --db community.sqlite init"), {}, {}, 0, 0, &initCommand});
    registry.add({{QStringLiteral("demo")}, QStringLiteral("[--households N] [--seed S]"),
                  QStringLiteral("Fill an empty database with the demo community (示例社区); N up to 100000."),
                  QStringLiteral("communitydesk-cli --db demo.sqlite demo --households 1500 --seed 7"),
                  {QStringLiteral("households"), QStringLiteral("seed")}, {}, 0, 0, &demoCommand});
    registry.add({{QStringLiteral("check")}, QString(),
                  QStringLiteral("Check integrity, references and data version."),
                  QStringLiteral("communitydesk-cli --db community.sqlite check --json"), {}, {}, 0, 0, &checkCommand});
    registry.add({{QStringLiteral("backup")}, QStringLiteral("FILE"),
                  QStringLiteral("Write a consistent copy of the database to FILE."),
                  QStringLiteral("communitydesk-cli backup D:\\backup\\community-2026-11-22.sqlite"), {}, {}, 1, 1,
                  &backupCommand});
    registry.add({{QStringLiteral("restore")}, QStringLiteral("FILE"),
                  QStringLiteral("Verify the backup FILE, then replace the database with it (old data kept as "
                                 ".before-restore)."),
                  QStringLiteral("communitydesk-cli restore D:\\backup\\community-2026-11-22.sqlite"), {}, {}, 1, 1,
                  &restoreCommand});
    registry.add({{QStringLiteral("version")}, QString(), QStringLiteral("Print the program and data versions."),
                  QStringLiteral("communitydesk-cli version --json"), {}, {}, 0, 0, &versionCommand});
}

} // namespace cd::cli
