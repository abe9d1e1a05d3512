#pragma once

#include "common/status.h"

#include <QCoreApplication>

namespace cd {

class Database;

/// Writes an election's committee where the party census keeps owners' committees
/// (owners_committee and owners_committee_member of core/party): a first election or a
/// renewal starts a new term of the estate's committee (ending the current one the day
/// before), a by-election adds its members to the current term. Called again after a
/// correction, a run-off or a role change, it brings the census rows up to date. Without
/// the census tables it does nothing.
class CommitteeRecorder
{
    Q_DECLARE_TR_FUNCTIONS(cd::CommitteeRecorder)

public:
    static Status record(Database &database, qint64 electionId);
};

} // namespace cd
