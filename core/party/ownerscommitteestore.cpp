#include "party/ownerscommitteestore.h"

#include "db/database.h"
#include "db/transaction.h"
#include "party/partycodes.h"
#include "party/partymemberstore.h"
#include "party/partysql.h"

#include <QHash>
#include <QSet>

namespace cd {

using namespace partysql;

namespace {

const QString committeeColumns = QStringLiteral("id, estate_id, name, term_start, term_end, filed_on, notes");

OwnersCommittee readCommittee(const QSqlQuery &q)
{
    OwnersCommittee c;
    c.id = q.value(0).toLongLong();
    c.estateId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.termStart = toDate(q.value(3));
    c.termEnd = toDate(q.value(4));
    c.filedOn = toDate(q.value(5));
    c.notes = q.value(6).toString();
    return c;
}

// Members of the given committees, in role order.
Status loadMembers(const QSqlDatabase &db, std::vector<OwnersCommittee> &committees)
{
    QHash<qint64, size_t> index;
    for (size_t i = 0; i < committees.size(); ++i)
        index.insert(committees[i].id, i);
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT committee_id, id, person_id, role, since, until FROM owners_committee_member "
                               "ORDER BY committee_id, CASE role WHEN 'director' THEN 0 WHEN 'deputy_director' THEN 1 "
                               "ELSE 2 END, id"),
             {}))
        return failed(q);
    while (q.next()) {
        const auto found = index.constFind(q.value(0).toLongLong());
        if (found == index.constEnd())
            continue;
        CommitteeMember m;
        m.id = q.value(1).toLongLong();
        m.personId = q.value(2).toLongLong();
        m.role = q.value(3).toString();
        m.since = toDate(q.value(4));
        m.until = toDate(q.value(5));
        committees[*found].members.append(m);
    }
    return Status::success();
}

} // namespace

OwnersCommitteeStore::OwnersCommitteeStore(Database &database) : m_db(database) {}

QVector<FieldProblem> OwnersCommitteeStore::check(const OwnersCommittee &c) const
{
    QVector<FieldProblem> problems;
    const QSqlDatabase db = m_db.sql();
    if (c.estateId <= 0 || !scalar(db, QStringLiteral("SELECT 1 FROM estate WHERE id = ?"), {c.estateId}).isValid())
        problems.append({QStringLiteral("estateId"), tr("Choose the estate."), false});
    if (!c.termStart.isValid())
        problems.append({QStringLiteral("termStart"), tr("Enter the start of the term."), false});
    if (c.termStart.isValid() && c.termEnd.isValid()) {
        if (c.termEnd < c.termStart)
            problems.append({QStringLiteral("termEnd"), tr("The term ends before it starts."), false});
        else if (c.termEnd > c.termStart.addYears(5))
            problems.append({QStringLiteral("termEnd"), tr("A term lasts five years at most."), false});
    }
    if (c.termStart.isValid() && c.estateId > 0) {
        // Terms of one estate must not overlap; an open term runs on indefinitely.
        const QVariant clash = scalar(
            db, QStringLiteral("SELECT 1 FROM owners_committee WHERE estate_id = ? AND id <> ? "
                               "AND term_start <= coalesce(?, '9999-12-31') AND coalesce(term_end, '9999-12-31') >= ?"),
            {c.estateId, c.id, date(c.termEnd), date(c.termStart)});
        if (clash.isValid())
            problems.append({QStringLiteral("termStart"), tr("Another term of this estate's committee overlaps these "
                                                             "dates; end it first."), false});
    }
    // Size and party share count the members in office on the later of the term start and today.
    const QDate day = c.termStart.isValid() ? qMax(c.termStart, QDate::currentDate()) : QDate::currentDate();
    QSet<qint64> people, current;
    int directors = 0;
    for (const CommitteeMember &m : c.members) {
        if (m.personId <= 0 || !scalar(db, QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {m.personId}).isValid()) {
            problems.append({QStringLiteral("members"), tr("A committee member is not in the roster."), false});
            continue;
        }
        if (people.contains(m.personId))
            problems.append({QStringLiteral("members"), tr("A person is listed twice."), false});
        people.insert(m.personId);
        if (m.isCurrentOn(day))
            current.insert(m.personId);
        if (!PartyCodes::isKnown(PartyCodes::List::CommitteeRole, m.role))
            problems.append({QStringLiteral("members"), tr("Choose each member's role."), false});
        if (m.role == QLatin1String("director") && !m.until.isValid())
            ++directors;
    }
    if (directors > 1)
        problems.append({QStringLiteral("members"), tr("A committee has one director."), false});
    const int size = current.size();
    if (size > 0 && (size < 5 || size > 11 || size % 2 == 0))
        problems.append({QStringLiteral("members"), tr("A committee usually has an odd number of members from 5 to 11; "
                                                       "this one has %n.", nullptr, size), true});
    if (size > 0) {
        const Result<QSet<qint64>> party = PartyMemberStore(m_db).memberPersonIds(day);
        if (party) {
            int inParty = 0;
            for (qint64 id : current)
                inParty += party->contains(id) ? 1 : 0;
            if (2 * inParty < size)
                problems.append({QStringLiteral("members"),
                                 tr("Party members are %1 of %2 members, under half (the target is at least 50%).")
                                     .arg(inParty).arg(size), true});
        }
    }
    return problems;
}

Result<qint64> OwnersCommitteeStore::save(const OwnersCommittee &input)
{
    for (const FieldProblem &p : check(input)) {
        if (!p.warning)
            return Status::failure(p.message);
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    qint64 id = input.id;
    const QVector<QVariant> values = {input.estateId, text(input.name.trimmed()), date(input.termStart), date(input.termEnd),
                                      date(input.filedOn), text(input.notes)};
    if (id > 0) {
        QVector<QVariant> withId = values;
        withId.append(id);
        if (!run(q, QStringLiteral("UPDATE owners_committee SET estate_id = ?, name = ?, term_start = ?, term_end = ?, "
                                   "filed_on = ?, notes = ? WHERE id = ?"),
                 withId))
            return failed(q);
        if (q.numRowsAffected() == 0)
            return Status::failure(tr("The owners' committee no longer exists."));
        if (!run(q, QStringLiteral("DELETE FROM owners_committee_member WHERE committee_id = ?"), {id}))
            return failed(q);
    } else {
        if (!run(q, QStringLiteral("INSERT INTO owners_committee (estate_id, name, term_start, term_end, filed_on, notes) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                 values))
            return failed(q);
        id = q.lastInsertId().toLongLong();
    }
    for (const CommitteeMember &m : input.members) {
        if (!run(q, QStringLiteral("INSERT INTO owners_committee_member (committee_id, person_id, role, since, until) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                 {id, m.personId, m.role, date(m.since), date(m.until)}))
            return failed(q);
    }
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Status OwnersCommitteeStore::remove(qint64 id)
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM owners_committee WHERE id = ?"), {id}))
        return failed(q);
    return Status::success();
}

Result<OwnersCommittee> OwnersCommitteeStore::committee(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM owners_committee WHERE id = ?").arg(committeeColumns), {id}))
        return failed(q);
    if (!q.next())
        return Status::failure(tr("The owners' committee does not exist."));
    std::vector<OwnersCommittee> one{readCommittee(q)};
    if (Status s = loadMembers(m_db.sql(), one); !s)
        return s;
    return one.front();
}

Result<std::vector<OwnersCommittee>> OwnersCommitteeStore::committees(qint64 estateId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM owners_committee WHERE ? OR estate_id = ? "
                               "ORDER BY estate_id, term_start DESC").arg(committeeColumns),
             {estateId <= 0 ? 1 : 0, estateId}))
        return failed(q);
    std::vector<OwnersCommittee> list;
    while (q.next())
        list.push_back(readCommittee(q));
    if (Status s = loadMembers(m_db.sql(), list); !s)
        return s;
    return list;
}

Result<OwnersCommittee> OwnersCommitteeStore::current(qint64 estateId, QDate day) const
{
    const Result<std::vector<OwnersCommittee>> all = committees(estateId);
    if (!all)
        return all.status();
    for (const OwnersCommittee &c : all.value()) {
        if (c.isCurrentOn(day))
            return c;
    }
    return OwnersCommittee();
}

} // namespace cd
