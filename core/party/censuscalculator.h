#pragma once

#include "common/status.h"
#include "party/censusdata.h"

#include <QCoreApplication>

namespace cd {

class Database;

/// Computes a census from the data: members counted on `asOf` (admitted on or before it, not
/// left), ages on 31 December of the year, organisations active on `asOf`, property companies
/// with an active project (or none recorded), owners' committees and cross-appointments in
/// office on `asOf`. Read-only; one pass over each table.
class CensusCalculator
{
    Q_DECLARE_TR_FUNCTIONS(cd::CensusCalculator)

public:
    /// `asOf` null: today for the current year, 31 December for a past year (a future
    /// year is refused).
    static Result<CensusData> compute(Database &database, int year, QDate asOf = QDate());

    /// The day a census of `year` counts when none is given.
    static QDate defaultAsOf(int year, QDate today = QDate::currentDate());

    /// The targets from the settings (party.target.* keys), defaults where unset.
    static CensusTargets targets(Database &database);
    static Status setTargets(Database &database, const CensusTargets &targets);

private:
    static Status addMembers(Database &database, CensusData &data);
    static Status addOrgs(Database &database, CensusData &data);
    static Status addCompanies(Database &database, CensusData &data);
    static Status addCommittees(Database &database, CensusData &data);
    static Status addCrossAppointments(Database &database, CensusData &data);
};

} // namespace cd
