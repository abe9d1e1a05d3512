#include "party/partyorgstore.h"

#include "db/database.h"
#include "db/transaction.h"
#include "party/partycodes.h"
#include "party/partyrules.h"
#include "party/partysql.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace cd {

using namespace partysql;

namespace {

const QString orgColumns = QStringLiteral(
    "id, parent_id, name, kind, host, company_id, estate_id, grid_id, founded, dissolved, sort_order, notes");

PartyOrg readOrg(const QSqlQuery &q)
{
    PartyOrg o;
    o.id = q.value(0).toLongLong();
    o.parentId = q.value(1).toLongLong();
    o.name = q.value(2).toString();
    o.kind = q.value(3).toString();
    o.host = q.value(4).toString();
    o.companyId = q.value(5).toLongLong();
    o.estateId = q.value(6).toLongLong();
    o.gridId = q.value(7).toLongLong();
    o.founded = toDate(q.value(8));
    o.dissolved = toDate(q.value(9));
    o.sortOrder = q.value(10).toInt();
    o.notes = q.value(11).toString();
    return o;
}

// Members on `day` per organisation: full and probationary, by the rules of partyrules.
QHash<qint64, QPair<int, int>> memberCounts(const QSqlDatabase &db, QDate day)
{
    QHash<qint64, QPair<int, int>> counts;
    QSqlQuery q(db);
    const QVariant d = date(day);
    if (!run(q, QStringLiteral("SELECT org_id, SUM(full_date IS NOT NULL AND full_date <= ?), "
                               "SUM(full_date IS NULL OR full_date > ?) FROM party_member "
                               "WHERE org_id IS NOT NULL AND joined <= ? AND (left_on IS NULL OR left_on > ?) "
                               "GROUP BY org_id"),
             {d, d, d, d}))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    return counts;
}

} // namespace

PartyOrgStore::PartyOrgStore(Database &database) : m_db(database) {}

QVector<FieldProblem> PartyOrgStore::check(const PartyOrg &org) const
{
    QVector<FieldProblem> problems;
    if (org.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), tr("Enter the name of the organisation."), false});
    else if (scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM party_org WHERE name = ? AND id <> ?"),
                    {org.name.trimmed(), org.id})
                 .isValid())
        problems.append({QStringLiteral("name"), tr("Another organisation has this name."), false});
    if (!PartyCodes::isKnown(PartyCodes::List::OrgKind, org.kind))
        problems.append({QStringLiteral("kind"), tr("Choose the type: party committee, general branch, branch or "
                                                    "party group."), false});
    if (!PartyCodes::isKnown(PartyCodes::List::OrgHost, org.host))
        problems.append({QStringLiteral("host"), tr("Choose whose organisation it is."), false});
    if (org.host == QLatin1String("property_company") && org.companyId <= 0)
        problems.append({QStringLiteral("companyId"), tr("Choose the property company."), false});
    if (org.host == QLatin1String("owners_committee") && org.estateId <= 0)
        problems.append({QStringLiteral("estateId"), tr("Choose the estate whose owners' committee hosts it."), false});
    if (org.host == QLatin1String("joint") && org.jointCompanyIds.isEmpty() && org.kind != QLatin1String("group"))
        problems.append({QStringLiteral("jointCompanyIds"),
                         tr("A joint organisation lists no property companies; add those it covers."), true});
    if (org.founded.isValid() && org.dissolved.isValid() && org.dissolved < org.founded)
        problems.append({QStringLiteral("dissolved"), tr("Dissolved before it was founded."), false});
    if (org.kind == QLatin1String("group") && org.parentId <= 0)
        problems.append({QStringLiteral("parentId"), tr("A party group belongs to a branch: choose it."), false});
    if (org.parentId > 0) {
        const QVariant parentKind = scalar(m_db.sql(), QStringLiteral("SELECT kind FROM party_org WHERE id = ?"),
                                           {org.parentId});
        if (!parentKind.isValid())
            problems.append({QStringLiteral("parentId"), tr("The parent organisation does not exist."), false});
        else if (parentKind.toString() == QLatin1String("group"))
            problems.append({QStringLiteral("parentId"), tr("A party group cannot have sub-organisations."), false});
        else if (org.kind == QLatin1String("committee") && parentKind.toString() != QLatin1String("committee"))
            problems.append({QStringLiteral("parentId"), tr("A party committee can only be under a committee."), false});
        if (org.id > 0) {
            const Result<QVector<qint64>> below = subtree(org.id);
            if (below && below->contains(org.parentId))
                problems.append({QStringLiteral("parentId"),
                                 tr("An organisation cannot be placed under itself or one of its own sub-organisations."),
                                 false});
        }
    }
    return problems;
}

Result<qint64> PartyOrgStore::save(const PartyOrg &input)
{
    for (const FieldProblem &p : check(input)) {
        if (!p.warning)
            return Status::failure(p.message);
    }
    PartyOrg org = input;
    org.name = org.name.trimmed();
    if (org.host != QLatin1String("property_company"))
        org.companyId = 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    const QVector<QVariant> values = {ref(org.parentId), org.name, org.kind, org.host, ref(org.companyId),
                                      ref(org.estateId), ref(org.gridId), date(org.founded), date(org.dissolved),
                                      org.sortOrder, text(org.notes)};
    if (org.id > 0) {
        QVector<QVariant> withId = values;
        withId.append(org.id);
        if (!run(q, QStringLiteral("UPDATE party_org SET parent_id = ?, name = ?, kind = ?, host = ?, company_id = ?, "
                                   "estate_id = ?, grid_id = ?, founded = ?, dissolved = ?, sort_order = ?, notes = ? "
                                   "WHERE id = ?"),
                 withId))
            return failed(q);
        if (q.numRowsAffected() == 0)
            return Status::failure(tr("The organisation no longer exists."));
    } else {
        if (!run(q, QStringLiteral("INSERT INTO party_org (parent_id, name, kind, host, company_id, estate_id, "
                                   "grid_id, founded, dissolved, sort_order, notes) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values))
            return failed(q);
        org.id = q.lastInsertId().toLongLong();
    }
    if (!run(q, QStringLiteral("DELETE FROM party_org_company WHERE org_id = ?"), {org.id}))
        return failed(q);
    if (org.host == QLatin1String("joint")) {
        for (qint64 company : org.jointCompanyIds) {
            if (!run(q, QStringLiteral("INSERT OR IGNORE INTO party_org_company (org_id, company_id) VALUES (?, ?)"),
                     {org.id, company}))
                return failed(q);
        }
    }
    if (Status s = tx.commit(); !s)
        return s;
    return org.id;
}

QStringList PartyOrgStore::referencesTo(qint64 id) const
{
    QStringList reasons;
    const QSqlDatabase db = m_db.sql();
    const int members = scalar(db, QStringLiteral("SELECT COUNT(*) FROM party_member WHERE org_id = ? AND left_on IS NULL"),
                               {id}).toInt();
    if (members > 0)
        reasons << tr("it has %n member(s); move them to another organisation first", nullptr, members);
    const int former = scalar(db, QStringLiteral("SELECT COUNT(*) FROM party_member WHERE org_id = ? AND left_on IS NOT NULL"),
                              {id}).toInt();
    if (former > 0)
        reasons << tr("%n former member(s) are recorded under it", nullptr, former);
    const int children = scalar(db, QStringLiteral("SELECT COUNT(*) FROM party_org WHERE parent_id = ?"), {id}).toInt();
    if (children > 0)
        reasons << tr("it has %n sub-organisation(s)", nullptr, children);
    const int cross = scalar(db, QStringLiteral("SELECT COUNT(*) FROM cross_appointment WHERE to_org_id = ?"), {id}).toInt();
    if (cross > 0)
        reasons << tr("%n cross-appointment(s) name it", nullptr, cross);
    return reasons;
}

Status PartyOrgStore::remove(qint64 id)
{
    const Result<PartyOrg> current = org(id);
    if (!current)
        return current.status();
    const QStringList reasons = referencesTo(id);
    if (!reasons.isEmpty())
        return Status::failure(tr("%1 cannot be deleted: %2. Dissolve it instead to keep its history.")
                                   .arg(current->name, reasons.join(tr("; "))));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM party_post WHERE org_id = ?"), {id})
        || !run(q, QStringLiteral("DELETE FROM party_org WHERE id = ?"), {id}))
        return failed(q);
    return tx.commit();
}

Status PartyOrgStore::dissolve(qint64 id, QDate on)
{
    Result<PartyOrg> current = org(id);
    if (!current)
        return current.status();
    if (!on.isValid())
        return Status::failure(tr("Enter the date the organisation was dissolved."));
    const int members = scalar(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM party_member WHERE org_id = ? AND left_on IS NULL"),
                               {id}).toInt();
    if (members > 0)
        return Status::failure(tr("%1 still has %n member(s); move them to another organisation first.", nullptr, members)
                                   .arg(current->name));
    const int children = scalar(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM party_org WHERE parent_id = ? AND dissolved IS NULL"),
                                {id}).toInt();
    if (children > 0)
        return Status::failure(tr("%1 still has active sub-organisations.").arg(current->name));
    PartyOrg changed = current.value();
    changed.dissolved = on;
    const Result<qint64> saved = save(changed);
    return saved.status();
}

Result<PartyOrg> PartyOrgStore::org(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM party_org WHERE id = ?").arg(orgColumns), {id}))
        return failed(q);
    if (!q.next())
        return Status::failure(tr("The party organisation does not exist."));
    PartyOrg o = readOrg(q);
    if (run(q, QStringLiteral("SELECT company_id FROM party_org_company WHERE org_id = ? ORDER BY company_id"), {id})) {
        while (q.next())
            o.jointCompanyIds.append(q.value(0).toLongLong());
    }
    return o;
}

Result<std::vector<PartyOrg>> PartyOrgStore::orgs(bool includeDissolved) const
{
    QSqlQuery q(m_db.sql());
    const QString where = includeDissolved ? QString() : QStringLiteral(" WHERE dissolved IS NULL");
    if (!run(q, QStringLiteral("SELECT %1 FROM party_org%2 ORDER BY sort_order, name").arg(orgColumns, where), {}))
        return failed(q);
    std::vector<PartyOrg> list;
    QHash<qint64, size_t> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), list.size());
        list.push_back(readOrg(q));
    }
    if (run(q, QStringLiteral("SELECT org_id, company_id FROM party_org_company ORDER BY org_id, company_id"), {})) {
        while (q.next()) {
            const auto found = index.constFind(q.value(0).toLongLong());
            if (found != index.constEnd())
                list[*found].jointCompanyIds.append(q.value(1).toLongLong());
        }
    }
    return list;
}

Result<std::vector<PartyOrgNode>> PartyOrgStore::tree(QDate day) const
{
    Result<std::vector<PartyOrg>> all = orgs(true);
    if (!all)
        return all.status();
    const QSqlDatabase db = m_db.sql();
    const QHash<qint64, QPair<int, int>> counts = memberCounts(db, day);
    QHash<qint64, QPair<qint64, QString>> secretaries;
    QSqlQuery q(db);
    if (run(q, QStringLiteral("SELECT p.org_id, p.person_id, s.name FROM party_post p JOIN person s ON s.id = p.person_id "
                              "WHERE p.title = 'secretary' AND (p.since IS NULL OR p.since <= ?) "
                              "AND (p.until IS NULL OR p.until >= ?) ORDER BY p.since"),
            {date(day), date(day)})) {
        while (q.next())
            secretaries.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toString()});
    }
    QHash<qint64, QString> companyNames, estateNames;
    if (run(q, QStringLiteral("SELECT id, name FROM property_company"), {}))
        while (q.next())
            companyNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (run(q, QStringLiteral("SELECT id, name FROM estate"), {}))
        while (q.next())
            estateNames.insert(q.value(0).toLongLong(), q.value(1).toString());

    // Active organisations only; a child whose parent is not active becomes a root.
    QHash<qint64, const PartyOrg *> active;
    for (const PartyOrg &o : all.value())
        if (o.isActiveOn(day))
            active.insert(o.id, &o);
    QHash<qint64, QVector<const PartyOrg *>> children;
    QVector<const PartyOrg *> roots;
    for (const PartyOrg &o : all.value()) {
        if (!active.contains(o.id))
            continue;
        if (o.parentId > 0 && active.contains(o.parentId))
            children[o.parentId].append(&o);
        else
            roots.append(&o);
    }
    std::vector<PartyOrgNode> out;
    std::function<void(const PartyOrg *, int)> visit = [&](const PartyOrg *o, int depth) {
        PartyOrgNode node;
        node.org = *o;
        node.depth = depth;
        if (o->host == QLatin1String("property_company"))
            node.hostName = companyNames.value(o->companyId);
        else if (o->host == QLatin1String("owners_committee"))
            node.hostName = estateNames.value(o->estateId);
        else if (o->host == QLatin1String("joint")) {
            QStringList names;
            for (qint64 c : o->jointCompanyIds)
                names << companyNames.value(c);
            node.hostName = names.join(QStringLiteral("、"));
        }
        const auto secretary = secretaries.value(o->id);
        node.secretaryPersonId = secretary.first;
        node.secretaryName = secretary.second;
        node.fullMembers = counts.value(o->id).first;
        node.probationaryMembers = counts.value(o->id).second;
        node.childCount = children.value(o->id).size();
        out.push_back(node);
        for (const PartyOrg *child : children.value(o->id))
            visit(child, depth + 1);
    };
    for (const PartyOrg *root : roots)
        visit(root, 0);
    return out;
}

Result<QVector<qint64>> PartyOrgStore::subtree(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT o.id FROM party_org o "
                               "JOIN below b ON o.parent_id = b.id) SELECT id FROM below"),
             {id}))
        return failed(q);
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace cd
