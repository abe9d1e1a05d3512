#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <functional>

namespace cd {

class Database;

/// Size and seed of a demo community. The same options always give the same data.
struct DemoOptions
{
    int households = 1500;     ///< dwellings to create (1 .. 100,000)
    quint64 seed = 20261122;
};

/// What the generator wrote.
struct DemoSummary
{
    int estates = 0;
    int buildings = 0;
    int units = 0;
    int dwellings = 0;
    int people = 0;
};

/// Writes a realistic 示例社区 into an empty database in one transaction.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoGenerator)

public:
    /// `progress` receives 0..100 and may return false to cancel (nothing is written then).
    static Result<DemoSummary> generate(Database &database, const DemoOptions &options,
                                        const std::function<bool(int)> &progress = {});
};

} // namespace cd
