#include "demo/demogenerator.h"

#include "demo/demorunner.h"
#include "demo/electiondemo.h"
#include "demo/meetingdemo.h"
#include "demo/partydemo.h"
#include "demo/rosterdemo.h"
#include "demo/workflowdemo.h"

#include <memory>
#include <vector>

namespace cd {

namespace {

// The steps in order. Each capability appends its own (party members, requests, meetings,
// elections); each draws from its own random stream, so the steps before it stay as they are.
std::vector<std::unique_ptr<DemoStep>> demoSteps()
{
    std::vector<std::unique_ptr<DemoStep>> steps;
    steps.push_back(std::make_unique<RosterDemo>());
    steps.push_back(std::make_unique<PartyDemo>());
    steps.push_back(std::make_unique<WorkflowDemo>());
    steps.push_back(std::make_unique<MeetingDemo>());
    steps.push_back(std::make_unique<ElectionDemo>());
    return steps;
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database &database, const DemoOptions &options,
                                            const std::function<bool(int)> &progress)
{
    if (options.households < 1 || options.households > 100000)
        return Status::failure(tr("The demo community needs from 1 to 100,000 households, not %1.")
                                   .arg(options.households));
    return DemoRunner::run(database, options, demoSteps(), progress);
}

} // namespace cd
