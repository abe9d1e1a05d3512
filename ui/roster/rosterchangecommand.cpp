#include "roster/rosterchangecommand.h"

#include "db/transaction.h"
#include "roster/rosterrepository.h"

namespace cd {

RosterChangeCommand::RosterChangeCommand(RosterRepository &repository, std::vector<RosterChange> changes, Done done)
    : m_repository(repository), m_changes(std::move(changes)), m_done(std::move(done))
{
    setText(m_changes.empty() ? QString() : m_changes.front().description);
}

void RosterChangeCommand::undo()
{
    // All changes or none: the repository's own transactions nest as savepoints in this one.
    Transaction tx(m_repository.database());
    Status status = tx.isActive() ? Status::success() : tx.startStatus();
    for (auto it = m_changes.rbegin(); it != m_changes.rend() && status; ++it)
        status = m_repository.revert(*it);
    if (status)
        status = tx.commit();
    m_applied = false;
    if (!status)
        setObsolete(true);
    if (m_done)
        m_done(status);
}

void RosterChangeCommand::redo()
{
    if (m_applied)
        return; // pushed after the edit was written
    Transaction tx(m_repository.database());
    Status status = tx.isActive() ? Status::success() : tx.startStatus();
    for (auto it = m_changes.begin(); it != m_changes.end() && status; ++it)
        status = m_repository.reapply(*it);
    if (status)
        status = tx.commit();
    m_applied = true;
    if (!status)
        setObsolete(true);
    if (m_done)
        m_done(status);
}

} // namespace cd
