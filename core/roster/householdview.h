#pragma once

#include "common/status.h"
#include "roster/rostertypes.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;

/// Everything the household page shows for one dwelling: who lives there now and who lived
/// there before (with relation and dates), who owns it (people, co-owners and the voter, or the
/// developer), its red steward, and a dated history of moves and changes of ownership.
struct HouseholdView
{
    Q_DECLARE_TR_FUNCTIONS(cd::HouseholdView)

public:
    struct Member
    {
        qint64 residenceId = 0;
        qint64 personId = 0;
        QString name;
        QString sex;
        QString relation;
        QDate movedIn;
        QDate movedOut; ///< null for current residents
        bool archived = false;
    };
    struct Owner
    {
        qint64 ownershipId = 0;
        qint64 personId = 0; ///< 0: the developer
        QString name;        ///< the person, or the estate's developer
        bool isVoter = false;
        QDate since;
        QDate until;
    };
    struct Event
    {
        QDate date; ///< null when the record has no date (listed first)
        QString kind; ///< moved_in, moved_out, owner_from, owner_until
        qint64 personId = 0;
        QString name;
        QString describe() const; ///< "张三 moved in (户主)"
        QString detail;
    };

    Dwelling dwelling;
    QString estateName;
    QString buildingNumber;
    QString unitNumber;
    QString address; ///< "幸福小区 3-2-501"
    std::vector<Member> residents; ///< current, in moving-in order
    std::vector<Member> former;    ///< moved out, most recent first
    std::vector<Owner> owners;     ///< current; co-owners share the dwelling, one is the voter
    std::vector<Owner> formerOwners;
    std::vector<Event> history;    ///< oldest first
    qint64 stewardPersonId = 0;
    QString stewardName;

    static Result<HouseholdView> load(const Database &database, qint64 dwellingId);
};

} // namespace cd
