#include "demo/demogenerator.h"

#include "db/database.h"

namespace cd {

Result<DemoSummary> DemoGenerator::generate(Database &, const DemoOptions &, const std::function<bool(int)> &)
{
    return Status::failure(tr("The demo community generator is not available yet."));
}

} // namespace cd
