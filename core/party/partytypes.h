#pragma once

#include <QDate>
#include <QString>
#include <QVector>

/// Value types of the party census, one per table (see the party schema step). An id of 0 means
/// "not saved yet" (or "none" for an optional reference). Codes are those of PartyCodes.
namespace cd {

/// A party organisation: 党委 / 党总支 / 党支部 / 党小组 in the community's tree.
struct PartyOrg
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString kind = QStringLiteral("branch");  ///< committee, general_branch, branch, group
    QString host = QStringLiteral("community"); ///< community, property_company, owners_committee, joint
    qint64 companyId = 0; ///< host property_company: the company
    qint64 estateId = 0;  ///< the project's estate (company host), the committee's estate, or a 小区 branch
    qint64 gridId = 0;    ///< 网格党支部: the grid
    QDate founded;
    QDate dissolved;      ///< null while active
    int sortOrder = 0;
    QString notes;
    QVector<qint64> jointCompanyIds; ///< host joint: the property companies it covers (联合建)

    bool isActiveOn(QDate day) const
    {
        return (!founded.isValid() || founded <= day) && (!dissolved.isValid() || dissolved > day);
    }
};

/// One line of the organisation tree as lists show it: the organisation with its counts.
struct PartyOrgNode
{
    PartyOrg org;
    int depth = 0;            ///< 0 for a root
    QString hostName;         ///< company or estate name, empty for the community
    QString secretaryName;    ///< current 书记, empty when none
    qint64 secretaryPersonId = 0;
    int fullMembers = 0;      ///< direct members (not those of sub-organisations)
    int probationaryMembers = 0;
    int childCount = 0;
};

/// A party member: a person of the roster with the party data of the census.
struct PartyMember
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 orgId = 0;        ///< 0: membership held outside the community
    QString outsideOrg;      ///< where, when orgId is 0 (e.g. the employer's branch)
    QDate joined;            ///< 入党日期 (admitted as probationary member)
    QDate fullDate;          ///< 转正日期; null while probationary
    bool probationExtended = false; ///< 延长预备期 by one year
    qint64 companyId = 0;    ///< works at this property company
    qint64 projectId = 0;    ///< ... at this project of it
    QDate registeredOn;      ///< 在职党员到社区报到; null when not registered
    bool mobile = false;     ///< 流动党员
    QString mobileTo;        ///< where a mobile member is
    QDate lastContact;
    QDate leftOn;            ///< no longer a member here (with leftReason); null while a member
    QString leftReason;      ///< transferred_out, deceased, expelled, withdrew
    QString notes;
};

/// A post in a community party organisation (书记, 委员, 党小组长 ...), from `since` until `until`.
struct PartyPost
{
    qint64 id = 0;
    qint64 orgId = 0;
    qint64 personId = 0;
    QString title = QStringLiteral("committee_member");
    QDate since;
    QDate until;

    bool isCurrentOn(QDate day) const
    {
        return (!since.isValid() || since <= day) && (!until.isValid() || until >= day);
    }
};

/// The party-work side of a property company (the company itself is a roster row).
struct CompanyPartyInfo
{
    qint64 id = 0;            ///< property_company id
    QString name;
    QString creditCode;
    QString creditCodeNote;   ///< why a code failing the check is kept
    QString phone;
    QString redProperty = QStringLiteral("none"); ///< none, building, achieved, benchmark
    QString rating;           ///< excellent, good, pass, fail; empty: not rated
    QDate ratedOn;
    QString ratingNote;
    qint64 instructorPersonId = 0; ///< 党建指导员

    bool yellowLight() const { return rating == QLatin1String("fail"); }
};

/// 物业服务项目: a company's project at one estate.
struct PropertyProject
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 estateId = 0;
    int staffCount = 0;
    qint64 managerPersonId = 0;
    QDate since;
    QDate until;
    QString notes;

    bool isActiveOn(QDate day) const
    {
        return (!since.isValid() || since <= day) && (!until.isValid() || until >= day);
    }
};

/// A member of an owners' committee with role director / deputy_director / member.
struct CommitteeMember
{
    qint64 id = 0;
    qint64 personId = 0;
    QString role = QStringLiteral("member");
    QDate since;
    QDate until;

    bool isCurrentOn(QDate day) const
    {
        return (!since.isValid() || since <= day) && (!until.isValid() || until >= day);
    }
};

/// 业委会: one term of an estate's owners' committee with its members.
struct OwnersCommittee
{
    qint64 id = 0;
    qint64 estateId = 0;
    QString name;
    QDate termStart;
    QDate termEnd;
    QDate filedOn; ///< 备案
    QString notes;
    QVector<CommitteeMember> members;

    bool isCurrentOn(QDate day) const
    {
        return termStart.isValid() && termStart <= day && (!termEnd.isValid() || termEnd >= day);
    }
};

/// 双向进入、交叉任职: a person of one body holds `post` in another, from `since` until `until`.
/// Bodies are PartyCodes::Body codes; a property_company side names the company, an
/// owners_committee side the estate. toOrgId may name the party organisation of the post.
struct CrossAppointment
{
    qint64 id = 0;
    qint64 personId = 0;
    QString fromBody;
    qint64 fromCompanyId = 0;
    qint64 fromEstateId = 0;
    QString toBody;
    qint64 toCompanyId = 0;
    qint64 toEstateId = 0;
    qint64 toOrgId = 0;
    QString post;
    QDate since;
    QDate until;
    QString notes;

    bool isCurrentOn(QDate day) const { return since.isValid() && since <= day && (!until.isValid() || until >= day); }
};

/// A problem with one field of a form, for validation as the user types.
struct FieldProblem
{
    QString field;   ///< the struct member's name, e.g. "fullDate"
    QString message; ///< translated sentence naming the problem
    bool warning = false; ///< true: may be saved anyway (e.g. a credit code failing its check)
};

} // namespace cd
