#pragma once

#include "common/status.h"
#include "election/ownersvote.h"

#include <QCoreApplication>

#include <vector>

namespace cd {

class Database;

/// A candidate as the tally sees it.
struct TallyCandidate
{
    qint64 id = 0;
    int ballotNumber = 0;
    QString name;
    qint64 personId = 0;
    bool partyMember = false;
};

/// A returned ballot: the voter's area and marks (indexes into TallyInput::candidates).
struct TallyBallot
{
    qint64 areaCenti = 0;
    bool invalid = false;
    std::vector<int> yes;
    std::vector<int> no;
};

/// Everything the count needs, independent of the database.
struct TallyInput
{
    Measures total; ///< the frozen roll
    int seats = 0;
    int minSize = 5;
    int maxSize = 11;
    bool oddSize = true;
    bool byElection = false;
    std::vector<TallyCandidate> candidates;
    std::vector<TallyBallot> ballots;
};

/// One candidate's count. outcome: elected; tie (equal votes at the last seat: run-off);
/// not_elected (a majority on both measures but the seats were filled by others);
/// no_majority (not more than half of the participants on both measures); no_turnout.
struct CandidateResult
{
    TallyCandidate candidate;
    Measures yes;
    Measures no;
    Measures abstain;
    bool majorityPersons = false;
    bool majorityArea = false;
    QString outcome;
    int rank = 0; ///< 1.. among candidates with a majority on both measures; 0 otherwise
};

/// The count of an election.
struct TallyResult
{
    int seats = 0;
    Measures total;
    Measures participating; ///< every returned ballot, valid or not
    Measures invalid;
    bool turnoutPersons = false;
    bool turnoutArea = false;
    std::vector<CandidateResult> candidates; ///< by rank, then ballot number
    std::vector<qint64> elected;             ///< candidate ids, in rank order
    std::vector<qint64> tied;                ///< candidates tied for the last seat(s)
    int runOffSeats = 0;                     ///< seats the run-off among `tied` fills
    int electedPartyMembers = 0;
    QStringList warnings;

    bool turnoutMet() const { return turnoutPersons && turnoutArea; }
    Measures valid() const { return {participating.persons - invalid.persons, participating.areaCenti - invalid.areaCenti}; }
    Measures turnoutGap() const { return OwnersVote::missingForTurnout(total, participating); }
    const CandidateResult *find(qint64 candidateId) const;
};

/// Counts an election by the double test (OwnersVote, ordinary matter), in integers.
///
/// Every returned ballot counts for participation, an invalid one too; an invalid ballot is
/// neither yes, no nor abstention for any candidate. A candidate can be elected only with
/// yes from more than half of the participating persons AND more than half of the
/// participating area. Seats go to those candidates by the number of persons voting yes; the
/// area does not break a tie: when candidates with equal votes straddle the last seat, they
/// are all reported as tied for a run-off and those seats stay open.
class ElectionTally
{
    Q_DECLARE_TR_FUNCTIONS(cd::ElectionTally)

public:
    static TallyResult compute(const TallyInput &input);
    /// Reads the frozen roll, approved candidates and ballots of an election.
    static Result<TallyInput> load(Database &database, qint64 electionId);
    /// load() then compute(); refused before voting opened.
    static Result<TallyResult> run(Database &database, qint64 electionId);
};

} // namespace cd
