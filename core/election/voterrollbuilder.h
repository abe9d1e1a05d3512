#pragma once

#include "common/status.h"
#include "election/electiontypes.h"

#include <QCoreApplication>
#include <QDate>

namespace cd {

class Database;

/// Builds the voter roll of an estate from the roster by the counting rules of
/// 最高法 建筑物区分所有权解释 art. 9 (DOMAIN.md):
/// - area: the registered exclusive area of each dwelling; the total is the sum over all
///   dwellings of the estate;
/// - persons: one dwelling is one person; dwellings with the same owner (the same set of
///   current person owners — 同一买受人) are one person; co-owners of a dwelling are one
///   person voting through the co-owner marked as voter;
/// - the developer's unsold dwellings and sold-but-undelivered dwellings (delivered = 0)
///   together are one person, the developer;
/// - a dwelling without any recorded owner still counts (one person each, kind "unknown")
///   and is named in the warnings, so that the totals never shrink because data is missing.
/// Voters are numbered 1.. in address order of their first dwelling; the number is the
/// ballot number once the roll is frozen.
class VoterRollBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cd::VoterRollBuilder)

public:
    /// The roll as the roster stands on `date` (ownerships current on that day).
    static Result<VoterRoll> build(Database &database, qint64 estateId, const QDate &date);
};

} // namespace cd
