#include "cliapp.h"

#include "clicommand.h"
#include "commands.h"
#include "db/database.h"

#include <QDir>

namespace cd::cli {

namespace {

CommandRegistry buildRegistry()
{
    CommandRegistry registry;
    registerDatabaseCommands(registry);
    registerRosterCommands(registry);
    registerImportCommands(registry);
    registerRequestCommands(registry);
    registerMeetingCommands(registry);
    registerPartyCommands(registry);
    registerElectionCommands(registry);
    return registry;
}

void printHelp(const CommandRegistry &registry, QTextStream &out)
{
    out << "Usage: communitydesk-cli [--db FILE] [--json] COMMAND [ARGUMENTS]\n\n"
           "Global options (before or after the command):\n"
           "  --db FILE   database file (default: "
        << QDir::toNativeSeparators(Database::defaultPath())
        << ")\n"
           "  --json      machine-readable output\n"
           "  --help      this list\n\n"
           "Commands:\n";
    for (const Command &command : registry.commands()) {
        QString line = QStringLiteral("  ") + command.words.join(QLatin1Char(' '));
        if (!command.arguments.isEmpty())
            line += QLatin1Char(' ') + command.arguments;
        out << line << "\n      " << command.summary << "\n      e.g. " << command.example << "\n";
    }
    out << "\nExit status: 0 success, 1 input or data refused (reason on stderr), 2 usage error.\n";
    out.flush();
}

int usageError(QTextStream &err, const QString &message)
{
    err << "communitydesk-cli: " << message << "\nTry 'communitydesk-cli --help'." << Qt::endl;
    return UsageError;
}

QString dashed(const QString &name)
{
    return QStringLiteral("--") + name;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandRegistry registry = buildRegistry();

    // Take the global options out wherever they stand.
    QString databasePath;
    bool json = false;
    bool help = false;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usageError(err, QStringLiteral("--db needs a file name"));
            databasePath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            databasePath = argument.mid(5);
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            help = true;
        } else {
            rest << argument;
        }
    }
    if (help || rest.isEmpty()) {
        printHelp(registry, out);
        return help ? Ok : UsageError;
    }

    const Command *command = registry.find(rest);
    if (!command)
        return usageError(err, QStringLiteral("unknown command '%1'").arg(rest.join(QLatin1Char(' '))));

    CommandArgs parsed;
    for (int i = command->words.size(); i < rest.size(); ++i) {
        const QString &argument = rest.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            parsed.positional << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString inlineValue;
        const int equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (command->valueOptions.contains(name)) {
            if (equals < 0) {
                if (i + 1 >= rest.size())
                    return usageError(err, QStringLiteral("%1 needs a value").arg(dashed(name)));
                inlineValue = rest.at(++i);
            }
            parsed.values.insert(name, inlineValue);
        } else if (command->flagOptions.contains(name) && equals < 0) {
            parsed.flags.insert(name);
        } else {
            return usageError(err, QStringLiteral("unknown option %1 for '%2'")
                                       .arg(dashed(name), command->words.join(QLatin1Char(' '))));
        }
    }
    if (parsed.positional.size() < command->minPositional || parsed.positional.size() > command->maxPositional) {
        return usageError(err, QStringLiteral("usage: communitydesk-cli %1 %2")
                                   .arg(command->words.join(QLatin1Char(' ')), command->arguments));
    }

    CommandContext context(databasePath.isEmpty() ? Database::defaultPath() : databasePath, json, out, err);
    return command->run(context, parsed);
}

} // namespace cd::cli
