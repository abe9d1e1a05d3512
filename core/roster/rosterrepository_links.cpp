// RosterRepository: who lives where and who owns what.
#include "roster/rosterrepository.h"

#include "db/database.h"
#include "db/transaction.h"
#include "roster/rostersql.h"
#include "roster/rowstore.h"

#include <QSqlError>

namespace cd {

using namespace rostersql;

namespace {

const QString residenceTable = QStringLiteral("residence");
const QString ownershipTable = QStringLiteral("ownership");
const QString residenceColumns = QStringLiteral("id, person_id, dwelling_id, relation, moved_in, moved_out");
const QString ownershipColumns = QStringLiteral("id, dwelling_id, person_id, is_voter, since, until");

ResidenceLink toResidence(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
            toDate(q.value(4)), toDate(q.value(5))};
}

OwnershipLink toOwnership(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt() != 0,
            toDate(q.value(4)), toDate(q.value(5))};
}

Status readFailure(const QSqlQuery &q)
{
    return Status::failure(RosterRepository::tr("Reading the roster failed: %1").arg(q.lastError().databaseText()));
}

bool exists(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return scalar(db, sql, values).isValid();
}

QDate orToday(QDate d)
{
    return d.isValid() ? d : QDate::currentDate();
}

} // namespace

// ---- Residence -------------------------------------------------------------------------

Result<RosterChange> RosterRepository::moveIn(qint64 personId, qint64 dwellingId, const QString &relation, QDate day)
{
    Result<Person> who = person(personId);
    if (!who)
        return who.status();
    if (who->archived)
        return Status::failure(tr("%1 is archived; restore the person first.").arg(who->name));
    const QString address = dwellingAddress(dwellingId);
    if (address.isEmpty())
        return Status::failure(tr("The dwelling does not exist."));
    if (exists(m_db.sql(), QStringLiteral("SELECT 1 FROM residence WHERE person_id = ? AND dwelling_id = ? "
                                          "AND moved_out IS NULL"),
               {personId, dwellingId}))
        return Status::failure(tr("%1 already lives at %2.").arg(who->name, address));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("%1 moves in to %2").arg(who->name, address);
    RowStore store(m_db.sql(), &change);
    Result<qint64> id = store.insert(residenceTable, {{QStringLiteral("person_id"), personId},
                                                      {QStringLiteral("dwelling_id"), dwellingId},
                                                      {QStringLiteral("relation"), relation.trimmed()},
                                                      {QStringLiteral("moved_in"), date(day)},
                                                      {QStringLiteral("moved_out"), QVariant()}});
    if (!id)
        return id.status();
    change.id = id.value();
    if (Status s = addHistory(personId, QStringLiteral("moved_in"), address); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::movePerson(qint64 personId, qint64 dwellingId, const QString &relation,
                                                  QDate day)
{
    Result<Person> who = person(personId);
    if (!who)
        return who.status();
    if (exists(m_db.sql(), QStringLiteral("SELECT 1 FROM residence WHERE person_id = ? AND dwelling_id = ? "
                                          "AND moved_out IS NULL"),
               {personId, dwellingId}))
        return Status::failure(tr("%1 already lives at %2.").arg(who->name, dwellingAddress(dwellingId)));
    const QDate when = orToday(day);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    Result<RosterChange> out = moveOut(personId, when);
    // A person who lived nowhere simply moves in.
    RosterChange change;
    if (out)
        change = out.value();
    else if (exists(m_db.sql(), QStringLiteral("SELECT 1 FROM residence WHERE person_id = ? AND moved_out IS NULL"),
                    {personId}))
        return out.status();
    Result<RosterChange> in = moveIn(personId, dwellingId, relation, when);
    if (!in)
        return in.status();
    change.rows.insert(change.rows.end(), in->rows.begin(), in->rows.end());
    change.id = in->id;
    change.description = tr("%1 moves to %2").arg(who->name, dwellingAddress(dwellingId));
    // The nested steps already stored their rows in the batch, if any.
    const qint64 batch = m_batchId;
    m_batchId = 0;
    const Status committed = finish(tx, change);
    m_batchId = batch;
    if (!committed)
        return committed;
    return change;
}

Result<RosterChange> RosterRepository::moveOut(qint64 personId, QDate day)
{
    Result<Person> who = person(personId);
    if (!who)
        return who.status();
    const QDate when = orToday(day);
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, dwelling_id, moved_in FROM residence WHERE person_id = ? "
                               "AND moved_out IS NULL ORDER BY id"),
             {personId}))
        return readFailure(q);
    struct Current { qint64 id; qint64 dwellingId; QDate movedIn; };
    std::vector<Current> current;
    while (q.next())
        current.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), toDate(q.value(2))});
    if (current.empty())
        return Status::failure(tr("%1 does not live in any dwelling on record.").arg(who->name));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("%1 moves out").arg(who->name);
    RowStore store(m_db.sql(), &change);
    for (const Current &c : current) {
        const QString address = dwellingAddress(c.dwellingId);
        if (c.movedIn.isValid() && when < c.movedIn) {
            return Status::failure(tr("The moving-out date is before %1 moved in to %2.").arg(who->name, address));
        }
        if (Status s = store.update(residenceTable, RowStore::idKey(c.id), {{QStringLiteral("moved_out"), date(when)}}); !s)
            return s;
        if (Status s = addHistory(personId, QStringLiteral("moved_out"), address); !s)
            return s;
        change.id = c.id;
    }
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::updateResidence(const ResidenceLink &link)
{
    if (link.movedIn.isValid() && link.movedOut.isValid() && link.movedOut < link.movedIn)
        return Status::failure(tr("The moving-out date is before the moving-in date."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Edit residence");
    change.id = link.id;
    RowStore store(m_db.sql(), &change);
    if (Status s = store.update(residenceTable, RowStore::idKey(link.id),
                                {{QStringLiteral("relation"), link.relation.trimmed()},
                                 {QStringLiteral("moved_in"), date(link.movedIn)},
                                 {QStringLiteral("moved_out"), date(link.movedOut)}});
        !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::removeResidence(qint64 residenceId)
{
    return removeRow(residenceTable, residenceId, tr("Remove residence"));
}

Result<std::vector<ResidenceLink>> RosterRepository::residencesOfPerson(qint64 personId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM residence WHERE person_id = ? ORDER BY moved_out IS NOT NULL, moved_in, id")
                    .arg(residenceColumns),
             {personId}))
        return readFailure(q);
    std::vector<ResidenceLink> out;
    while (q.next())
        out.push_back(toResidence(q));
    return out;
}

Result<std::vector<ResidenceLink>> RosterRepository::residencesOfDwelling(qint64 dwellingId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM residence WHERE dwelling_id = ? ORDER BY moved_out IS NOT NULL, moved_in, id")
                    .arg(residenceColumns),
             {dwellingId}))
        return readFailure(q);
    std::vector<ResidenceLink> out;
    while (q.next())
        out.push_back(toResidence(q));
    return out;
}

// ---- Ownership -------------------------------------------------------------------------

Status RosterRepository::ensureOneVoter(RowStore &store, qint64 dwellingId, qint64 preferredOwnershipId)
{
    // Current person owners, longest-standing first; the developer's row votes on its own.
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, is_voter FROM ownership WHERE dwelling_id = ? AND person_id IS NOT NULL "
                               "AND until IS NULL ORDER BY since IS NULL, since, id"),
             {dwellingId}))
        return readFailure(q);
    QList<qint64> owners;
    qint64 voter = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        owners << id;
        if (!voter && q.value(1).toInt())
            voter = id;
    }
    if (owners.isEmpty())
        return Status::success();
    if (owners.contains(preferredOwnershipId))
        voter = preferredOwnershipId;
    if (!voter)
        voter = owners.first();
    for (qint64 id : owners) {
        if (Status s = store.update(ownershipTable, RowStore::idKey(id), {{QStringLiteral("is_voter"), id == voter ? 1 : 0}});
            !s)
            return s;
    }
    return Status::success();
}

Result<RosterChange> RosterRepository::addOwner(const OwnershipLink &owner)
{
    const QString address = dwellingAddress(owner.dwellingId);
    if (address.isEmpty())
        return Status::failure(tr("The dwelling does not exist."));
    QSqlDatabase db = m_db.sql();
    QString who = tr("The developer");
    if (owner.personId) {
        Result<Person> p = person(owner.personId);
        if (!p)
            return p.status();
        who = p->name;
        if (exists(db, QStringLiteral("SELECT 1 FROM ownership WHERE dwelling_id = ? AND person_id = ? AND until IS NULL"),
                   {owner.dwellingId, owner.personId}))
            return Status::failure(tr("%1 already owns %2.").arg(who, address));
    } else {
        if (exists(db, QStringLiteral("SELECT 1 FROM ownership WHERE dwelling_id = ? AND until IS NULL"), {owner.dwellingId}))
            return Status::failure(tr("%1 has owners on record; end their ownership before the developer owns it.")
                                       .arg(address));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("%1 owns %2").arg(who, address);
    RowStore store(db, &change);
    if (owner.personId) {
        // A sale: the developer's ownership ends when the first buyer's starts.
        QSqlQuery dev(db);
        if (!run(dev, QStringLiteral("SELECT id FROM ownership WHERE dwelling_id = ? AND person_id IS NULL AND until IS NULL"),
                 {owner.dwellingId}))
            return readFailure(dev);
        while (dev.next()) {
            if (Status s = store.update(ownershipTable, RowStore::idKey(dev.value(0).toLongLong()),
                                        {{QStringLiteral("until"), date(orToday(owner.since))},
                                         {QStringLiteral("is_voter"), 0}});
                !s)
                return s;
        }
    }
    Result<qint64> id = store.insert(ownershipTable, {{QStringLiteral("dwelling_id"), owner.dwellingId},
                                                      {QStringLiteral("person_id"), ref(owner.personId)},
                                                      {QStringLiteral("is_developer"), owner.personId ? 0 : 1},
                                                      {QStringLiteral("is_voter"), owner.personId ? 0 : 1},
                                                      {QStringLiteral("since"), date(owner.since)},
                                                      {QStringLiteral("until"), QVariant()}});
    if (!id)
        return id.status();
    change.id = id.value();
    if (owner.personId) {
        if (Status s = ensureOneVoter(store, owner.dwellingId, owner.isVoter ? change.id : 0); !s)
            return s;
    }
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::setVoter(qint64 dwellingId, qint64 personId)
{
    const QVariant ownership = scalar(m_db.sql(), QStringLiteral("SELECT id FROM ownership WHERE dwelling_id = ? "
                                                                 "AND person_id = ? AND until IS NULL"),
                                      {dwellingId, personId});
    if (!ownership.isValid())
        return Status::failure(tr("%1 is not a current owner of %2.").arg(personName(personId), dwellingAddress(dwellingId)));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("%1 votes for %2").arg(personName(personId), dwellingAddress(dwellingId));
    change.id = ownership.toLongLong();
    RowStore store(m_db.sql(), &change);
    if (Status s = ensureOneVoter(store, dwellingId, change.id); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::endOwnership(qint64 ownershipId, QDate until)
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM ownership WHERE id = ?").arg(ownershipColumns), {ownershipId}))
        return readFailure(q);
    if (!q.next())
        return Status::failure(tr("The ownership does not exist."));
    const OwnershipLink link = toOwnership(q);
    if (!link.isCurrent())
        return Status::failure(tr("The ownership has already ended."));
    const QDate when = orToday(until);
    if (link.since.isValid() && when < link.since)
        return Status::failure(tr("The end date is before the ownership began."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("End ownership of %1").arg(dwellingAddress(link.dwellingId));
    change.id = ownershipId;
    RowStore store(m_db.sql(), &change);
    if (Status s = store.update(ownershipTable, RowStore::idKey(ownershipId),
                                {{QStringLiteral("until"), date(when)}, {QStringLiteral("is_voter"), 0}});
        !s)
        return s;
    if (Status s = ensureOneVoter(store, link.dwellingId, 0); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::removeOwnership(qint64 ownershipId)
{
    const qint64 dwellingId =
        scalar(m_db.sql(), QStringLiteral("SELECT dwelling_id FROM ownership WHERE id = ?"), {ownershipId}).toLongLong();
    if (!dwellingId)
        return Status::failure(tr("The ownership does not exist."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Remove owner of %1").arg(dwellingAddress(dwellingId));
    change.id = ownershipId;
    RowStore store(m_db.sql(), &change);
    if (Status s = store.remove(ownershipTable, RowStore::idKey(ownershipId)); !s)
        return s;
    if (Status s = ensureOneVoter(store, dwellingId, 0); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<std::vector<OwnershipLink>> RosterRepository::ownersOfDwelling(qint64 dwellingId, bool currentOnly) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM ownership WHERE dwelling_id = ? %2 ORDER BY until IS NOT NULL, since, id")
                    .arg(ownershipColumns, currentOnly ? QStringLiteral("AND until IS NULL") : QString()),
             {dwellingId}))
        return readFailure(q);
    std::vector<OwnershipLink> out;
    while (q.next())
        out.push_back(toOwnership(q));
    return out;
}

Result<std::vector<OwnershipLink>> RosterRepository::ownershipsOfPerson(qint64 personId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM ownership WHERE person_id = ? ORDER BY until IS NOT NULL, since, id")
                    .arg(ownershipColumns),
             {personId}))
        return readFailure(q);
    std::vector<OwnershipLink> out;
    while (q.next())
        out.push_back(toOwnership(q));
    return out;
}

} // namespace cd
