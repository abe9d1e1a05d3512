#pragma once

// Shared by the 五单 commands (commands_requests.cpp, commands_requests_lists.cpp).

#include "clicommand.h"

#include "workflow/request.h"
#include "workflow/workflowstats.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace cd::cli {

/// --actor, else the login name, else "communitydesk-cli".
QString actorOf(const CommandArgs &args);
QJsonValue timeJson(const QDateTime &time);
/// The id, or null for 0.
QJsonValue idJson(qint64 id);
/// A rate rounded to 4 decimals, or null when undefined.
QJsonValue rateJson(const std::optional<double> &value);
QJsonArray codes(const QList<RequestState> &states);
QJsonObject requestJson(const Request &request);
QJsonObject figuresJson(const RequestFigures &figures);
QJsonArray rowsJson(const QList<FiguresRow> &rows);
/// Prints the request with its timeline and photos (JSON with --json or `alwaysJson`).
int answerRequest(CommandContext &context, qint64 id, const QString &text, bool alwaysJson = false);
/// A positive whole number.
bool parseId(const QString &text, qint64 *id);

/// requests board/stats/meeting/policy, handlers, categories.
void registerRequestListCommands(CommandRegistry &registry);
/// print requests-month, print request-slip.
void registerRequestPrintCommands(CommandRegistry &registry);

} // namespace cd::cli
