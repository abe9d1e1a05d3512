#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

/// Value types of owners' committee elections (业委会选举). Codes (kind, source, status ...)
/// are the stable strings stored in the tables; ElectionCodes gives their labels.
namespace cd {

/// An election at one estate. status: preparing → voting → closed.
struct Election
{
    qint64 id = 0;
    qint64 estateId = 0;
    QString estateName;                     ///< read only
    QString title;
    QString kind = QStringLiteral("first"); ///< first 首次选举, renewal 换届, by_election 补选
    int seats = 7;
    int minSize = 5;                        ///< committee-size bounds (some cities allow 3)
    int maxSize = 11;
    bool oddSize = true;
    int termYears = 5;
    QDate meetingDate;                      ///< the owners' general meeting
    QString status = QStringLiteral("preparing");
    QString createdAt;
    QString votingOpenedAt;
    QString closedAt;
    QDate filedAt;                          ///< 备案 done
    QString notes;

    bool isPreparing() const { return status == QLatin1String("preparing"); }
    bool isVoting() const { return status == QLatin1String("voting"); }
    bool isClosed() const { return status == QLatin1String("closed"); }
};

/// A vetting condition: an eligibility condition must be met, a disqualifier must not apply.
struct ElectionCondition
{
    qint64 id = 0;
    QString kind = QStringLiteral("eligibility"); ///< eligibility or disqualifier
    QString text;
    int position = 0;

    bool isDisqualifier() const { return kind == QLatin1String("disqualifier"); }
};

/// The answer for one condition of one candidate.
struct CandidateCheck
{
    qint64 conditionId = 0;
    bool value = false; ///< eligibility: met; disqualifier: applies
    QString note;
};

/// The "四有" standard: 有能力、有品行、有公心、有热心.
struct FourHas
{
    bool ability = false;
    bool conduct = false;
    bool publicSpirit = false;
    bool enthusiasm = false;
    QString notes;

    bool all() const { return ability && conduct && publicSpirit && enthusiasm; }
};

/// A candidate for the committee: a person from the roster, with vetting.
struct Candidate
{
    qint64 id = 0;
    qint64 electionId = 0;
    qint64 personId = 0;
    QString name;
    QString source = QStringLiteral("self"); ///< self, joint, party_org, residents_committee
    bool partyMember = false;
    FourHas fourHas;
    QString vetting = QStringLiteral("pending"); ///< pending, approved, rejected, withdrawn
    QString vettingNote;
    int ballotNumber = 0;                        ///< 0 until voting opens
    std::vector<CandidateCheck> checks;

    bool isApproved() const { return vetting == QLatin1String("approved"); }
    bool isPending() const { return vetting == QLatin1String("pending"); }
};

/// One dwelling of a voter on the roll.
struct RollDwelling
{
    qint64 dwellingId = 0;
    QString address;   ///< "3-2-501" (building-unit-room)
    qint64 areaCenti = 0;
};

/// One voter (counting person) on the roll. kind: owner, developer, unknown.
struct RollVoter
{
    qint64 id = 0;      ///< election_voter id once frozen
    int number = 0;     ///< ballot number, 1 ..
    QString kind = QStringLiteral("owner");
    qint64 personId = 0; ///< the named voter; 0 for the developer and unknown owners
    QString name;        ///< the named voter, or the developer
    QString owners;      ///< all co-owners, "、"-separated
    QString rooms;       ///< "3-2-501、3-2-502"
    QString building;    ///< the first dwelling's building, for door-to-door lists
    qint64 areaCenti = 0;
    std::vector<RollDwelling> dwellings;
    // Voting progress (frozen rolls only).
    QString status = QStringLiteral("pending"); ///< pending, voted, refused, unreachable
    QString canvass = QStringLiteral("not_visited");
    QString canvassNote;
    QString canvassAt;
    QString proxyName;
    QString proxyNote;
};

/// The voter roll: persons by the counting rules, with totals. Frozen when voting opens.
struct VoterRoll
{
    std::vector<RollVoter> voters;
    qint64 persons = 0;
    qint64 areaCenti = 0;
    int dwellings = 0;
    int developerDwellings = 0; ///< unsold and undelivered dwellings counted as the developer
    bool frozen = false;
    QString frozenAt;
    QStringList warnings;        ///< e.g. dwellings without a recorded owner
};

/// Persons and exclusive area (hundredths of m²): the two measures of art. 278.
struct Measures
{
    qint64 persons = 0;
    qint64 areaCenti = 0;

    Measures &operator+=(const Measures &o)
    {
        persons += o.persons;
        areaCenti += o.areaCenti;
        return *this;
    }
    bool operator==(const Measures &o) const { return persons == o.persons && areaCenti == o.areaCenti; }
    bool operator!=(const Measures &o) const { return !(*this == o); }
};

/// A ballot as the tellers read it. Candidates are election_candidate ids; a candidate in
/// neither list is an abstention.
struct BallotEntry
{
    int voterNumber = 0;
    std::vector<qint64> yes;
    std::vector<qint64> no;
    bool invalid = false;
    QString invalidReason; ///< filled by the store for an over-vote
    bool byProxy = false;
    QString teller;
};

/// A member of the elected committee. role: director 主任, deputy_director 副主任, member 委员.
struct ElectedMember
{
    qint64 id = 0;
    qint64 candidateId = 0;
    qint64 personId = 0;
    QString name;
    QString role = QStringLiteral("member");
    bool partyMember = false;
    QString source = QStringLiteral("tally"); ///< tally or runoff
    QString note;
};

/// A logged change to an entered ballot.
struct BallotCorrection
{
    qint64 id = 0;
    int voterNumber = 0;
    QString at;
    QString actor;
    QString reason;
    QString before;
    QString after;
};

} // namespace cd
