// export roster, print roster.
#include "clicommand.h"
#include "commands.h"

#include "db/database.h"
#include "report/reportdocument.h"
#include "roster/rosterexport.h"

#include <QDir>
#include <QFileInfo>

namespace cd::cli {

namespace {

RosterScope scopeFrom(const CommandArgs &args)
{
    RosterScope scope;
    scope.estateName = args.value(QStringLiteral("estate"));
    scope.building = args.value(QStringLiteral("building"));
    return scope;
}

int exportRosterCommand(CommandContext &context, const CommandArgs &args)
{
    RosterExport::Options options;
    options.scope = scopeFrom(args);
    options.unmasked = args.has(QStringLiteral("unmasked"));
    options.gb18030 = args.has(QStringLiteral("gb18030"));
    Database *database = context.database();
    if (!database)
        return Refused;
    const QString out = args.positional.at(0);
    const Result<int> written = RosterExport::writeFile(*database, out, options);
    if (!written)
        return context.refuse(written.message());
    const QString file = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    return context.answer({{QStringLiteral("file"), file},
                           {QStringLiteral("people"), *written},
                           {QStringLiteral("masked"), !options.unmasked}},
                          QStringLiteral("Written %1 (%2 people%3)")
                              .arg(file)
                              .arg(*written)
                              .arg(options.unmasked ? QStringLiteral(", ID numbers and phones in full")
                                                    : QStringLiteral(", ID numbers and phones masked")));
}

int printRosterCommand(CommandContext &context, const CommandArgs &args)
{
    Database *database = context.database();
    if (!database)
        return Refused;
    Result<std::unique_ptr<ReportDocument>> report = RosterExport::printable(*database, scopeFrom(args),
                                                                             QDate::currentDate());
    if (!report)
        return context.refuse(report.message());
    return context.writeReport(*report.value(), args.positional.at(0));
}

} // namespace

void registerRosterCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("export"), QStringLiteral("roster")},
                  QStringLiteral("OUT.xlsx|OUT.csv [--estate NAME] [--building N] [--unmasked] [--gb18030]"),
                  QStringLiteral("Export the roster (ID numbers and phones masked unless --unmasked, which is logged)."),
                  QStringLiteral("communitydesk-cli export roster roster.xlsx --estate 幸福小区"),
                  {QStringLiteral("estate"), QStringLiteral("building")},
                  {QStringLiteral("unmasked"), QStringLiteral("gb18030")}, 1, 1, &exportRosterCommand});
    registry.add({{QStringLiteral("print"), QStringLiteral("roster")}, QStringLiteral("OUT.pdf|OUT.odt [--estate NAME] [--building N]"),
                  QStringLiteral("Print the 花名册 (A4 landscape, header on every page, page numbers)."),
                  QStringLiteral("communitydesk-cli print roster roster.pdf --estate 幸福小区 --building 3"),
                  {QStringLiteral("estate"), QStringLiteral("building")}, {}, 1, 1, &printRosterCommand});
}

} // namespace cd::cli
