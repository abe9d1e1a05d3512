#pragma once

#include "demo/demogenerator.h"
#include "demo/rosterplan.h"

#include <QDate>
#include <QString>

namespace cd {

class Database;

/// What the demo steps share: the database (inside the generator's one transaction), the
/// options, the fixed "today" and everything earlier steps planned, so that later steps
/// (party members, requests, meetings, elections) can build on the roster.
struct DemoContext
{
    Database &database;
    DemoOptions options;
    /// "Today" for ages, dates and the created/updated columns. Fixed, so the same seed gives
    /// the same rows whenever the demo is generated.
    QDate referenceDate;
    QString timestamp; // referenceDate at 09:00 in the columns' ISO format
    RosterPlan roster;
};

} // namespace cd
