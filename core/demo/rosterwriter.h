#pragma once

#include "common/status.h"
#include "demo/rosterplan.h"

#include <QCoreApplication>

namespace cd {

class Database;
class DemoProgress;

/// Writes a RosterPlan into the roster tables with one prepared statement per table, inside
/// the caller's transaction, in an order that satisfies every foreign key. Each person also
/// gets a person_history row of kind 'created'.
class RosterWriter
{
    Q_DECLARE_TR_FUNCTIONS(cd::RosterWriter)

public:
    RosterWriter(Database &database, const RosterPlan &plan, const QString &timestamp, DemoProgress &progress);

    /// Rows the plan holds, plus the index builds, for sharing out the progress bar.
    static qint64 rowCount(const RosterPlan &plan);

    /// Fails on the first refused row, or when the progress callback cancels.
    Status write();

private:
    Status writePlaces();
    Status writeDwellings();
    Status writePeople();
    Status writeLinks();
    Status writeRoles();
    bool advance(); // counts one row; false once cancelled

    Database &m_database;
    const RosterPlan &m_plan;
    QString m_timestamp;
    DemoProgress &m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

} // namespace cd
