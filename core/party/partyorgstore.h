#pragma once

#include "common/status.h"
#include "party/formationproposal.h"
#include "party/partytypes.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;

/// The formation rule for one branch (党支部): at least three full members, otherwise the
/// app proposes a joint branch (联合党支部) with its partners; from seven a branch committee.
struct FormationCheck
{
    qint64 orgId = 0;
    QString orgName;
    int fullMembers = 0;          ///< the branch's own and its party groups' members
    int probationaryMembers = 0;
    bool meetsMinimum = true;     ///< ≥ 3 full members
    bool needsCommittee = false;  ///< ≥ 7 full members: elect a branch committee
    QVector<qint64> partnerOrgIds;///< branches to merge with into a joint branch
    qint64 jointOrgId = 0;        ///< an existing joint branch to join instead
    FormationProposal proposal;   ///< empty when the branch is fine
};

/// Reads and writes the party organisation tree (社区党委 → 网格党支部 → 楼院党小组; 物业企业
/// 党支部; 业委会党支部; 联合党支部) and the posts in it (书记, 委员 ...).
///
/// Every write is validated first and runs in one transaction. Removing an organisation
/// that still has members, sub-organisations or is named by a cross-appointment is refused
/// with the reason; dissolve() keeps it for history instead.
class PartyOrgStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::PartyOrgStore)

public:
    explicit PartyOrgStore(Database &database);

    /// Problems that stop a save (names the PartyOrg field).
    QVector<FieldProblem> check(const PartyOrg &org) const;
    /// Creates (id 0) or updates; returns the id.
    Result<qint64> save(const PartyOrg &org);
    /// Deletes an organisation nothing refers to (its posts go with it); otherwise refused
    /// with the reasons.
    Status remove(qint64 id);
    /// Marks the organisation dissolved on `on`; refused while it has members or active
    /// sub-organisations.
    Status dissolve(qint64 id, QDate on);
    /// The reasons the organisation cannot be removed (empty when it can).
    QStringList referencesTo(qint64 id) const;

    Result<PartyOrg> org(qint64 id) const;
    /// All organisations (dissolved ones too when asked) by sort order and name.
    Result<std::vector<PartyOrg>> orgs(bool includeDissolved = false) const;
    /// The organisations active on `day` in tree order (parents before children), with
    /// host names, secretaries and direct member counts.
    Result<std::vector<PartyOrgNode>> tree(QDate day) const;
    /// `id` and all organisations below it.
    Result<QVector<qint64>> subtree(qint64 id) const;

    /// Problems that stop saving the post.
    QVector<FieldProblem> checkPost(const PartyPost &post) const;
    Result<qint64> savePost(const PartyPost &post);
    Status removePost(qint64 id);
    /// Posts of an organisation (current on `day` only, unless `day` is null).
    Result<std::vector<PartyPost>> posts(qint64 orgId, QDate day = QDate()) const;
    Result<std::vector<PartyPost>> postsOfPerson(qint64 personId) const;
    /// Makes `personId` 书记 from `since`; the current secretary's post ends the day before.
    Status setSecretary(qint64 orgId, qint64 personId, QDate since);

    /// The formation rule for every active branch on `day`.
    Result<std::vector<FormationCheck>> formationChecks(QDate day) const;

private:
    Database &m_db;
};

} // namespace cd
