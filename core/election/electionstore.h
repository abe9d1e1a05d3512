#pragma once

#include "common/status.h"
#include "election/electiontypes.h"

#include <QCoreApplication>

namespace cd {

class Clock;
class Database;

/// Reads and writes owners' committee elections: the election and its settings, vetting
/// conditions, candidates and their vetting, the voter roll (frozen when voting opens), voter
/// status, door-to-door visits, proxies, ballots, logged corrections, closing and the elected
/// committee.
///
/// Every write is one transaction; a refused write changes nothing and says why. Each step
/// asks ElectionWorkflow whether its inputs are complete first, so no step runs early:
/// candidates and settings change only while preparing, ballots only while voting, and after
/// closing only a correction with a reason (logged in election_correction and audit_log)
/// changes a ballot.
class ElectionStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::ElectionStore)

public:
    ElectionStore(Database &database, const Clock &clock);

    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }

    // --- Elections and conditions (electionstore.cpp) -------------------------------------
    /// Creates an election in the preparing state with the default vetting conditions.
    Result<qint64> create(const Election &election);
    /// Changes title, kind, seats, size bounds, term, meeting date and notes while preparing.
    Status update(const Election &election);
    /// Deletes an election that is still being prepared.
    Status remove(qint64 electionId);
    Result<Election> election(qint64 electionId) const;
    /// Newest first; estateId 0 lists every estate.
    Result<std::vector<Election>> elections(qint64 estateId = 0) const;
    /// Why the seats or bounds are not acceptable (empty when they are).
    static QStringList settingProblems(const Election &election);

    Result<std::vector<ElectionCondition>> conditions(qint64 electionId) const;
    Result<qint64> addCondition(qint64 electionId, const ElectionCondition &condition);
    Status updateCondition(qint64 electionId, const ElectionCondition &condition);
    Status removeCondition(qint64 electionId, qint64 conditionId);

    // --- Candidates and vetting (electionstore_candidates.cpp) ----------------------------
    /// Adds a person as candidate (pending vetting). Party membership is read from the census.
    Result<qint64> addCandidate(qint64 electionId, qint64 personId, const QString &source);
    Status removeCandidate(qint64 candidateId);
    /// Changing the vetting of an approved candidate sends it back to pending.
    Status setFourHas(qint64 candidateId, const FourHas &fourHas);
    Status setCheck(qint64 candidateId, const CandidateCheck &check);
    /// Approves only when the 四有 are all ticked, every eligibility condition is met and no
    /// disqualifier applies (each condition answered); otherwise refused with the reasons.
    Status approve(qint64 candidateId, const QString &note = QString());
    /// Rejection and withdrawal need a note.
    Status reject(qint64 candidateId, const QString &note);
    Status withdraw(qint64 candidateId, const QString &note);
    /// Ticks the 四有, answers every unanswered condition favourably and approves (the CLI's
    /// --vetted); a disqualifier already found still blocks the approval.
    Status approveAllChecks(qint64 candidateId, const QString &note);
    /// In ballot order once voting opened, otherwise in the order they were added.
    Result<std::vector<Candidate>> candidates(qint64 electionId) const;
    Result<Candidate> candidate(qint64 candidateId) const;
    /// Why `candidate` cannot be approved under `conditions` (empty when it can).
    static QStringList approvalProblems(const Candidate &candidate, const std::vector<ElectionCondition> &conditions);

    // --- Roll and voting (electionstore_voting.cpp) ---------------------------------------
    /// The frozen roll once voting opened; before that a preview built from the roster today.
    Result<VoterRoll> roll(qint64 electionId) const;
    /// Freezes the roll, numbers the approved candidates for the ballot and opens voting.
    Status openVoting(qint64 electionId);
    Result<RollVoter> voter(qint64 electionId, int number) const;
    /// pending, refused or unreachable; "voted" follows from an entered ballot.
    Status setVoterStatus(qint64 electionId, int number, const QString &status);
    Status setCanvass(qint64 electionId, int number, const QString &canvass, const QString &note = QString());
    /// Records a written proxy (委托); an empty name removes it.
    Status setProxy(qint64 electionId, int number, const QString &proxyName, const QString &note = QString());
    /// Enters a paper ballot while voting. More yes marks than seats make the ballot invalid.
    Status enterBallot(qint64 electionId, const BallotEntry &ballot);
    /// Replaces (or adds) a voter's ballot, while voting or after closing; needs a reason and
    /// is logged. After closing the elected committee is brought up to date.
    Status correctBallot(qint64 electionId, const BallotEntry &ballot, const QString &reason,
                         const QString &actor = QString());
    /// Removes an entered ballot (entered for the wrong voter); needs a reason and is logged.
    Status removeBallot(qint64 electionId, int number, const QString &reason, const QString &actor = QString());
    Result<std::vector<BallotCorrection>> corrections(qint64 electionId) const;
    /// Ballots entered so far.
    Result<int> ballotCount(qint64 electionId) const;

    // --- Closing and the committee (electionstore_results.cpp) ----------------------------
    /// Closes voting: ballots are frozen and the elected candidates become the committee.
    Status close(qint64 electionId);
    Result<std::vector<ElectedMember>> members(qint64 electionId) const;
    /// director (one), deputy_director or member.
    Status setRole(qint64 electionId, qint64 candidateId, const QString &role);
    /// Records the winners of a run-off among the tied candidates, with a note on the vote.
    Status recordRunOff(qint64 electionId, const std::vector<qint64> &candidateIds, const QString &note);

private:
    /// Ends a candidate's vetting as `vetting` (rejected, withdrawn) with the reason given.
    Status endVetting(qint64 candidateId, const QString &vetting, const QString &note, const QString &noteMissing);
    friend class ElectionFiling;
    Result<Election> requireState(qint64 electionId, const QString &status, const QString &what) const;
    Result<qint64> voterId(qint64 electionId, int number) const;
    Status writeBallot(const Election &election, qint64 voterId, const BallotEntry &ballot);
    Result<QString> ballotText(qint64 voterId) const;
    Status syncMembers(qint64 electionId);
    Status audit(const QString &action, const QString &detail);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace cd
