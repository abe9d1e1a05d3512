#pragma once

#include "common/status.h"
#include "workflow/workflowtypes.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cd {

class Database;

/// The "5341" response targets: on site in 5 minutes, ordinary problems solved in 30
/// minutes, complex ones in 4 hours, a plan for a major problem within 1 day.
///
/// The values are local policy, so they are kept in the `setting` table
/// (keys workflow.arrive_minutes, workflow.ordinary_minutes, workflow.complex_minutes,
/// workflow.major_minutes); the articles' values are the defaults. A request takes its
/// deadlines from the policy in force when it is listed, so a later change of policy
/// does not rewrite the history of earlier requests.
struct DeadlinePolicy
{
    Q_DECLARE_TR_FUNCTIONS(cd::DeadlinePolicy)

public:
    int arriveMinutes = 5;
    int ordinaryMinutes = 30;
    int complexMinutes = 240;
    int majorMinutes = 24 * 60; ///< time to a plan for a major problem

    /// Minutes allowed to meet the deadline of a request of this severity.
    int allowanceMinutes(Severity severity) const;

    /// Each value from 1 minute to 365 days.
    Status validate() const;

    /// The stored policy; defaults for keys not stored. Fails only on a database error.
    static Result<DeadlinePolicy> load(Database &database);
    /// Validates, then writes all four values in one transaction.
    Status save(Database &database) const;

    /// Traffic light of a clock that started at `start` and is due at `due`, seen at `now`:
    /// green below 80% of the allowance used, yellow from 80% up to and including the
    /// deadline itself, red after it. Exact in whole seconds (no floating point).
    static DeadlineColour colourAt(const QDateTime &start, const QDateTime &due, const QDateTime &now);

    bool operator==(const DeadlinePolicy &other) const
    {
        return arriveMinutes == other.arriveMinutes && ordinaryMinutes == other.ordinaryMinutes
            && complexMinutes == other.complexMinutes && majorMinutes == other.majorMinutes;
    }
};

} // namespace cd
