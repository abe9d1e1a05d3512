#pragma once

#include "common/status.h"

namespace cd {

class Database;
class DemoProgress;
struct DemoContext;
struct DemoOptions;

/// One part of the demo community (the roster; later party members, requests, meetings,
/// elections). DemoGenerator runs the steps in order inside one transaction; each draws its
/// random numbers from its own stream (DemoRandom(seed, DemoRandom::streamId(name()))), so a
/// new step never changes the rows of the steps before it.
class DemoStep
{
public:
    virtual ~DemoStep() = default;

    /// A fixed ASCII name; it also seeds the step's random stream.
    virtual const char *name() const = 0;
    /// Relative share of the progress bar for these options.
    virtual int weight(const DemoOptions &options) const = 0;
    /// Refuses when the tables this step fills already hold data; runs before anything is written.
    virtual Status checkEmpty(Database &database) const = 0;
    /// Plans and writes the step's rows; returns a failure (and the generator rolls back)
    /// when a write fails or `progress` reports a cancel.
    virtual Status run(DemoContext &context, DemoProgress &progress) = 0;
};

} // namespace cd
