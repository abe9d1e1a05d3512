// import roster.
#include "clicommand.h"
#include "commands.h"

#include "db/database.h"
#include "roster/rosterimport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace cd::cli {

namespace {

int importRosterCommand(CommandContext &context, const CommandArgs &args)
{
    if (args.has(QStringLiteral("update")) && args.has(QStringLiteral("skip-existing")))
        return context.refuse(QStringLiteral("Choose either --update or --skip-existing."));
    RosterImport::Options options;
    options.dryRun = args.has(QStringLiteral("dry-run"));
    options.updateExisting = args.has(QStringLiteral("update"));
    options.defaultEstate = args.value(QStringLiteral("estate"));
    options.createPlaces = !args.has(QStringLiteral("no-new-places"));

    RosterImport import(args.positional.at(0));
    if (Status s = import.open(); !s)
        return context.refuse(s.message());
    Database *database = context.database();
    if (!database)
        return Refused;
    import.setOptions(options);
    const Result<ImportSummary> done = import.run(*database);
    if (!done)
        return context.refuse(done.message());
    const ImportSummary &summary = done.value();

    QString errorsFile;
    if (const QString errors = args.value(QStringLiteral("errors")); !errors.isEmpty() && summary.rejectedRows > 0) {
        if (Status s = RosterImport::writeErrorWorkbook(errors, summary); !s)
            return context.refuse(s.message());
        errorsFile = QDir::toNativeSeparators(QFileInfo(errors).absoluteFilePath());
    }

    QJsonArray rejected;
    QString text = QStringLiteral("%1 %2 rows (%3 new, %4 updated), %5 skipped, %6 rejected; header in row %7.\n")
                       .arg(summary.written ? QStringLiteral("Imported") : QStringLiteral("Checked (nothing written):"))
                       .arg(summary.accepted())
                       .arg(summary.created)
                       .arg(summary.updated)
                       .arg(summary.skipped)
                       .arg(summary.rejectedRows)
                       .arg(summary.headerRow);
    for (const ImportProblem &p : summary.problems) {
        rejected.append(QJsonObject{{QStringLiteral("row"), p.row},
                                    {QStringLiteral("column"), p.header},
                                    {QStringLiteral("reason"), p.reason}});
        text += QStringLiteral("  row %1, %2: %3\n").arg(p.row).arg(p.header, p.reason);
    }
    if (summary.written)
        text += QStringLiteral("Import batch %1.\n").arg(summary.batchId);
    if (!errorsFile.isEmpty())
        text += QStringLiteral("Rejected rows written to %1\n").arg(errorsFile);
    QJsonObject object{{QStringLiteral("accepted"), summary.accepted()},
                       {QStringLiteral("created"), summary.created},
                       {QStringLiteral("updated"), summary.updated},
                       {QStringLiteral("skipped"), summary.skipped},
                       {QStringLiteral("rejected_rows"), summary.rejectedRows},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("header_row"), summary.headerRow},
                       {QStringLiteral("written"), summary.written}};
    if (summary.written)
        object.insert(QStringLiteral("batch"), summary.batchId);
    if (!errorsFile.isEmpty())
        object.insert(QStringLiteral("errors_file"), errorsFile);
    return context.answer(object, text.trimmed());
}

} // namespace

void registerImportCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("import"), QStringLiteral("roster")},
                  QStringLiteral("FILE.xlsx|FILE.csv [--dry-run] [--update|--skip-existing] [--errors OUT.xlsx] "
                                 "[--estate NAME] [--no-new-places]"),
                  QStringLiteral("Import people and their addresses (header row found, Chinese headers matched; "
                                 "people already known by ID number skipped unless --update; unknown places created "
                                 "unless --no-new-places; rejected rows listed and written to --errors)."),
                  QStringLiteral("communitydesk-cli import roster 花名册.xlsx --dry-run --errors 错误.xlsx"),
                  {QStringLiteral("errors"), QStringLiteral("estate")},
                  {QStringLiteral("dry-run"), QStringLiteral("update"), QStringLiteral("skip-existing"),
                   QStringLiteral("no-new-places")},
                  1, 1, &importRosterCommand});
}

} // namespace cd::cli
