#pragma once

#include "demo/demostep.h"

#include <functional>

namespace cd {

class Clock;
class Database;

/// A year of 五单 requests for the demo community, written through WorkflowEngine so that
/// every row follows the real rules: most requests closed after a rating, some returned,
/// some late, a few reopened after 不满意 (one of them twice), overdue ones still open, and
/// the last days' requests waiting at every stage of the loop.
class WorkflowDemo final : public DemoStep
{
public:
    const char *name() const override { return "requests"; }
    int weight(const DemoOptions &options) const override;
    Status checkEmpty(Database &database) const override;
    Status run(DemoContext &context, DemoProgress &progress) override;

    /// Requests per year for a community of `households`: about three per ten households
    /// (the seeds report 460 for one estate), at least 60 and at most 12,000 so that a very
    /// large demo stays quick to generate.
    static int requestsPerYear(int households);
};

/// Adds a year of requests ending at `clock.now()` to an open database, using the residents,
/// buildings and property companies it holds (public-area requests when it holds none).
/// `requests` 0 means requestsPerYear(dwellings). Runs in one transaction (a savepoint
/// inside an outer one). `progress(done, total)` may return false to cancel.
Status addWorkflowDemo(Database &database, quint64 seed, const Clock &clock, int requests = 0,
                       const std::function<bool(qint64, qint64)> &progress = {});

} // namespace cd
