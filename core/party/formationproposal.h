#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd {

/// What the formation rule proposes for a branch or a property company: kept as data, so the
/// UI shows it in the user's language and the census forms print their own Chinese wording.
struct FormationProposal
{
    Q_DECLARE_TR_FUNCTIONS(cd::FormationProposal)

public:
    enum class Kind {
        None,
        ElectCommittee, ///< ≥ 7 full members: elect a branch committee
        OwnBranch,      ///< a company with ≥ 3 full members: found its own branch (单独建)
        FormJoint,      ///< with `partners` (together ≥ 3): form a joint branch (联合建)
        FormJointMore,  ///< with `partners` and further units: together still < 3
        JoinJoint,      ///< join the existing joint branch `partners.first()`
        JointNearby,    ///< too few and no partners: a joint branch with neighbouring units
        Instructor,     ///< a company with too few members: appoint a 党建指导员 for now
    };

    Kind kind = Kind::None;
    int fullMembers = 0;
    QStringList partners;
    int together = 0;

    bool isEmpty() const { return kind == Kind::None; }
    /// Translated English sentence for the UI.
    QString text() const;
    /// The census forms' wording, e.g. 正式党员仅2名，建议与……组建联合党支部.
    QString chinese() const;
    /// Stable key for JSON: elect_committee, own_branch, form_joint, ...
    QString key() const;
    static Kind kindFromKey(const QString &key);
};

} // namespace cd
