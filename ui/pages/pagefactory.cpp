#include "pages/pagefactory.h"

#include "election/electionpage.h"
#include "meeting/meetingpage.h"
#include "overview/overviewpage.h"
#include "party/partypage.h"
#include "reports/reportspage.h"
#include "roster/rosterpage.h"
#include "workflow/workflowpage.h"

namespace cd {

std::vector<Page *> createPages(AppSession &session, QWidget *parent)
{
    // Navigation order (DESIGN.md): overview, then 楼栋住户 · 党员 · 选举 · 五单 · 会议 · 报表统计.
    // Only pages that exist are listed.
    return {
        new OverviewPage(session, parent),
        new RosterPage(session, parent),
        new PartyPage(session, parent),
        new ElectionPage(session, parent),
        new WorkflowPage(session, parent),
        new MeetingPage(session, parent),
        new ReportsPage(session, parent),
    };
}

} // namespace cd
