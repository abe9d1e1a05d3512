// Corrections, closing, the elected committee and run-offs.
#include "election/electionstore.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "election/committeerecorder.h"
#include "election/electioncodes.h"
#include "election/electionsql.h"
#include "election/electiontally.h"
#include "election/electionworkflow.h"

#include <QSet>

#include <algorithm>

namespace cd {

using electionsql::errorText;
using electionsql::run;

Result<QString> ElectionStore::ballotText(qint64 voterId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, invalid, invalid_reason, by_proxy FROM election_ballot WHERE voter_id = ?"),
             {voterId}))
        return Status::failure(tr("Cannot read the ballots: %1").arg(errorText(q)));
    if (!q.next())
        return QStringLiteral("none");
    const qint64 ballotId = q.value(0).toLongLong();
    QStringList parts;
    if (q.value(1).toInt() != 0)
        parts << QStringLiteral("invalid") + (q.value(2).toString().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(q.value(2).toString()));
    if (q.value(3).toInt() != 0)
        parts << QStringLiteral("by proxy");
    if (!run(q,
             QStringLiteral("SELECT m.choice, c.ballot_number FROM election_ballot_mark m "
                            "JOIN election_candidate c ON c.id = m.candidate_id WHERE m.ballot_id = ? "
                            "ORDER BY m.choice DESC, c.ballot_number"),
             {ballotId}))
        return Status::failure(tr("Cannot read the ballots: %1").arg(errorText(q)));
    QStringList yes, no;
    while (q.next())
        (q.value(0).toString() == QLatin1String("yes") ? yes : no) << q.value(1).toString();
    parts << QStringLiteral("yes: %1").arg(yes.join(QLatin1Char(','))) << QStringLiteral("no: %1").arg(no.join(QLatin1Char(',')));
    return parts.join(QStringLiteral("; "));
}

Status ElectionStore::correctBallot(qint64 electionId, const BallotEntry &ballot, const QString &reason, const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("A correction needs a reason."));
    const Result<Election> e = election(electionId);
    if (!e)
        return e.status();
    if (e->isPreparing())
        return Status::failure(tr("Voting has not opened: there are no ballots to correct."));
    if (e->filedAt.isValid())
        return Status::failure(tr("The result was filed on %1; ballots can no longer be corrected.")
                                   .arg(e->filedAt.toString(Qt::ISODate)));
    const Result<qint64> id = voterId(electionId, ballot.voterNumber);
    if (!id)
        return id.status();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    const Result<QString> before = ballotText(*id);
    if (!before)
        return before.status();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM election_ballot WHERE voter_id = ?"), {*id}))
        return Status::failure(tr("Cannot correct the ballot: %1").arg(errorText(q)));
    Status done = writeBallot(*e, *id, ballot);
    if (!done)
        return done;
    const Result<QString> after = ballotText(*id);
    if (!after)
        return after.status();
    if (!run(q, QStringLiteral("INSERT INTO election_correction(election_id, voter_id, at, actor, reason, before, after) "
                               "VALUES (?,?,?,?,?,?,?)"),
             {electionId, *id, m_clock.nowText(), actor, reason.trimmed(), *before, *after}))
        return Status::failure(tr("Cannot log the correction: %1").arg(errorText(q)));
    done = audit(QStringLiteral("election_correction"),
                 QStringLiteral("election %1, ballot No. %2: %3 -> %4").arg(electionId).arg(ballot.voterNumber).arg(*before, *after));
    if (done && e->isClosed())
        done = syncMembers(electionId);
    if (!done)
        return done;
    return tx.commit();
}

Status ElectionStore::removeBallot(qint64 electionId, int number, const QString &reason, const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("A correction needs a reason."));
    const Result<Election> e = election(electionId);
    if (!e)
        return e.status();
    if (e->isPreparing() || e->filedAt.isValid())
        return Status::failure(tr("Ballots can be removed only after voting opened and before the result is filed."));
    const Result<qint64> id = voterId(electionId, number);
    if (!id)
        return id.status();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    const Result<QString> before = ballotText(*id);
    if (!before)
        return before.status();
    if (*before == QLatin1String("none"))
        return Status::failure(tr("Voter No. %1 has no entered ballot.").arg(number));
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM election_ballot WHERE voter_id = ?"), {*id})
        || !run(q, QStringLiteral("UPDATE election_voter SET status = 'pending' WHERE id = ?"), {*id})
        || !run(q, QStringLiteral("INSERT INTO election_correction(election_id, voter_id, at, actor, reason, before, after) "
                                  "VALUES (?,?,?,?,?,?,?)"),
                {electionId, *id, m_clock.nowText(), actor, reason.trimmed(), *before, QStringLiteral("removed")}))
        return Status::failure(tr("Cannot remove the ballot: %1").arg(errorText(q)));
    Status done = audit(QStringLiteral("election_correction"),
                        QStringLiteral("election %1, ballot No. %2 removed").arg(electionId).arg(number));
    if (done && e->isClosed())
        done = syncMembers(electionId);
    if (!done)
        return done;
    return tx.commit();
}

Result<std::vector<BallotCorrection>> ElectionStore::corrections(qint64 electionId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("SELECT k.id, coalesce(v.number, 0), k.at, k.actor, k.reason, k.before, k.after "
                            "FROM election_correction k LEFT JOIN election_voter v ON v.id = k.voter_id "
                            "WHERE k.election_id = ? ORDER BY k.id"),
             {electionId}))
        return Status::failure(tr("Cannot read the corrections: %1").arg(errorText(q)));
    std::vector<BallotCorrection> result;
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return result;
}

Status ElectionStore::close(qint64 electionId)
{
    const Result<Election> e = requireState(electionId, QStringLiteral("voting"), tr("close the vote"));
    if (!e)
        return e.status();
    const Status ready = ElectionWorkflow(*this).requireReady(electionId, ElectionStep::Counting);
    if (!ready)
        return ready;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("UPDATE election SET status = 'closed', closed_at = ? WHERE id = ?"), {m_clock.nowText(), electionId}))
        return Status::failure(tr("Cannot close the vote: %1").arg(errorText(q)));
    Status done = syncMembers(electionId);
    if (done)
        done = audit(QStringLiteral("election_close"), QStringLiteral("election %1 closed").arg(electionId));
    if (!done)
        return done;
    return tx.commit();
}

Status ElectionStore::syncMembers(qint64 electionId)
{
    const Result<TallyResult> tally = ElectionTally::run(m_db, electionId);
    if (!tally)
        return tally.status();
    const QSet<qint64> elected(tally->elected.begin(), tally->elected.end());
    const QSet<qint64> tied(tally->tied.begin(), tally->tied.end());
    QSqlQuery q(m_db.sql());
    // Members the count no longer supports leave; run-off winners stay while they are still tied.
    if (!run(q, QStringLiteral("SELECT candidate_id, source FROM election_member WHERE election_id = ?"), {electionId}))
        return Status::failure(tr("Cannot read the committee: %1").arg(errorText(q)));
    QSet<qint64> present;
    std::vector<qint64> gone;
    while (q.next()) {
        const qint64 candidate = q.value(0).toLongLong();
        const bool runoff = q.value(1).toString() == QLatin1String("runoff");
        if ((runoff && tied.contains(candidate)) || (!runoff && elected.contains(candidate)))
            present.insert(candidate);
        else
            gone.push_back(candidate);
    }
    for (qint64 candidate : gone) {
        if (!run(q, QStringLiteral("DELETE FROM election_member WHERE election_id = ? AND candidate_id = ?"), {electionId, candidate}))
            return Status::failure(tr("Cannot update the committee: %1").arg(errorText(q)));
    }
    for (qint64 candidate : tally->elected) {
        if (present.contains(candidate))
            continue;
        const CandidateResult *line = tally->find(candidate);
        if (!run(q,
                 QStringLiteral("INSERT INTO election_member(election_id, candidate_id, person_id, name, party_member, source) "
                                "VALUES (?,?,?,?,?, 'tally')"),
                 {electionId, candidate, line->candidate.personId, line->candidate.name, line->candidate.partyMember ? 1 : 0}))
            return Status::failure(tr("Cannot update the committee: %1").arg(errorText(q)));
    }
    return CommitteeRecorder::record(m_db, electionId);
}

Result<std::vector<ElectedMember>> ElectionStore::members(qint64 electionId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("SELECT m.id, m.candidate_id, m.person_id, m.name, m.role, m.party_member, m.source, m.note "
                            "FROM election_member m JOIN election_candidate c ON c.id = m.candidate_id "
                            "WHERE m.election_id = ? ORDER BY CASE m.role WHEN 'director' THEN 0 "
                            "WHEN 'deputy_director' THEN 1 ELSE 2 END, c.ballot_number"),
             {electionId}))
        return Status::failure(tr("Cannot read the committee: %1").arg(errorText(q)));
    std::vector<ElectedMember> result;
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toInt() != 0, q.value(6).toString(), q.value(7).toString()});
    return result;
}

Status ElectionStore::setRole(qint64 electionId, qint64 candidateId, const QString &role)
{
    const Result<Election> e = requireState(electionId, QStringLiteral("closed"), tr("assign committee roles"));
    if (!e)
        return e.status();
    if (!ElectionCodes::isKnown(ElectionCodes::List::Role, role))
        return Status::failure(tr("Unknown role \"%1\"; use director, deputy_director or member.").arg(role));
    QSqlQuery q(m_db.sql());
    if (role == QLatin1String("director")) {
        if (!run(q, QStringLiteral("SELECT name FROM election_member WHERE election_id = ? AND role = 'director' "
                                   "AND candidate_id <> ?"),
                 {electionId, candidateId}))
            return Status::failure(tr("Cannot read the committee: %1").arg(errorText(q)));
        if (q.next())
            return Status::failure(tr("%1 is already the director; make them a member or deputy first.").arg(q.value(0).toString()));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    if (!run(q, QStringLiteral("UPDATE election_member SET role = ? WHERE election_id = ? AND candidate_id = ?"),
             {role, electionId, candidateId}))
        return Status::failure(tr("Cannot save the role: %1").arg(errorText(q)));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Candidate %1 is not a member of the elected committee.").arg(candidateId));
    const Status recorded = CommitteeRecorder::record(m_db, electionId);
    if (!recorded)
        return recorded;
    return tx.commit();
}

Status ElectionStore::recordRunOff(qint64 electionId, const std::vector<qint64> &candidateIds, const QString &note)
{
    const Result<Election> e = requireState(electionId, QStringLiteral("closed"), tr("record a run-off"));
    if (!e)
        return e.status();
    if (note.trimmed().isEmpty())
        return Status::failure(tr("Describe the run-off (date and votes) in the note."));
    const Result<TallyResult> tally = ElectionTally::run(m_db, electionId);
    if (!tally)
        return tally.status();
    if (tally->tied.empty())
        return Status::failure(tr("No candidates are tied: there is no run-off to record."));
    const QSet<qint64> unique(candidateIds.begin(), candidateIds.end());
    if (int(unique.size()) != tally->runOffSeats || int(candidateIds.size()) != tally->runOffSeats)
        return Status::failure(tr("The run-off fills %n seat(s): name that many of the tied candidates.", nullptr,
                                  tally->runOffSeats));
    for (qint64 id : candidateIds) {
        if (std::find(tally->tied.begin(), tally->tied.end(), id) == tally->tied.end())
            return Status::failure(tr("Candidate %1 was not tied for the last seat.").arg(id));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM election_member WHERE election_id = ? AND source = 'runoff'"), {electionId}))
        return Status::failure(tr("Cannot record the run-off: %1").arg(errorText(q)));
    for (qint64 id : candidateIds) {
        const CandidateResult *line = tally->find(id);
        if (!run(q,
                 QStringLiteral("INSERT INTO election_member(election_id, candidate_id, person_id, name, party_member, source, note) "
                                "VALUES (?,?,?,?,?, 'runoff', ?)"),
                 {electionId, id, line->candidate.personId, line->candidate.name, line->candidate.partyMember ? 1 : 0,
                  note.trimmed()}))
            return Status::failure(tr("Cannot record the run-off: %1").arg(errorText(q)));
    }
    Status done = audit(QStringLiteral("election_runoff"), QStringLiteral("election %1: run-off recorded").arg(electionId));
    if (done)
        done = CommitteeRecorder::record(m_db, electionId);
    if (!done)
        return done;
    return tx.commit();
}

} // namespace cd
