#pragma once

#include "demo/demogenerator.h"
#include "demo/demostep.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace cd {

/// The engine behind DemoGenerator: checks that every step's tables are empty, then runs the
/// steps in order inside one transaction with a large page cache, sharing the progress bar by
/// the steps' weights. A failed or cancelled step rolls everything back. Tests run single steps
/// through it; DemoGenerator runs the whole list.
class DemoRunner
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoRunner)

public:
    /// "Today" inside the demo. Fixed, so that ages, dates and the created/updated columns are
    /// the same whenever and wherever the demo is generated.
    static QDate referenceDate();

    static Result<DemoSummary> run(Database &database, const DemoOptions &options,
                                   const std::vector<std::unique_ptr<DemoStep>> &steps,
                                   const std::function<bool(int)> &progress = {});
};

} // namespace cd
