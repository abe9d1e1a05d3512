#include "election/committeerecorder.h"

#include "common/clock.h"
#include "db/database.h"
#include "election/electionsql.h"

#include <QSet>

namespace cd {

using electionsql::errorText;
using electionsql::run;

Status CommitteeRecorder::record(Database &database, qint64 electionId)
{
    QSqlQuery q(database.sql());
    if (!run(q, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'owners_committee_member'")))
        return Status::failure(tr("Cannot read the census: %1").arg(errorText(q)));
    if (!q.next())
        return Status::success();

    if (!run(q,
             QStringLiteral("SELECT e.estate_id, e.kind, e.term_years, e.closed_at, coalesce(e.committee_id, 0), e.title, "
                            "s.name, coalesce(e.filed_at, '') FROM election e JOIN estate s ON s.id = e.estate_id "
                            "WHERE e.id = ?"),
             {electionId})
        || !q.next())
        return Status::failure(tr("Cannot read the election: %1").arg(errorText(q)));
    const qint64 estateId = q.value(0).toLongLong();
    const bool byElection = q.value(1).toString() == QLatin1String("by_election");
    const int termYears = q.value(2).toInt();
    const QDate start = Clock::fromText(q.value(3).toString()).date();
    qint64 committee = q.value(4).toLongLong();
    const QString title = q.value(5).toString();
    const QString estateName = q.value(6).toString();
    const QString filed = q.value(7).toString();
    if (!start.isValid())
        return Status::success(); // not closed

    struct Row { qint64 person; QString role; };
    std::vector<Row> members;
    if (!run(q, QStringLiteral("SELECT person_id, role FROM election_member WHERE election_id = ? ORDER BY id"), {electionId}))
        return Status::failure(tr("Cannot read the committee: %1").arg(errorText(q)));
    while (q.next())
        members.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    if (members.empty() && committee == 0)
        return Status::success();

    const QString day = start.toString(Qt::ISODate);
    const QString dayBefore = start.addDays(-1).toString(Qt::ISODate);
    bool ownTerm = !byElection;
    if (committee == 0 && byElection) {
        if (!run(q,
                 QStringLiteral("SELECT id FROM owners_committee WHERE estate_id = ? AND term_start <= ? "
                                "AND (term_end IS NULL OR term_end >= ?) ORDER BY term_start DESC, id DESC LIMIT 1"),
                 {estateId, day, day}))
            return Status::failure(tr("Cannot read the census: %1").arg(errorText(q)));
        if (q.next())
            committee = q.value(0).toLongLong();
        else
            ownTerm = true; // nothing to add to: the by-election starts a term of its own
    }
    if (committee == 0) {
        // The new term replaces the current one: it ends (with its members) the day before.
        const QString end = QStringLiteral("max(term_start, ?)");
        if (!run(q,
                 QStringLiteral("UPDATE owners_committee_member SET until = max(coalesce(since, ?), ?) "
                                "WHERE until IS NULL AND committee_id IN (SELECT id FROM owners_committee "
                                "WHERE estate_id = ? AND (term_end IS NULL OR term_end >= ?))"),
                 {dayBefore, dayBefore, estateId, day})
            || !run(q,
                    QStringLiteral("UPDATE owners_committee SET term_end = %1 WHERE estate_id = ? "
                                   "AND (term_end IS NULL OR term_end >= ?)").arg(end),
                    {dayBefore, estateId, day}))
            return Status::failure(tr("Cannot end the previous committee: %1").arg(errorText(q)));
        const QString termEnd = start.addYears(termYears).addDays(-1).toString(Qt::ISODate);
        if (!run(q,
                 QStringLiteral("INSERT INTO owners_committee(estate_id, name, term_start, term_end, filed_on, notes) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {estateId, estateName + QStringLiteral("业主委员会"), day, termEnd, electionsql::nullable(filed),
                  QStringLiteral("由“%1”选举产生").arg(title)}))
            return Status::failure(tr("Cannot record the committee in the census: %1").arg(errorText(q)));
        committee = q.lastInsertId().toLongLong();
    }
    if (!run(q, QStringLiteral("UPDATE election SET committee_id = ? WHERE id = ?"), {committee, electionId}))
        return Status::failure(tr("Cannot record the committee in the census: %1").arg(errorText(q)));

    // Members this election no longer has leave the rows it wrote (its own term, or since its day).
    QSet<qint64> current;
    for (const Row &row : members)
        current.insert(row.person);
    if (!run(q, QStringLiteral("SELECT person_id FROM owners_committee_member WHERE committee_id = ? %1")
                    .arg(ownTerm ? QString() : QStringLiteral("AND since = ?")),
             ownTerm ? QVariantList{committee} : QVariantList{committee, day}))
        return Status::failure(tr("Cannot read the census: %1").arg(errorText(q)));
    std::vector<qint64> gone;
    while (q.next()) {
        if (!current.contains(q.value(0).toLongLong()))
            gone.push_back(q.value(0).toLongLong());
    }
    for (qint64 person : gone) {
        if (!run(q, QStringLiteral("DELETE FROM owners_committee_member WHERE committee_id = ? AND person_id = ?"),
                 {committee, person}))
            return Status::failure(tr("Cannot record the committee in the census: %1").arg(errorText(q)));
    }
    for (const Row &row : members) {
        if (!run(q,
                 QStringLiteral("INSERT INTO owners_committee_member(committee_id, person_id, role, since) VALUES (?,?,?,?) "
                                "ON CONFLICT(committee_id, person_id) DO UPDATE SET role = excluded.role, until = NULL"),
                 {committee, row.person, row.role, day}))
            return Status::failure(tr("Cannot record the committee in the census: %1").arg(errorText(q)));
    }
    return Status::success();
}

} // namespace cd
