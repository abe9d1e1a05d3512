// Candidates and their vetting: the 四有 checklist, eligibility conditions and disqualifiers.
#include "election/electionstore.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "election/electioncodes.h"
#include "election/electionsql.h"
#include "election/partymembership.h"

#include <QHash>

#include <algorithm>

namespace cd {

using electionsql::errorText;
using electionsql::run;

namespace {

const char *const kCandidateColumns =
    "c.id, c.election_id, c.person_id, c.name, c.source, c.party_member, c.has_ability, c.has_conduct, "
    "c.has_public_spirit, c.has_enthusiasm, c.four_notes, c.vetting, c.vetting_note, coalesce(c.ballot_number, 0)";

Candidate readCandidate(const QSqlQuery &q)
{
    Candidate c;
    c.id = q.value(0).toLongLong();
    c.electionId = q.value(1).toLongLong();
    c.personId = q.value(2).toLongLong();
    c.name = q.value(3).toString();
    c.source = q.value(4).toString();
    c.partyMember = q.value(5).toInt() != 0;
    c.fourHas.ability = q.value(6).toInt() != 0;
    c.fourHas.conduct = q.value(7).toInt() != 0;
    c.fourHas.publicSpirit = q.value(8).toInt() != 0;
    c.fourHas.enthusiasm = q.value(9).toInt() != 0;
    c.fourHas.notes = q.value(10).toString();
    c.vetting = q.value(11).toString();
    c.vettingNote = q.value(12).toString();
    c.ballotNumber = q.value(13).toInt();
    return c;
}

} // namespace

Result<qint64> ElectionStore::addCandidate(qint64 electionId, qint64 personId, const QString &source)
{
    const Result<Election> e = requireState(electionId, QStringLiteral("preparing"), tr("add candidates"));
    if (!e)
        return e.status();
    if (!ElectionCodes::isKnown(ElectionCodes::List::Source, source))
        return Status::failure(tr("Unknown candidate source \"%1\"; use one of: %2.")
                                   .arg(source, ElectionCodes::codes(ElectionCodes::List::Source).join(QStringLiteral(", "))));
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT name, archived FROM person WHERE id = ?"), {personId}))
        return Status::failure(tr("Cannot read the person: %1").arg(errorText(q)));
    if (!q.next())
        return Status::failure(tr("There is no person with id %1.").arg(personId));
    const QString name = q.value(0).toString();
    if (q.value(1).toInt() != 0)
        return Status::failure(tr("%1 is archived and cannot stand as a candidate.").arg(name));
    if (!run(q, QStringLiteral("SELECT count(*) FROM election_candidate WHERE election_id = ? AND person_id = ?"),
             {electionId, personId})
        || !q.next())
        return Status::failure(tr("Cannot read the candidates: %1").arg(errorText(q)));
    if (q.value(0).toInt() > 0)
        return Status::failure(tr("%1 is already a candidate in this election.").arg(name));
    const Result<bool> party = PartyMembership::isMember(m_db, personId);
    if (!party)
        return party.status();
    if (!run(q,
             QStringLiteral("INSERT INTO election_candidate(election_id, person_id, name, source, party_member, added_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {electionId, personId, name, source, *party ? 1 : 0, m_clock.nowText()}))
        return Status::failure(tr("Cannot save the candidate: %1").arg(errorText(q)));
    return q.lastInsertId().toLongLong();
}

Result<Candidate> ElectionStore::candidate(qint64 candidateId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM election_candidate c WHERE c.id = ?").arg(QLatin1String(kCandidateColumns)),
             {candidateId}))
        return Status::failure(tr("Cannot read the candidate: %1").arg(errorText(q)));
    if (!q.next())
        return Status::failure(tr("There is no candidate with id %1.").arg(candidateId));
    Candidate c = readCandidate(q);
    if (!run(q, QStringLiteral("SELECT condition_id, value, note FROM election_candidate_check WHERE candidate_id = ?"),
             {candidateId}))
        return Status::failure(tr("Cannot read the candidate: %1").arg(errorText(q)));
    while (q.next())
        c.checks.push_back({q.value(0).toLongLong(), q.value(1).toInt() != 0, q.value(2).toString()});
    return c;
}

Result<std::vector<Candidate>> ElectionStore::candidates(qint64 electionId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM election_candidate c WHERE c.election_id = ? "
                            "ORDER BY c.ballot_number IS NULL, c.ballot_number, c.id")
                 .arg(QLatin1String(kCandidateColumns)),
             {electionId}))
        return Status::failure(tr("Cannot read the candidates: %1").arg(errorText(q)));
    std::vector<Candidate> result;
    QHash<qint64, size_t> indexOf;
    while (q.next()) {
        indexOf.insert(q.value(0).toLongLong(), result.size());
        result.push_back(readCandidate(q));
    }
    if (!run(q,
             QStringLiteral("SELECT k.candidate_id, k.condition_id, k.value, k.note FROM election_candidate_check k "
                            "JOIN election_candidate c ON c.id = k.candidate_id WHERE c.election_id = ?"),
             {electionId}))
        return Status::failure(tr("Cannot read the candidates: %1").arg(errorText(q)));
    while (q.next()) {
        result[indexOf.value(q.value(0).toLongLong())].checks.push_back(
            {q.value(1).toLongLong(), q.value(2).toInt() != 0, q.value(3).toString()});
    }
    return result;
}

Status ElectionStore::removeCandidate(qint64 candidateId)
{
    const Result<Candidate> c = candidate(candidateId);
    if (!c)
        return c.status();
    const Result<Election> e = requireState(c->electionId, QStringLiteral("preparing"), tr("remove candidates"));
    if (!e)
        return e.status();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM election_candidate WHERE id = ?"), {candidateId}))
        return Status::failure(tr("Cannot remove the candidate: %1").arg(errorText(q)));
    return Status::success();
}

Status ElectionStore::setFourHas(qint64 candidateId, const FourHas &fourHas)
{
    const Result<Candidate> c = candidate(candidateId);
    if (!c)
        return c.status();
    const Result<Election> e = requireState(c->electionId, QStringLiteral("preparing"), tr("change the vetting"));
    if (!e)
        return e.status();
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("UPDATE election_candidate SET has_ability = ?, has_conduct = ?, has_public_spirit = ?, "
                            "has_enthusiasm = ?, four_notes = ?, "
                            "vetting = CASE vetting WHEN 'approved' THEN 'pending' ELSE vetting END WHERE id = ?"),
             {fourHas.ability ? 1 : 0, fourHas.conduct ? 1 : 0, fourHas.publicSpirit ? 1 : 0, fourHas.enthusiasm ? 1 : 0,
              fourHas.notes, candidateId}))
        return Status::failure(tr("Cannot save the vetting: %1").arg(errorText(q)));
    return Status::success();
}

Status ElectionStore::setCheck(qint64 candidateId, const CandidateCheck &check)
{
    const Result<Candidate> c = candidate(candidateId);
    if (!c)
        return c.status();
    const Result<Election> e = requireState(c->electionId, QStringLiteral("preparing"), tr("change the vetting"));
    if (!e)
        return e.status();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT count(*) FROM election_condition WHERE id = ? AND election_id = ?"),
             {check.conditionId, c->electionId})
        || !q.next() || q.value(0).toInt() == 0)
        return Status::failure(tr("There is no condition %1 in this election.").arg(check.conditionId));
    if (!run(q,
             QStringLiteral("INSERT INTO election_candidate_check(candidate_id, condition_id, value, note) VALUES (?,?,?,?) "
                            "ON CONFLICT(candidate_id, condition_id) DO UPDATE SET value = excluded.value, "
                            "note = excluded.note"),
             {candidateId, check.conditionId, check.value ? 1 : 0, check.note})
        || !run(q, QStringLiteral("UPDATE election_candidate SET vetting = 'pending' WHERE id = ? AND vetting = 'approved'"),
                {candidateId}))
        return Status::failure(tr("Cannot save the vetting: %1").arg(errorText(q)));
    return tx.commit();
}

QStringList ElectionStore::approvalProblems(const Candidate &c, const std::vector<ElectionCondition> &conditions)
{
    QStringList problems;
    //: 四有: 有能力、有品行、有公心、有热心
    static const char *const fourNames[] = {QT_TR_NOOP("ability"), QT_TR_NOOP("good conduct"),
                                            QT_TR_NOOP("public spirit"), QT_TR_NOOP("enthusiasm")};
    const bool four[] = {c.fourHas.ability, c.fourHas.conduct, c.fourHas.publicSpirit, c.fourHas.enthusiasm};
    QStringList missingFour;
    for (int i = 0; i < 4; ++i) {
        if (!four[i])
            missingFour << tr(fourNames[i]);
    }
    if (!missingFour.isEmpty())
        problems << tr("The \"four haves\" standard is not confirmed for: %1.").arg(missingFour.join(QStringLiteral(", ")));
    for (const ElectionCondition &condition : conditions) {
        const auto answer = std::find_if(c.checks.begin(), c.checks.end(),
                                         [&](const CandidateCheck &k) { return k.conditionId == condition.id; });
        if (answer == c.checks.end())
            problems << tr("Not checked yet: %1.").arg(condition.text);
        else if (condition.isDisqualifier() && answer->value)
            problems << tr("Disqualified: %1.").arg(condition.text);
        else if (!condition.isDisqualifier() && !answer->value)
            problems << tr("Condition not met: %1.").arg(condition.text);
    }
    return problems;
}

Status ElectionStore::approve(qint64 candidateId, const QString &note)
{
    const Result<Candidate> c = candidate(candidateId);
    if (!c)
        return c.status();
    const Result<Election> e = requireState(c->electionId, QStringLiteral("preparing"), tr("change the vetting"));
    if (!e)
        return e.status();
    const Result<std::vector<ElectionCondition>> list = conditions(c->electionId);
    if (!list)
        return list.status();
    const QStringList problems = approvalProblems(*c, *list);
    if (!problems.isEmpty())
        return Status::failure(tr("%1 cannot be approved: %2").arg(c->name, problems.join(QLatin1Char(' '))));
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("UPDATE election_candidate SET vetting = 'approved', vetting_note = ? WHERE id = ?"),
             {note, candidateId}))
        return Status::failure(tr("Cannot save the vetting: %1").arg(errorText(q)));
    return Status::success();
}

Status ElectionStore::reject(qint64 candidateId, const QString &note)
{
    return endVetting(candidateId, QStringLiteral("rejected"), note, tr("Say why the candidate is rejected."));
}

Status ElectionStore::withdraw(qint64 candidateId, const QString &note)
{
    return endVetting(candidateId, QStringLiteral("withdrawn"), note, tr("Say why the candidate withdraws."));
}

Status ElectionStore::endVetting(qint64 candidateId, const QString &vetting, const QString &note,
                                 const QString &noteMissing)
{
    if (note.trimmed().isEmpty())
        return Status::failure(noteMissing);
    const Result<Candidate> c = candidate(candidateId);
    if (!c)
        return c.status();
    const Result<Election> e = requireState(c->electionId, QStringLiteral("preparing"), tr("change the vetting"));
    if (!e)
        return e.status();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("UPDATE election_candidate SET vetting = ?, vetting_note = ? WHERE id = ?"),
             {vetting, note.trimmed(), candidateId}))
        return Status::failure(tr("Cannot save the vetting: %1").arg(errorText(q)));
    return Status::success();
}

Status ElectionStore::approveAllChecks(qint64 candidateId, const QString &note)
{
    const Result<Candidate> c = candidate(candidateId);
    if (!c)
        return c.status();
    const Result<std::vector<ElectionCondition>> list = conditions(c->electionId);
    if (!list)
        return list.status();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    FourHas four = c->fourHas;
    four.ability = four.conduct = four.publicSpirit = four.enthusiasm = true;
    Status done = setFourHas(candidateId, four);
    // Only unanswered conditions are filled in: a disqualifier found by the vetting group stays.
    for (const ElectionCondition &condition : *list) {
        if (!done)
            break;
        const bool answered = std::any_of(c->checks.begin(), c->checks.end(),
                                          [&](const CandidateCheck &k) { return k.conditionId == condition.id; });
        if (!answered)
            done = setCheck(candidateId, {condition.id, !condition.isDisqualifier(), QString()});
    }
    if (done)
        done = approve(candidateId, note);
    if (!done)
        return done;
    return tx.commit();
}

} // namespace cd
