#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace cd {

class Database;

/// One estate's line in the community summary.
struct EstateSummary
{
    qint64 id = 0;
    QString name;
    int buildings = 0;
    int dwellings = 0;
    int households = 0; ///< dwellings with at least one current resident
    int residents = 0;  ///< people currently living in the estate
};

/// The community at a glance: counts over the roster, and one line per estate.
/// Archived people are left out; a resident is a person with a residence that has not ended.
struct RosterSummary
{
    int estates = 0;
    int buildings = 0;
    int units = 0;
    int dwellings = 0;
    int households = 0; ///< dwellings with at least one current resident
    int people = 0;     ///< every person on the roster (residents and non-resident owners)
    int residents = 0;
    std::vector<EstateSummary> estateRows; ///< in the order the estates were created

    /// True for a fresh database: nothing entered yet.
    bool isEmpty() const { return estates == 0 && people == 0; }

    static Result<RosterSummary> load(const Database &database);

    Q_DECLARE_TR_FUNCTIONS(cd::RosterSummary)
};

} // namespace cd
