#include "party/formationproposal.h"

namespace cd {

namespace {

const char *const keys[] = {"",           "elect_committee", "own_branch",   "form_joint",
                            "form_joint_more", "join_joint", "joint_nearby", "instructor"};

} // namespace

QString FormationProposal::key() const
{
    return QString::fromLatin1(keys[int(kind)]);
}

FormationProposal::Kind FormationProposal::kindFromKey(const QString &key)
{
    for (int i = 0; i < int(sizeof(keys) / sizeof(keys[0])); ++i) {
        if (key == QLatin1String(keys[i]))
            return Kind(i);
    }
    return Kind::None;
}

QString FormationProposal::text() const
{
    const QString names = partners.join(tr(", "));
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::ElectCommittee:
        return tr("%n full members: the branch should elect a branch committee.", nullptr, fullMembers);
    case Kind::OwnBranch:
        return tr("%n full members: enough to found the company's own branch.", nullptr, fullMembers);
    case Kind::FormJoint:
        return tr("Only %1 full member(s): form a joint branch with %2 (%3 full members together).")
            .arg(fullMembers).arg(names).arg(together);
    case Kind::FormJointMore:
        return tr("Only %1 full member(s): form a joint branch with %2 and further units (%3 full members so far, "
                  "at least 3 are needed).").arg(fullMembers).arg(names).arg(together);
    case Kind::JoinJoint:
        return tr("Only %1 full member(s): join the joint branch %2.").arg(fullMembers).arg(names);
    case Kind::JointNearby:
        return tr("Only %1 full member(s), at least 3 are needed: form a joint branch with neighbouring units.")
            .arg(fullMembers);
    case Kind::Instructor:
        return tr("Only %1 full member(s): appoint a party-building instructor and join a joint branch when one "
                  "forms.").arg(fullMembers);
    }
    return QString();
}

QString FormationProposal::chinese() const
{
    const QString names = partners.join(QStringLiteral("、"));
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::ElectCommittee:
        return QStringLiteral("正式党员%1名，应设立支部委员会").arg(fullMembers);
    case Kind::OwnBranch:
        return QStringLiteral("有正式党员%1名，具备单独建立党支部的条件").arg(fullMembers);
    case Kind::FormJoint:
        return QStringLiteral("正式党员仅%1名，建议与%2组建联合党支部（合计正式党员%3名）")
            .arg(fullMembers).arg(names).arg(together);
    case Kind::FormJointMore:
        return QStringLiteral("正式党员仅%1名，建议与%2及周边单位组建联合党支部（目前合计%3名，至少需3名）")
            .arg(fullMembers).arg(names).arg(together);
    case Kind::JoinJoint:
        return QStringLiteral("正式党员仅%1名，建议加入%2").arg(fullMembers).arg(names);
    case Kind::JointNearby:
        return QStringLiteral("正式党员仅%1名（至少需3名），建议与周边单位组建联合党支部").arg(fullMembers);
    case Kind::Instructor:
        return QStringLiteral("正式党员仅%1名，建议选派党建指导员，条件成熟时加入联合党支部").arg(fullMembers);
    }
    return QString();
}

} // namespace cd
