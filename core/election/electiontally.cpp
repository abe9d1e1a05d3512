#include "election/electiontally.h"

#include "db/database.h"
#include "election/electionsql.h"

#include <QHash>

#include <algorithm>

namespace cd {

using electionsql::errorText;

const CandidateResult *TallyResult::find(qint64 candidateId) const
{
    for (const CandidateResult &result : candidates) {
        if (result.candidate.id == candidateId)
            return &result;
    }
    return nullptr;
}

TallyResult ElectionTally::compute(const TallyInput &input)
{
    TallyResult result;
    result.seats = input.seats;
    result.total = input.total;
    const int count = int(input.candidates.size());
    std::vector<CandidateResult> lines(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        lines[size_t(i)].candidate = input.candidates[size_t(i)];

    for (const TallyBallot &ballot : input.ballots) {
        const Measures voter{1, ballot.areaCenti};
        result.participating += voter;
        if (ballot.invalid) {
            result.invalid += voter;
            continue;
        }
        for (int index : ballot.yes)
            lines[size_t(index)].yes += voter;
        for (int index : ballot.no)
            lines[size_t(index)].no += voter;
    }
    result.turnoutPersons = OwnersVote::turnoutMet(result.participating.persons, result.total.persons);
    result.turnoutArea = OwnersVote::turnoutMet(result.participating.areaCenti, result.total.areaCenti);

    const Measures valid = result.valid();
    std::vector<int> qualified;
    for (int i = 0; i < count; ++i) {
        CandidateResult &line = lines[size_t(i)];
        line.abstain = {valid.persons - line.yes.persons - line.no.persons,
                        valid.areaCenti - line.yes.areaCenti - line.no.areaCenti};
        const MatterDecision decision =
            OwnersVote::decide(MatterKind::Ordinary, result.total, result.participating, line.yes);
        line.majorityPersons = decision.approvedPersons;
        line.majorityArea = decision.approvedArea;
        if (!result.turnoutMet())
            line.outcome = QStringLiteral("no_turnout");
        else if (!decision.approved())
            line.outcome = QStringLiteral("no_majority");
        else
            qualified.push_back(i);
    }

    // Seats by votes (persons); area and ballot order only order the display.
    std::sort(qualified.begin(), qualified.end(), [&](int a, int b) {
        const CandidateResult &x = lines[size_t(a)], &y = lines[size_t(b)];
        if (x.yes.persons != y.yes.persons)
            return x.yes.persons > y.yes.persons;
        if (x.yes.areaCenti != y.yes.areaCenti)
            return x.yes.areaCenti > y.yes.areaCenti;
        return x.candidate.ballotNumber < y.candidate.ballotNumber;
    });
    const int seats = input.seats;
    qint64 boundary = -1; // votes of the candidate on the last seat, when the seats are contested
    if (int(qualified.size()) > seats && seats > 0)
        boundary = lines[size_t(qualified[size_t(seats - 1)])].yes.persons;
    for (size_t position = 0; position < qualified.size(); ++position) {
        CandidateResult &line = lines[size_t(qualified[position])];
        line.rank = int(position) + 1;
        if (boundary < 0 || line.yes.persons > boundary)
            line.outcome = QStringLiteral("elected");
        else if (line.yes.persons == boundary)
            line.outcome = QStringLiteral("tie");
        else
            line.outcome = QStringLiteral("not_elected");
    }
    for (const int index : qualified) {
        const CandidateResult &line = lines[size_t(index)];
        if (line.outcome == QLatin1String("elected"))
            result.elected.push_back(line.candidate.id);
        else if (line.outcome == QLatin1String("tie"))
            result.tied.push_back(line.candidate.id);
    }
    if (!result.tied.empty())
        result.runOffSeats = seats - int(result.elected.size());

    std::stable_sort(lines.begin(), lines.end(), [](const CandidateResult &a, const CandidateResult &b) {
        if ((a.rank > 0) != (b.rank > 0))
            return a.rank > 0;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.candidate.ballotNumber < b.candidate.ballotNumber;
    });
    result.candidates = std::move(lines);
    for (const CandidateResult &line : result.candidates) {
        if (line.outcome == QLatin1String("elected") && line.candidate.partyMember)
            ++result.electedPartyMembers;
    }

    // What the secretary must know about this result.
    const int elected = int(result.elected.size());
    if (!result.turnoutMet()) {
        result.warnings << tr("Turnout below two thirds (%1): the vote decides nothing.")
                               .arg(OwnersVote::turnoutGapText(result.total, result.participating));
    } else {
        if (!result.tied.empty())
            result.warnings << tr("%n candidate(s) tied for the last %1 seat(s): a run-off is needed.", nullptr,
                                  int(result.tied.size()))
                                   .arg(result.runOffSeats);
        else if (elected < seats)
            result.warnings << tr("Only %1 of %2 seats were filled: a by-election is needed.").arg(elected).arg(seats);
        if (elected > 0 && 2 * result.electedPartyMembers < elected)
            result.warnings << tr("Party members are %1 of %2 elected members, under half.")
                                   .arg(result.electedPartyMembers)
                                   .arg(elected);
        if (!input.byElection && result.tied.empty() && elected > 0) {
            if (elected < input.minSize)
                result.warnings << tr("The committee has %1 members, fewer than %2.").arg(elected).arg(input.minSize);
            if (input.oddSize && elected % 2 == 0)
                result.warnings << tr("The committee has an even number of members (%1).").arg(elected);
        }
    }
    return result;
}

Result<TallyInput> ElectionTally::load(Database &database, qint64 electionId)
{
    QSqlQuery q(database.sql());
    q.setForwardOnly(true);
    TallyInput input;
    if (!electionsql::run(q, QStringLiteral("SELECT seats, min_size, max_size, odd_size, kind, status FROM election WHERE id = ?"),
             {electionId}))
        return Status::failure(tr("Cannot read the election: %1").arg(errorText(q)));
    if (!q.next())
        return Status::failure(tr("There is no election with id %1.").arg(electionId));
    input.seats = q.value(0).toInt();
    input.minSize = q.value(1).toInt();
    input.maxSize = q.value(2).toInt();
    input.oddSize = q.value(3).toInt() != 0;
    input.byElection = q.value(4).toString() == QLatin1String("by_election");
    if (q.value(5).toString() == QLatin1String("preparing"))
        return Status::failure(tr("Voting has not opened yet: there is nothing to count."));

    if (!electionsql::run(q, QStringLiteral("SELECT count(*), coalesce(sum(area_centi), 0) FROM election_voter WHERE election_id = ?"),
             {electionId})
        || !q.next())
        return Status::failure(tr("Cannot read the voter roll: %1").arg(errorText(q)));
    input.total = {q.value(0).toLongLong(), q.value(1).toLongLong()};

    QHash<qint64, int> indexOf;
    if (!electionsql::run(q,
             QStringLiteral("SELECT id, ballot_number, name, person_id, party_member FROM election_candidate "
                            "WHERE election_id = ? AND ballot_number IS NOT NULL ORDER BY ballot_number"),
             {electionId}))
        return Status::failure(tr("Cannot read the candidates: %1").arg(errorText(q)));
    while (q.next()) {
        indexOf.insert(q.value(0).toLongLong(), int(input.candidates.size()));
        input.candidates.push_back({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                                    q.value(3).toLongLong(), q.value(4).toInt() != 0});
    }

    // Ballots and their marks in one pass, ordered by ballot.
    if (!electionsql::run(q,
             QStringLiteral("SELECT b.id, v.area_centi, b.invalid, m.candidate_id, m.choice FROM election_ballot b "
                            "JOIN election_voter v ON v.id = b.voter_id "
                            "LEFT JOIN election_ballot_mark m ON m.ballot_id = b.id "
                            "WHERE b.election_id = ? ORDER BY b.id"),
             {electionId}))
        return Status::failure(tr("Cannot read the ballots: %1").arg(errorText(q)));
    qint64 current = -1;
    while (q.next()) {
        const qint64 ballotId = q.value(0).toLongLong();
        if (ballotId != current) {
            current = ballotId;
            input.ballots.push_back({q.value(1).toLongLong(), q.value(2).toInt() != 0, {}, {}});
        }
        if (q.isNull(3))
            continue;
        const auto index = indexOf.constFind(q.value(3).toLongLong());
        if (index == indexOf.constEnd())
            continue;
        TallyBallot &ballot = input.ballots.back();
        (q.value(4).toString() == QLatin1String("yes") ? ballot.yes : ballot.no).push_back(index.value());
    }
    return input;
}

Result<TallyResult> ElectionTally::run(Database &database, qint64 electionId)
{
    const Result<TallyInput> input = load(database, electionId);
    if (!input)
        return input.status();
    return compute(*input);
}

} // namespace cd
