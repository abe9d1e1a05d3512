#pragma once

#include "common/status.h"
#include "party/partytypes.h"

#include <QCoreApplication>
#include <QSet>
#include <vector>

namespace cd {

class Database;

/// A party member as lists show it: the member with the person's roster fields, the
/// organisation and company names and the current posts.
struct PartyMemberRow
{
    PartyMember member;
    QString name;
    QString sex;        ///< M, F or empty
    QDate birthDate;
    QString idNumber;   ///< full number: mask it (idnumber::mask) before showing
    QString phone;      ///< full number: mask it (mobile::mask) before showing
    QString ethnicity;
    QString education;
    QString workplace;
    bool resident = false; ///< lives in the community now
    QString orgName;       ///< the community organisation, or the outside one
    QString companyName;
    QStringList posts;     ///< current posts, e.g. "第一网格党支部 书记"
};

/// What the member list shows. Empty fields do not filter.
struct MemberFilter
{
    enum Flag {
        NoFlag = 0,
        Overdue = 1,      ///< probation over, not converted
        LostContact = 2,  ///< no contact for six months
        Mobile = 4,       ///< 流动党员
        Registered = 8,   ///< 在职党员报到
        OutsideOrg = 16,  ///< membership held outside the community
        PropertyStaff = 32, ///< works at a property company
    };

    QString text;          ///< part of the name, its pinyin or initials
    qint64 orgId = 0;      ///< this organisation and those below it
    qint64 companyId = 0;
    QString status;        ///< full or probationary
    int flags = NoFlag;    ///< all given flags must hold
    bool includeLeft = false;
    QDate day;             ///< the day the statuses refer to; null: today
};

/// Reads and writes party members. A member is a person of the roster (resident or not);
/// saving keeps the person's political status (cpc_member / cpc_probationary) in step.
class PartyMemberStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::PartyMemberStore)

public:
    explicit PartyMemberStore(Database &database);

    /// Problems that stop (or, as warnings, question) a save; `today` null: the current date.
    QVector<FieldProblem> check(const PartyMember &member, QDate today = QDate()) const;
    /// Creates (id 0) or updates; returns the id.
    Result<qint64> save(const PartyMember &member);
    /// Records that the member left on `on` for `reason` (transferred_out, deceased ...).
    Status leave(qint64 id, QDate on, const QString &reason);
    /// Deletes a member entered by mistake; refused while the member holds posts.
    Status remove(qint64 id);

    Result<PartyMember> member(qint64 id) const;
    /// The member record of a person; id 0 when the person is not a member.
    Result<PartyMember> memberOfPerson(qint64 personId) const;
    Result<std::vector<PartyMemberRow>> list(const MemberFilter &filter) const;
    /// People who are members on `day` (full or probationary), e.g. for an owners' committee's party share.
    Result<QSet<qint64>> memberPersonIds(QDate day) const;

private:
    Database &m_db;
};

} // namespace cd
