#pragma once

#include "common/status.h"

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace cd {

/// One step of the schema: from version `version - 1` to `version`.
struct Migration
{
    int version;
    QStringList (*statements)();
};

/// Every step in order; the last one's version is the current schema version.
const std::vector<Migration> &migrations();

/// Runs each statement; stops at the first failure and names it.
Status execStatements(QSqlDatabase db, const QStringList &statements);

// One function per step, each in its own file under db/migrations/.
QStringList schemaV1Roster();
QStringList schemaV2SearchBatches();
QStringList schemaV3Workflow();
QStringList schemaV4Meetings();
QStringList schemaV5Election();
QStringList schemaV6Party();

} // namespace cd
