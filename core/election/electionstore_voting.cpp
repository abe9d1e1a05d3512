// The roll (frozen when voting opens), voter status, door-to-door visits, proxies and ballots.
#include "election/electionstore.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "election/electioncodes.h"
#include "election/electionsql.h"
#include "election/electionworkflow.h"
#include "election/ownersvote.h"
#include "election/partymembership.h"
#include "election/voterrollbuilder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cd {

using electionsql::errorText;
using electionsql::nullable;
using electionsql::run;

Result<VoterRoll> ElectionStore::roll(qint64 electionId) const
{
    const Result<Election> e = election(electionId);
    if (!e)
        return e.status();
    if (e->isPreparing())
        return VoterRollBuilder::build(m_db, e->estateId, m_clock.now().date());

    VoterRoll roll;
    roll.frozen = true;
    roll.frozenAt = e->votingOpenedAt;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT id, number, kind, coalesce(person_id, 0), name, owners, rooms, building, area_centi, "
                            "status, canvass, canvass_note, coalesce(canvass_at, ''), proxy_name, proxy_note "
                            "FROM election_voter WHERE election_id = ? ORDER BY number"),
             {electionId}))
        return Status::failure(tr("Cannot read the voter roll: %1").arg(errorText(q)));
    QHash<qint64, size_t> indexOf;
    while (q.next()) {
        RollVoter v;
        v.id = q.value(0).toLongLong();
        v.number = q.value(1).toInt();
        v.kind = q.value(2).toString();
        v.personId = q.value(3).toLongLong();
        v.name = q.value(4).toString();
        v.owners = q.value(5).toString();
        v.rooms = q.value(6).toString();
        v.building = q.value(7).toString();
        v.areaCenti = q.value(8).toLongLong();
        v.status = q.value(9).toString();
        v.canvass = q.value(10).toString();
        v.canvassNote = q.value(11).toString();
        v.canvassAt = q.value(12).toString();
        v.proxyName = q.value(13).toString();
        v.proxyNote = q.value(14).toString();
        indexOf.insert(v.id, roll.voters.size());
        roll.areaCenti += v.areaCenti;
        roll.voters.push_back(std::move(v));
    }
    roll.persons = qint64(roll.voters.size());
    if (!run(q,
             QStringLiteral("SELECT d.voter_id, d.dwelling_id, d.address, d.area_centi FROM election_voter_dwelling d "
                            "JOIN election_voter v ON v.id = d.voter_id WHERE v.election_id = ? ORDER BY d.voter_id, d.position"),
             {electionId}))
        return Status::failure(tr("Cannot read the voter roll: %1").arg(errorText(q)));
    while (q.next()) {
        RollVoter &v = roll.voters[indexOf.value(q.value(0).toLongLong())];
        v.dwellings.push_back({q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
        ++roll.dwellings;
        if (v.kind == QLatin1String("developer"))
            ++roll.developerDwellings;
    }
    return roll;
}

Status ElectionStore::openVoting(qint64 electionId)
{
    const Result<Election> e = requireState(electionId, QStringLiteral("preparing"), tr("open voting"));
    if (!e)
        return e.status();
    const Status ready = ElectionWorkflow(*this).requireReady(electionId, ElectionStep::Roll);
    if (!ready)
        return ready;
    const Result<VoterRoll> built = VoterRollBuilder::build(m_db, e->estateId, m_clock.now().date());
    if (!built)
        return built.status();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery voter(m_db.sql());
    QSqlQuery dwelling(m_db.sql());
    voter.prepare(QStringLiteral("INSERT INTO election_voter(election_id, number, kind, person_id, name, owners, rooms, "
                                 "building, dwelling_count, area_centi) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    dwelling.prepare(QStringLiteral("INSERT INTO election_voter_dwelling(voter_id, dwelling_id, position, address, "
                                    "area_centi) VALUES (?,?,?,?,?)"));
    for (const RollVoter &v : built->voters) {
        voter.addBindValue(electionId);
        voter.addBindValue(v.number);
        voter.addBindValue(electionsql::text(v.kind));
        voter.addBindValue(v.personId > 0 ? QVariant(v.personId) : QVariant());
        voter.addBindValue(electionsql::text(v.name));
        voter.addBindValue(electionsql::text(v.owners));
        voter.addBindValue(electionsql::text(v.rooms));
        voter.addBindValue(electionsql::text(v.building));
        voter.addBindValue(int(v.dwellings.size()));
        voter.addBindValue(v.areaCenti);
        if (!voter.exec())
            return Status::failure(tr("Cannot freeze the voter roll: %1").arg(errorText(voter)));
        const qint64 voterId = voter.lastInsertId().toLongLong();
        int position = 0;
        for (const RollDwelling &d : v.dwellings) {
            dwelling.addBindValue(voterId);
            dwelling.addBindValue(d.dwellingId);
            dwelling.addBindValue(++position);
            dwelling.addBindValue(electionsql::text(d.address));
            dwelling.addBindValue(d.areaCenti);
            if (!dwelling.exec())
                return Status::failure(tr("Cannot freeze the voter roll: %1").arg(errorText(dwelling)));
        }
    }

    // Ballot order: approved candidates by the pinyin of their names (姓氏拼音), as printed.
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("SELECT c.id, c.person_id FROM election_candidate c JOIN person p ON p.id = c.person_id "
                            "WHERE c.election_id = ? AND c.vetting = 'approved' ORDER BY p.name_pinyin, c.name, c.id"),
             {electionId}))
        return Status::failure(tr("Cannot number the candidates: %1").arg(errorText(q)));
    std::vector<std::pair<qint64, qint64>> approved;
    while (q.next())
        approved.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    QVector<qint64> people;
    for (const auto &c : approved)
        people << c.second;
    const Result<QHash<qint64, bool>> party = PartyMembership::lookup(m_db, people);
    if (!party)
        return party.status();
    int number = 0;
    for (const auto &c : approved) {
        if (!run(q, QStringLiteral("UPDATE election_candidate SET ballot_number = ?, party_member = ? WHERE id = ?"),
                 {++number, party->value(c.second) ? 1 : 0, c.first}))
            return Status::failure(tr("Cannot number the candidates: %1").arg(errorText(q)));
    }
    if (!run(q, QStringLiteral("UPDATE election SET status = 'voting', voting_opened_at = ? WHERE id = ?"),
             {m_clock.nowText(), electionId}))
        return Status::failure(tr("Cannot open voting: %1").arg(errorText(q)));
    const Status logged = audit(QStringLiteral("election_open"),
                                QStringLiteral("election %1: roll frozen with %2 persons, %3 m²")
                                    .arg(electionId)
                                    .arg(built->persons)
                                    .arg(OwnersVote::areaText(built->areaCenti)));
    if (!logged)
        return logged;
    return tx.commit();
}

Result<qint64> ElectionStore::voterId(qint64 electionId, int number) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id FROM election_voter WHERE election_id = ? AND number = ?"), {electionId, number}))
        return Status::failure(tr("Cannot read the voter roll: %1").arg(errorText(q)));
    if (!q.next())
        return Status::failure(tr("There is no voter No. %1 on the roll of this election.").arg(number));
    return q.value(0).toLongLong();
}

Result<RollVoter> ElectionStore::voter(qint64 electionId, int number) const
{
    const Result<qint64> id = voterId(electionId, number);
    if (!id)
        return id.status();
    const Result<VoterRoll> all = roll(electionId);
    if (!all)
        return all.status();
    for (const RollVoter &v : all->voters) {
        if (v.id == *id)
            return v;
    }
    return Status::failure(tr("There is no voter No. %1 on the roll of this election.").arg(number));
}

Status ElectionStore::setVoterStatus(qint64 electionId, int number, const QString &status)
{
    const Result<Election> e = requireState(electionId, QStringLiteral("voting"), tr("change a voter's status"));
    if (!e)
        return e.status();
    if (status == QLatin1String("voted") || !ElectionCodes::isKnown(ElectionCodes::List::VoterStatus, status))
        return Status::failure(tr("A voter's status is set to pending, refused or unreachable; \"voted\" follows "
                                  "from an entered ballot."));
    const Result<qint64> id = voterId(electionId, number);
    if (!id)
        return id.status();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT count(*) FROM election_ballot WHERE voter_id = ?"), {*id}) || !q.next())
        return Status::failure(tr("Cannot read the ballots: %1").arg(errorText(q)));
    if (q.value(0).toInt() > 0)
        return Status::failure(tr("Voter No. %1 has voted; remove the ballot with a reason first.").arg(number));
    if (!run(q, QStringLiteral("UPDATE election_voter SET status = ? WHERE id = ?"), {status, *id}))
        return Status::failure(tr("Cannot save the voter's status: %1").arg(errorText(q)));
    return Status::success();
}

Status ElectionStore::setCanvass(qint64 electionId, int number, const QString &canvass, const QString &note)
{
    const Result<Election> e = requireState(electionId, QStringLiteral("voting"), tr("record door-to-door visits"));
    if (!e)
        return e.status();
    if (!ElectionCodes::isKnown(ElectionCodes::List::Canvass, canvass))
        return Status::failure(tr("Unknown visit state \"%1\"; use one of: %2.")
                                   .arg(canvass, ElectionCodes::codes(ElectionCodes::List::Canvass).join(QStringLiteral(", "))));
    const Result<qint64> id = voterId(electionId, number);
    if (!id)
        return id.status();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("UPDATE election_voter SET canvass = ?, canvass_note = ?, canvass_at = ? WHERE id = ?"),
             {canvass, note, m_clock.nowText(), *id}))
        return Status::failure(tr("Cannot save the visit: %1").arg(errorText(q)));
    return Status::success();
}

Status ElectionStore::setProxy(qint64 electionId, int number, const QString &proxyName, const QString &note)
{
    const Result<Election> e = requireState(electionId, QStringLiteral("voting"), tr("record a proxy"));
    if (!e)
        return e.status();
    const Result<qint64> id = voterId(electionId, number);
    if (!id)
        return id.status();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("UPDATE election_voter SET proxy_name = ?, proxy_note = ? WHERE id = ?"),
             {proxyName.trimmed(), proxyName.trimmed().isEmpty() ? QString() : note, *id}))
        return Status::failure(tr("Cannot save the proxy: %1").arg(errorText(q)));
    return Status::success();
}

Status ElectionStore::enterBallot(qint64 electionId, const BallotEntry &ballot)
{
    const Result<Election> e = requireState(electionId, QStringLiteral("voting"), tr("enter ballots"));
    if (!e)
        return e.status();
    const Result<qint64> id = voterId(electionId, ballot.voterNumber);
    if (!id)
        return id.status();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT count(*) FROM election_ballot WHERE voter_id = ?"), {*id}) || !q.next())
        return Status::failure(tr("Cannot read the ballots: %1").arg(errorText(q)));
    if (q.value(0).toInt() > 0)
        return Status::failure(tr("The ballot of voter No. %1 was already entered; change it only as a correction "
                                  "with a reason.")
                                   .arg(ballot.voterNumber));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    const Status written = writeBallot(*e, *id, ballot);
    if (!written)
        return written;
    return tx.commit();
}

Status ElectionStore::writeBallot(const Election &e, qint64 voterId, const BallotEntry &ballot)
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id FROM election_candidate WHERE election_id = ? AND ballot_number IS NOT NULL"),
             {e.id}))
        return Status::failure(tr("Cannot read the candidates: %1").arg(errorText(q)));
    QSet<qint64> onBallot;
    while (q.next())
        onBallot.insert(q.value(0).toLongLong());
    QSet<qint64> yes, no;
    for (qint64 c : ballot.yes) {
        if (!onBallot.contains(c))
            return Status::failure(tr("Candidate %1 is not on the ballot of this election.").arg(c));
        yes.insert(c);
    }
    for (qint64 c : ballot.no) {
        if (!onBallot.contains(c))
            return Status::failure(tr("Candidate %1 is not on the ballot of this election.").arg(c));
        if (yes.contains(c))
            return Status::failure(tr("A candidate cannot be marked both yes and no; enter such a ballot as invalid."));
        no.insert(c);
    }
    if (!run(q, QStringLiteral("SELECT proxy_name FROM election_voter WHERE id = ?"), {voterId}) || !q.next())
        return Status::failure(tr("Cannot read the voter roll: %1").arg(errorText(q)));
    if (ballot.byProxy && q.value(0).toString().isEmpty())
        return Status::failure(tr("Voter No. %1 has no recorded proxy: record the written proxy (委托书) first.")
                                   .arg(ballot.voterNumber));

    bool invalid = ballot.invalid;
    QString reason = ballot.invalid ? ballot.invalidReason : QString();
    if (!invalid && yes.size() > e.seats) {
        invalid = true;
        reason = QStringLiteral("overvote");
    }
    if (!run(q,
             QStringLiteral("INSERT INTO election_ballot(election_id, voter_id, invalid, invalid_reason, by_proxy, teller, "
                            "entered_at) VALUES (?,?,?,?,?,?,?)"),
             {e.id, voterId, invalid ? 1 : 0, reason, ballot.byProxy ? 1 : 0, ballot.teller, m_clock.nowText()}))
        return Status::failure(tr("Cannot save the ballot: %1").arg(errorText(q)));
    const qint64 ballotId = q.lastInsertId().toLongLong();
    // A ballot the tellers declared invalid keeps no marks; an over-vote keeps them for the record.
    if (!ballot.invalid) {
        QSqlQuery mark(m_db.sql());
        mark.prepare(QStringLiteral("INSERT INTO election_ballot_mark(ballot_id, candidate_id, choice) VALUES (?,?,?)"));
        const auto insert = [&](const QSet<qint64> &set, const QString &choice) {
            for (qint64 c : set) {
                mark.addBindValue(ballotId);
                mark.addBindValue(c);
                mark.addBindValue(choice);
                if (!mark.exec())
                    return false;
            }
            return true;
        };
        if (!insert(yes, QStringLiteral("yes")) || !insert(no, QStringLiteral("no")))
            return Status::failure(tr("Cannot save the ballot: %1").arg(errorText(mark)));
    }
    if (!run(q, QStringLiteral("UPDATE election_voter SET status = 'voted' WHERE id = ?"), {voterId}))
        return Status::failure(tr("Cannot save the ballot: %1").arg(errorText(q)));
    return Status::success();
}

Result<int> ElectionStore::ballotCount(qint64 electionId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT count(*) FROM election_ballot WHERE election_id = ?"), {electionId}) || !q.next())
        return Status::failure(tr("Cannot read the ballots: %1").arg(errorText(q)));
    return q.value(0).toInt();
}

} // namespace cd
