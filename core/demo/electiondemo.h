#pragma once

#include "demo/demostep.h"

#include <QCoreApplication>

namespace cd {

/// Owners' committee elections for the demo community, written through ElectionStore so that
/// every row follows the real rules: a finished election at the first estate (vetted
/// candidates, frozen roll, ballots, closed, roles, filed within 30 days, the committee in the
/// census) and an election in progress at the second (voting open, about half of the ballots
/// in, refusals, unreachable owners, door-to-door visits and proxies, turnout not yet reached).
/// Estates too small for a committee are left without one.
class ElectionDemo final : public DemoStep
{
    Q_DECLARE_TR_FUNCTIONS(cd::ElectionDemo)

public:
    const char *name() const override { return "elections"; }
    int weight(const DemoOptions &options) const override;
    Status checkEmpty(Database &database) const override;
    Status run(DemoContext &context, DemoProgress &progress) override;
};

} // namespace cd
