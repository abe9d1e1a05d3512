#pragma once

#include "demo/demostep.h"

namespace cd {

/// A year of monthly 党建联席会议 with attendance, agenda, minutes and resolutions (most carried
/// out, a few still open and carried over), one month without a meeting, and two residents'
/// forums. Also names the community (setting community.name) for printed documents.
class MeetingDemo final : public DemoStep
{
public:
    const char *name() const override { return "meetings"; }
    int weight(const DemoOptions &options) const override;
    Status checkEmpty(Database &database) const override;
    Status run(DemoContext &context, DemoProgress &progress) override;
};

} // namespace cd
