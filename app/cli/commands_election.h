#pragma once

// Shared by the election commands (commands_election.cpp, commands_election_results.cpp).

#include "clicommand.h"

#include "common/clock.h"
#include "election/electionstore.h"

#include <QJsonObject>
#include <memory>

namespace cd::cli::election {

/// The store over the context's database and the system clock; null after printing why.
struct Session
{
    SystemClock clock;
    std::unique_ptr<ElectionStore> store;
};
bool open(CommandContext &context, Session &session);

/// A positive whole number.
bool parseId(const QString &text, qint64 *id);
/// The election id of the first positional argument; refuses (false) after printing why.
bool electionId(CommandContext &context, const CommandArgs &args, qint64 *id);
/// electionId() and open() together, the start of every command on one election.
bool openElection(CommandContext &context, const CommandArgs &args, Session &session, qint64 *id);
/// "1,3,5" → numbers (empty text → none); false on anything else.
bool parseNumbers(const QString &text, QVector<int> *numbers);
/// Ballot numbers of candidates → candidate ids; refuses unknown numbers.
bool candidateIds(CommandContext &context, const ElectionStore &store, qint64 electionId, const QVector<int> &numbers,
                  std::vector<qint64> *ids, int *exitCode);

/// {"persons": n, "area": "123.45", "area_centi": 12345}
QJsonObject measuresJson(const Measures &measures);

/// turnout, tally, close, role, runoff, filing, export, print ballots/election-result/election-tables/election-roll.
void registerResultCommands(CommandRegistry &registry);

} // namespace cd::cli::election
