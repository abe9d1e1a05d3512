#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace cd {

class Database;
class ReportDocument;

namespace cli {

/// Exit codes shared by every command.
enum ExitCode { Ok = 0, Refused = 1, UsageError = 2 };

/// Arguments of one command after the global options were taken out.
struct CommandArgs
{
    QStringList positional;
    QHash<QString, QString> values; ///< --name VALUE options, keyed without dashes
    QSet<QString> flags;            ///< --name switches, keyed without dashes

    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return values.value(name, fallback);
    }
    bool has(const QString &name) const { return flags.contains(name) || values.contains(name); }
};

/// What every command gets: where the database is, how to answer, and the streams.
class CommandContext
{
public:
    CommandContext(QString databasePath, bool json, QTextStream &out, QTextStream &err);
    ~CommandContext();

    /// Opens (creating and migrating) the database on first use; null after printing why.
    Database *database();
    const QString &databasePath() const { return m_databasePath; }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Prints one line naming the problem on stderr (or a JSON error object) and returns Refused.
    int refuse(const QString &message);
    /// Prints `object` as JSON, or `text` when --json was not given; returns Ok.
    int answer(const QJsonObject &object, const QString &text);
    /// Writes `report` to `path` (.pdf or .odt) and answers with the file and its pages.
    int writeReport(ReportDocument &report, const QString &path);

private:
    QString m_databasePath;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_database;
};

/// One command of communitydesk-cli, e.g. {"import", "roster"}.
struct Command
{
    QStringList words;
    QString arguments;        ///< usage after the words, e.g. "FILE [--dry-run]"
    QString summary;
    QString example;
    QStringList valueOptions; ///< options taking a value, without dashes
    QStringList flagOptions;  ///< switches, without dashes
    int minPositional = 0;
    int maxPositional = 0;
    std::function<int(CommandContext &, const CommandArgs &)> run;
};

/// The commands of the program, in the order --help lists them.
class CommandRegistry
{
public:
    void add(Command command);
    const std::vector<Command> &commands() const { return m_commands; }
    /// The command whose words start `arguments` (longest match), or null.
    const Command *find(const QStringList &arguments) const;

private:
    std::vector<Command> m_commands;
};

} // namespace cli
} // namespace cd
