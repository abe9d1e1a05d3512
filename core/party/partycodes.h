#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cd {

/// The stable codes stored in the party tables, their translated labels, the Chinese terms
/// the census forms print, and a parser that accepts a code, the English label or the Chinese
/// term (党支部, 主任, 亮黄灯 ...).
class PartyCodes
{
    Q_DECLARE_TR_FUNCTIONS(cd::PartyCodes)

public:
    enum class List {
        OrgKind,        ///< committee general_branch branch group (党委 党总支 党支部 党小组)
        OrgHost,        ///< community property_company owners_committee joint
        PostTitle,      ///< secretary deputy_secretary committee_member organisation propaganda discipline group_leader
        CommitteeRole,  ///< director deputy_director member (主任 副主任 委员)
        RedProperty,    ///< none building achieved benchmark (红色物业)
        Rating,         ///< excellent good pass fail (履约评价; fail = 亮黄灯)
        OrgForm,        ///< single joint instructor none (单独建 联合建 党建指导员 none)
        LeftReason,     ///< transferred_out deceased expelled withdrew
        Body,           ///< community_party residents_committee property_company owners_committee
        MemberStatus,   ///< full probationary (正式党员 预备党员)
    };

    static QStringList codes(List list);
    static bool isKnown(List list, QStringView code);
    /// The translated English label; an unknown code is returned unchanged.
    static QString label(List list, QStringView code);
    /// The Chinese term printed on the census forms (党支部, 主任 ...); empty for an unknown code.
    static QString chinese(List list, QStringView code);
    /// The code for `text` (code, label or Chinese term), or empty when not recognised.
    static QString parse(List list, QStringView text);
};

} // namespace cd
