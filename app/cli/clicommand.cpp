#include "clicommand.h"

#include "db/database.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace cd::cli {

CommandContext::CommandContext(QString databasePath, bool json, QTextStream &out, QTextStream &err)
    : m_databasePath(std::move(databasePath)), m_json(json), m_out(out), m_err(err)
{
}

CommandContext::~CommandContext() = default;

Database *CommandContext::database()
{
    if (m_database)
        return m_database.get();
    auto database = std::make_unique<Database>();
    const Status opened = database->open(m_databasePath);
    if (!opened) {
        refuse(opened.message());
        return nullptr;
    }
    m_database = std::move(database);
    return m_database.get();
}

int CommandContext::refuse(const QString &message)
{
    if (m_json) {
        QJsonObject error{{QStringLiteral("error"), message}};
        m_err << QJsonDocument(error).toJson(QJsonDocument::Compact);
    } else {
        m_err << QStringLiteral("communitydesk-cli: ") << message << Qt::endl;
    }
    m_err.flush();
    return Refused;
}

int CommandContext::answer(const QJsonObject &object, const QString &text)
{
    if (m_json)
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    else
        m_out << text << Qt::endl;
    m_out.flush();
    return Ok;
}

int CommandContext::writeReport(ReportDocument &report, const QString &path)
{
    const Status written = ReportWriter::write(report, path);
    if (!written)
        return refuse(written.message());
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    return answer({{QStringLiteral("file"), file}, {QStringLiteral("pages"), report.pageCount()}},
                  QStringLiteral("Written %1 (%2 pages)").arg(file).arg(report.pageCount()));
}

void CommandRegistry::add(Command command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandRegistry::find(const QStringList &arguments) const
{
    const Command *best = nullptr;
    for (const Command &command : m_commands) {
        if (command.words.size() > arguments.size())
            continue;
        if (arguments.mid(0, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    return best;
}

} // namespace cd::cli
