#pragma once

#include "common/status.h"
#include "roster/rostertypes.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;

/// For one person: where they live and lived, what they own or owned (with co-owners and
/// whether they vote for the dwelling), the buildings they lead and whether they are a red steward.
struct PersonPlaces
{
    Q_DECLARE_TR_FUNCTIONS(cd::PersonPlaces)

public:
    struct Residence
    {
        ResidenceLink link;
        QString address;
    };
    struct Ownership
    {
        OwnershipLink link;
        QString address;
        QStringList coOwners; ///< the other current owners' names
    };
    struct Leadership
    {
        BuildingLeader leader;
        QString building; ///< "幸福小区 3"
    };

    std::vector<Residence> residences; ///< current first, then former
    std::vector<Ownership> ownerships; ///< current first
    std::vector<Leadership> leaderships;
    qint64 redStewardId = 0;

    static Result<PersonPlaces> load(const Database &database, qint64 personId);
};

} // namespace cd
