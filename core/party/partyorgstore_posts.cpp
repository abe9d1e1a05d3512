// PartyOrgStore: posts in the organisations and the branch formation rule.
#include "party/partyorgstore.h"

#include "db/database.h"
#include "db/transaction.h"
#include "party/partycodes.h"
#include "party/partyrules.h"
#include "party/partysql.h"

#include <QHash>

namespace cd {

using namespace partysql;

namespace {

const QString postColumns = QStringLiteral("id, org_id, person_id, title, since, until");

PartyPost readPost(const QSqlQuery &q)
{
    PartyPost p;
    p.id = q.value(0).toLongLong();
    p.orgId = q.value(1).toLongLong();
    p.personId = q.value(2).toLongLong();
    p.title = q.value(3).toString();
    p.since = toDate(q.value(4));
    p.until = toDate(q.value(5));
    return p;
}

} // namespace

QVector<FieldProblem> PartyOrgStore::checkPost(const PartyPost &post) const
{
    QVector<FieldProblem> problems;
    if (post.orgId <= 0 || !scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM party_org WHERE id = ?"), {post.orgId}).isValid())
        problems.append({QStringLiteral("orgId"), tr("Choose the organisation of the post."), false});
    if (post.personId <= 0 || !scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {post.personId}).isValid())
        problems.append({QStringLiteral("personId"), tr("Choose the person who holds the post."), false});
    if (!PartyCodes::isKnown(PartyCodes::List::PostTitle, post.title))
        problems.append({QStringLiteral("title"), tr("Choose the post."), false});
    if (post.since.isValid() && post.until.isValid() && post.until < post.since)
        problems.append({QStringLiteral("until"), tr("The post ends before it starts."), false});
    return problems;
}

Result<qint64> PartyOrgStore::savePost(const PartyPost &post)
{
    for (const FieldProblem &p : checkPost(post)) {
        if (!p.warning)
            return Status::failure(p.message);
    }
    QSqlQuery q(m_db.sql());
    const QVector<QVariant> values = {post.orgId, post.personId, post.title, date(post.since), date(post.until)};
    if (post.id > 0) {
        QVector<QVariant> withId = values;
        withId.append(post.id);
        if (!run(q, QStringLiteral("UPDATE party_post SET org_id = ?, person_id = ?, title = ?, since = ?, until = ? "
                                   "WHERE id = ?"),
                 withId))
            return failed(q);
        if (q.numRowsAffected() == 0)
            return Status::failure(tr("The post no longer exists."));
        return post.id;
    }
    if (!run(q, QStringLiteral("INSERT INTO party_post (org_id, person_id, title, since, until) VALUES (?, ?, ?, ?, ?)"),
             values))
        return failed(q);
    return q.lastInsertId().toLongLong();
}

Status PartyOrgStore::removePost(qint64 id)
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM party_post WHERE id = ?"), {id}))
        return failed(q);
    return Status::success();
}

Result<std::vector<PartyPost>> PartyOrgStore::posts(qint64 orgId, QDate day) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM party_post WHERE org_id = ? ORDER BY since, id").arg(postColumns), {orgId}))
        return failed(q);
    std::vector<PartyPost> list;
    while (q.next()) {
        PartyPost p = readPost(q);
        if (!day.isValid() || p.isCurrentOn(day))
            list.push_back(p);
    }
    return list;
}

Result<std::vector<PartyPost>> PartyOrgStore::postsOfPerson(qint64 personId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM party_post WHERE person_id = ? ORDER BY since, id").arg(postColumns),
             {personId}))
        return failed(q);
    std::vector<PartyPost> list;
    while (q.next())
        list.push_back(readPost(q));
    return list;
}

Status PartyOrgStore::setSecretary(qint64 orgId, qint64 personId, QDate since)
{
    if (!since.isValid())
        return Status::failure(tr("Enter the date the secretary takes office."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    // The outgoing secretary's post ends the day before; one that starts later is an error.
    if (scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM party_post WHERE org_id = ? AND title = 'secretary' "
                                          "AND until IS NULL AND since > ?"),
               {orgId, date(since)})
            .isValid())
        return Status::failure(tr("A secretary from a later date is already on record."));
    if (!run(q, QStringLiteral("UPDATE party_post SET until = ? WHERE org_id = ? AND title = 'secretary' "
                               "AND until IS NULL AND person_id <> ?"),
             {date(since.addDays(-1)), orgId, personId}))
        return failed(q);
    if (!scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM party_post WHERE org_id = ? AND title = 'secretary' "
                                           "AND until IS NULL AND person_id = ?"),
                {orgId, personId})
             .isValid()) {
        PartyPost post;
        post.orgId = orgId;
        post.personId = personId;
        post.title = QStringLiteral("secretary");
        post.since = since;
        if (Result<qint64> saved = savePost(post); !saved)
            return saved.status();
    }
    return tx.commit();
}

Result<std::vector<FormationCheck>> PartyOrgStore::formationChecks(QDate day) const
{
    const Result<std::vector<PartyOrgNode>> nodes = tree(day);
    if (!nodes)
        return nodes.status();
    // A branch's members include those of its party groups (the tree lists parents first, so
    // a group's members are added to the nearest branch above it).
    QHash<qint64, QPair<int, int>> withGroups;
    QHash<qint64, qint64> branchOf;
    for (const PartyOrgNode &n : nodes.value()) {
        if (n.org.kind == QLatin1String("branch"))
            branchOf.insert(n.org.id, n.org.id);
        else if (n.org.kind == QLatin1String("group") && branchOf.contains(n.org.parentId))
            branchOf.insert(n.org.id, branchOf.value(n.org.parentId));
        if (branchOf.contains(n.org.id)) {
            QPair<int, int> &sum = withGroups[branchOf.value(n.org.id)];
            sum.first += n.fullMembers;
            sum.second += n.probationaryMembers;
        }
    }
    std::vector<FormationCheck> checks;
    QVector<const PartyOrgNode *> jointBranches;
    for (const PartyOrgNode &n : nodes.value()) {
        if (n.org.kind != QLatin1String("branch"))
            continue;
        FormationCheck c;
        c.orgId = n.org.id;
        c.orgName = n.org.name;
        c.fullMembers = withGroups.value(n.org.id).first;
        c.probationaryMembers = withGroups.value(n.org.id).second;
        c.meetsMinimum = c.fullMembers >= partyrules::branchMinimumFullMembers;
        c.needsCommittee = c.fullMembers >= partyrules::branchCommitteeFullMembers;
        checks.push_back(c);
        if (n.org.host == QLatin1String("joint"))
            jointBranches.append(&n);
    }
    QHash<qint64, qint64> parents;
    for (const PartyOrgNode &n : nodes.value())
        parents.insert(n.org.id, n.org.parentId);
    using Kind = FormationProposal::Kind;
    for (FormationCheck &c : checks) {
        c.proposal.fullMembers = c.fullMembers;
        if (c.meetsMinimum) {
            if (c.needsCommittee)
                c.proposal.kind = Kind::ElectCommittee;
            continue;
        }
        // Partners: the other small branches under the same parent.
        int together = c.fullMembers;
        QStringList partnerNames;
        for (const FormationCheck &other : checks) {
            if (other.orgId == c.orgId || other.meetsMinimum || parents.value(other.orgId) != parents.value(c.orgId))
                continue;
            c.partnerOrgIds.append(other.orgId);
            partnerNames << other.orgName;
            together += other.fullMembers;
        }
        c.proposal.together = together;
        if (!c.partnerOrgIds.isEmpty() && together >= partyrules::branchMinimumFullMembers) {
            c.proposal.kind = Kind::FormJoint;
            c.proposal.partners = partnerNames;
            continue;
        }
        const PartyOrgNode *joint = nullptr;
        for (const PartyOrgNode *j : jointBranches) {
            if (j->org.id != c.orgId && (!joint || j->org.parentId == parents.value(c.orgId)))
                joint = j;
        }
        if (joint) {
            c.partnerOrgIds.clear();
            c.jointOrgId = joint->org.id;
            c.proposal.kind = Kind::JoinJoint;
            c.proposal.partners = {joint->org.name};
        } else if (!c.partnerOrgIds.isEmpty()) {
            c.proposal.kind = Kind::FormJointMore;
            c.proposal.partners = partnerNames;
        } else {
            c.proposal.kind = Kind::JointNearby;
        }
    }
    return checks;
}

} // namespace cd
