#include "election/electionstore.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "election/electioncodes.h"
#include "election/electionsql.h"

namespace cd {

using electionsql::errorText;
using electionsql::nullable;
using electionsql::run;

namespace {

const char *const kElectionColumns =
    "e.id, e.estate_id, s.name, e.title, e.kind, e.seats, e.min_size, e.max_size, e.odd_size, e.term_years, "
    "e.meeting_date, e.status, e.created_at, e.voting_opened_at, e.closed_at, e.filed_at, e.notes";

Election readElection(const QSqlQuery &q)
{
    Election e;
    e.id = q.value(0).toLongLong();
    e.estateId = q.value(1).toLongLong();
    e.estateName = q.value(2).toString();
    e.title = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.seats = q.value(5).toInt();
    e.minSize = q.value(6).toInt();
    e.maxSize = q.value(7).toInt();
    e.oddSize = q.value(8).toInt() != 0;
    e.termYears = q.value(9).toInt();
    e.meetingDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    e.status = q.value(11).toString();
    e.createdAt = q.value(12).toString();
    e.votingOpenedAt = q.value(13).toString();
    e.closedAt = q.value(14).toString();
    e.filedAt = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    e.notes = q.value(16).toString();
    return e;
}

} // namespace

ElectionStore::ElectionStore(Database &database, const Clock &clock) : m_db(database), m_clock(clock) {}

QStringList ElectionStore::settingProblems(const Election &e)
{
    QStringList problems;
    if (e.title.trimmed().isEmpty())
        problems << tr("The election needs a title.");
    if (!ElectionCodes::isKnown(ElectionCodes::List::Kind, e.kind))
        problems << tr("Unknown kind of election \"%1\".").arg(e.kind);
    if (e.minSize < 1 || e.maxSize < e.minSize)
        problems << tr("The committee size bounds %1–%2 are not a range.").arg(e.minSize).arg(e.maxSize);
    if (e.termYears < 1 || e.termYears > 5)
        problems << tr("The term is at most 5 years (given %1).").arg(e.termYears);
    if (e.seats < 1) {
        problems << tr("The election needs at least one seat.");
    } else if (e.kind == QLatin1String("by_election")) {
        // A by-election fills vacancies; only the committee's upper bound limits it.
        if (e.seats > e.maxSize)
            problems << tr("A by-election cannot fill more than %1 seats.").arg(e.maxSize);
    } else {
        if (e.seats < e.minSize || e.seats > e.maxSize)
            problems << tr("The committee has %1 to %2 members; %3 seats are outside that range.")
                            .arg(e.minSize)
                            .arg(e.maxSize)
                            .arg(e.seats);
        if (e.oddSize && e.seats % 2 == 0)
            problems << tr("The committee must have an odd number of members; %1 is even.").arg(e.seats);
    }
    return problems;
}

Result<qint64> ElectionStore::create(const Election &e)
{
    const QStringList problems = settingProblems(e);
    if (!problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT count(*) FROM estate WHERE id = ?"), {e.estateId}) || !q.next()
        || q.value(0).toInt() == 0)
        return Status::failure(tr("There is no estate with id %1.").arg(e.estateId));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    if (!run(q,
             QStringLiteral("INSERT INTO election(estate_id, title, kind, seats, min_size, max_size, odd_size, "
                            "term_years, meeting_date, created_at, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
             {e.estateId, e.title.trimmed(), e.kind, e.seats, e.minSize, e.maxSize, e.oddSize ? 1 : 0, e.termYears,
              nullable(e.meetingDate.toString(Qt::ISODate)), m_clock.nowText(), e.notes}))
        return Status::failure(tr("Cannot save the election: %1").arg(errorText(q)));
    const qint64 id = q.lastInsertId().toLongLong();
    for (const ElectionCondition &condition : ElectionCodes::defaultConditions()) {
        if (!run(q, QStringLiteral("INSERT INTO election_condition(election_id, kind, text, position) VALUES (?,?,?,?)"),
                 {id, condition.kind, condition.text, condition.position}))
            return Status::failure(tr("Cannot save the vetting conditions: %1").arg(errorText(q)));
    }
    const Status committed = tx.commit();
    if (!committed)
        return committed;
    return id;
}

Status ElectionStore::update(const Election &e)
{
    const Result<Election> current = requireState(e.id, QStringLiteral("preparing"), tr("change its settings"));
    if (!current)
        return current.status();
    const QStringList problems = settingProblems(e);
    if (!problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("UPDATE election SET title = ?, kind = ?, seats = ?, min_size = ?, max_size = ?, "
                            "odd_size = ?, term_years = ?, meeting_date = ?, notes = ? WHERE id = ?"),
             {e.title.trimmed(), e.kind, e.seats, e.minSize, e.maxSize, e.oddSize ? 1 : 0, e.termYears,
              nullable(e.meetingDate.toString(Qt::ISODate)), e.notes, e.id}))
        return Status::failure(tr("Cannot save the election: %1").arg(errorText(q)));
    return Status::success();
}

Status ElectionStore::remove(qint64 electionId)
{
    const Result<Election> current = requireState(electionId, QStringLiteral("preparing"), tr("delete it"));
    if (!current)
        return current.status();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM election WHERE id = ?"), {electionId}))
        return Status::failure(tr("Cannot delete the election: %1").arg(errorText(q)));
    return tx.commit();
}

Result<Election> ElectionStore::election(qint64 electionId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM election e JOIN estate s ON s.id = e.estate_id WHERE e.id = ?")
                 .arg(QLatin1String(kElectionColumns)),
             {electionId}))
        return Status::failure(tr("Cannot read the election: %1").arg(errorText(q)));
    if (!q.next())
        return Status::failure(tr("There is no election with id %1.").arg(electionId));
    return readElection(q);
}

Result<std::vector<Election>> ElectionStore::elections(qint64 estateId) const
{
    QSqlQuery q(m_db.sql());
    const QString sql = QStringLiteral("SELECT %1 FROM election e JOIN estate s ON s.id = e.estate_id "
                                       "WHERE (? = 0 OR e.estate_id = ?) ORDER BY e.created_at DESC, e.id DESC")
                            .arg(QLatin1String(kElectionColumns));
    if (!run(q, sql, {estateId, estateId}))
        return Status::failure(tr("Cannot read the elections: %1").arg(errorText(q)));
    std::vector<Election> result;
    while (q.next())
        result.push_back(readElection(q));
    return result;
}

Result<Election> ElectionStore::requireState(qint64 electionId, const QString &status, const QString &what) const
{
    Result<Election> e = election(electionId);
    if (!e)
        return e;
    if (e->status != status) {
        //: %1: the election's title; %2: what the user tried; %3 and %4: states (筹备中, 投票中, 已结束)
        return Status::failure(tr("Election \"%1\" is %3, so you cannot %2 (only while %4).")
                                   .arg(e->title, what,
                                        ElectionCodes::label(ElectionCodes::List::Status, e->status).toLower(),
                                        ElectionCodes::label(ElectionCodes::List::Status, status).toLower()));
    }
    return e;
}

Result<std::vector<ElectionCondition>> ElectionStore::conditions(qint64 electionId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("SELECT id, kind, text, position FROM election_condition WHERE election_id = ? "
                            "ORDER BY kind = 'disqualifier', position, id"),
             {electionId}))
        return Status::failure(tr("Cannot read the vetting conditions: %1").arg(errorText(q)));
    std::vector<ElectionCondition> result;
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return result;
}

Result<qint64> ElectionStore::addCondition(qint64 electionId, const ElectionCondition &condition)
{
    const Result<Election> current = requireState(electionId, QStringLiteral("preparing"), tr("change the vetting conditions"));
    if (!current)
        return current.status();
    if (condition.text.trimmed().isEmpty() || (condition.kind != QLatin1String("eligibility") && !condition.isDisqualifier()))
        return Status::failure(tr("A condition needs a text and the kind eligibility or disqualifier."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("INSERT INTO election_condition(election_id, kind, text, position) "
                            "VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM election_condition "
                            "WHERE election_id = ?))"),
             {electionId, condition.kind, condition.text.trimmed(), electionId}))
        return Status::failure(tr("Cannot save the condition: %1").arg(errorText(q)));
    const qint64 id = q.lastInsertId().toLongLong();
    // Approved candidates have not been checked against the new condition yet.
    if (!run(q, QStringLiteral("UPDATE election_candidate SET vetting = 'pending' WHERE election_id = ? "
                               "AND vetting = 'approved'"),
             {electionId}))
        return Status::failure(tr("Cannot save the condition: %1").arg(errorText(q)));
    const Status committed = tx.commit();
    if (!committed)
        return committed;
    return id;
}

Status ElectionStore::updateCondition(qint64 electionId, const ElectionCondition &condition)
{
    const Result<Election> current = requireState(electionId, QStringLiteral("preparing"), tr("change the vetting conditions"));
    if (!current)
        return current.status();
    if (condition.text.trimmed().isEmpty())
        return Status::failure(tr("A condition needs a text."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("UPDATE election_condition SET text = ? WHERE id = ? AND election_id = ?"),
             {condition.text.trimmed(), condition.id, electionId})
        || q.numRowsAffected() != 1)
        return Status::failure(tr("There is no condition %1 in this election.").arg(condition.id));
    // A changed condition must be answered again: earlier answers were to other words.
    if (!run(q, QStringLiteral("DELETE FROM election_candidate_check WHERE condition_id = ?"), {condition.id})
        || !run(q, QStringLiteral("UPDATE election_candidate SET vetting = 'pending' WHERE election_id = ? "
                                  "AND vetting = 'approved'"),
                {electionId}))
        return Status::failure(tr("Cannot save the condition: %1").arg(errorText(q)));
    return tx.commit();
}

Status ElectionStore::removeCondition(qint64 electionId, qint64 conditionId)
{
    const Result<Election> current = requireState(electionId, QStringLiteral("preparing"), tr("change the vetting conditions"));
    if (!current)
        return current.status();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM election_condition WHERE id = ? AND election_id = ?"), {conditionId, electionId})
        || q.numRowsAffected() != 1)
        return Status::failure(tr("There is no condition %1 in this election.").arg(conditionId));
    return Status::success();
}

Status ElectionStore::audit(const QString &action, const QString &detail)
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("INSERT INTO audit_log(at, action, detail) VALUES (?, ?, ?)"),
             {m_clock.nowText(), action, detail}))
        return Status::failure(tr("Cannot write the log: %1").arg(errorText(q)));
    return Status::success();
}

} // namespace cd
