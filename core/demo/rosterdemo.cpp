#include "demo/rosterdemo.h"

#include "db/database.h"
#include "demo/democontext.h"
#include "demo/demopersonfactory.h"
#include "demo/demoprogress.h"
#include "demo/demorandom.h"
#include "demo/rosterhouseholdplanner.h"
#include "demo/rosterlayoutplanner.h"
#include "demo/rosterrolesplanner.h"
#include "demo/rosterwriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

int RosterDemo::weight(const DemoOptions &options) const
{
    return options.households;
}

Status RosterDemo::checkEmpty(Database &database) const
{
    // Any roster row means the user has real data: estates and people are named in the message,
    // the other tables are checked so that the demo's ids can never collide with existing rows.
    static const char *const tables[] = {"estate", "person", "grid", "property_company", "building", "unit",
                                         "dwelling", "residence", "ownership"};
    qint64 counts[9] = {};
    QSqlQuery query(database.sql());
    for (int i = 0; i < 9; ++i) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tables[i]))) || !query.next())
            return Status::failure(tr("Cannot read the roster: %1").arg(query.lastError().text()));
        counts[i] = query.value(0).toLongLong();
    }
    if (counts[0] > 0 || counts[1] > 0)
        return Status::failure(tr("The database already holds a roster (%1 estates, %2 people). The demo community "
                                  "is written only into an empty database; nothing was changed.")
                                   .arg(counts[0])
                                   .arg(counts[1]));
    for (int i = 2; i < 9; ++i) {
        if (counts[i] > 0)
            return Status::failure(tr("The database already holds roster data (table %1). The demo community is "
                                      "written only into an empty database; nothing was changed.")
                                       .arg(QLatin1String(tables[i])));
    }
    return Status::success();
}

Status RosterDemo::run(DemoContext &context, DemoProgress &progress)
{
    RosterPlan &plan = context.roster;
    plan = RosterPlan();
    plan.referenceDate = context.referenceDate;

    // Each planner draws from its own stream, so changing one leaves the others' output alone.
    const quint64 base = DemoRandom::streamId(name());
    DemoPersonFactory factory(context.referenceDate);
    DemoRandom layoutRandom(context.options.seed, base + 1);
    RosterLayoutPlanner(plan, layoutRandom, factory).plan(context.options.households);
    if (!progress.update(5, 100))
        return Status::failure(tr("Cancelled."));
    DemoRandom householdRandom(context.options.seed, base + 2);
    RosterHouseholdPlanner(plan, householdRandom, factory).plan();
    if (!progress.update(15, 100))
        return Status::failure(tr("Cancelled."));
    DemoRandom rolesRandom(context.options.seed, base + 3);
    RosterRolesPlanner(plan, rolesRandom, factory).plan();
    if (!progress.update(18, 100))
        return Status::failure(tr("Cancelled."));

    // The writer fills the rest of this step's span.
    DemoProgress writing([&progress](int percent) { return progress.update(18 + percent * 82 / 100, 100); });
    RosterWriter writer(context.database, plan, context.timestamp, writing);
    return writer.write();
}

} // namespace cd
