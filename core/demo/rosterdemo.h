#pragma once

#include "demo/demostep.h"

#include <QCoreApplication>

namespace cd {

/// The first demo step: the community roster — estates, grids, property companies, buildings,
/// units, dwellings, people, residence and ownership links, tags, building leaders and red
/// stewards. It plans everything in memory (DemoContext::roster, for the steps after it) and
/// then writes it with RosterWriter.
class RosterDemo : public DemoStep
{
    Q_DECLARE_TR_FUNCTIONS(cd::RosterDemo)

public:
    const char *name() const override { return "roster"; }
    int weight(const DemoOptions &options) const override;
    Status checkEmpty(Database &database) const override;
    Status run(DemoContext &context, DemoProgress &progress) override;
};

} // namespace cd
