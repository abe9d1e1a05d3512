#pragma once

#include "common/status.h"
#include "election/electiontypes.h"

#include <QCoreApplication>

#include <vector>

namespace cd {

class Database;

/// One building's line of the door-to-door (扫楼) list.
struct BuildingTurnout
{
    QString building;
    Measures voters;    ///< on the roll
    Measures voted;     ///< ballots in
    int refused = 0;
    int unreachable = 0;
    int notVisited = 0; ///< no ballot and no visit yet
};

/// The live turnout panel of an election in voting: where the two-thirds test stands, what
/// is missing ("还差 N 人、X.XX ㎡ 达到三分之二"), voters by status and by visit, and the
/// same per building, so the secretary knows where to knock next.
struct TurnoutPanelData
{
    Measures total;
    Measures participating;
    Measures missing; ///< to reach two thirds on each measure (0 once met)
    bool personsMet = false;
    bool areaMet = false;
    QString text;     ///< the panel's line (OwnersVote::turnoutGapText)
    int pending = 0, voted = 0, refused = 0, unreachable = 0;
    int notVisited = 0, delivered = 0, revisit = 0, collected = 0;
    std::vector<BuildingTurnout> buildings; ///< in building order
};

/// Computes the panel with two aggregate queries over the frozen roll (cheap enough to refresh
/// after every ballot).
class TurnoutPanel
{
    Q_DECLARE_TR_FUNCTIONS(cd::TurnoutPanel)

public:
    static Result<TurnoutPanelData> compute(Database &database, qint64 electionId);
};

} // namespace cd
