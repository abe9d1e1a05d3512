#pragma once

#include "common/status.h"
#include "roster/rosterchange.h"

#include <QUndoCommand>
#include <functional>
#include <vector>

namespace cd {

class RosterRepository;

/// One roster edit on the page's undo stack. The edit has already been written when the command
/// is pushed, so the first redo() does nothing; later undo()/redo() call
/// RosterRepository::revert()/reapply() (several changes are undone newest first).
///
/// When the data was changed by something else in between, the core refuses and writes
/// nothing; the command then becomes obsolete (QUndoStack drops it) and `done` hears why.
class RosterChangeCommand : public QUndoCommand
{
public:
    /// Called after every undo and redo with its outcome.
    using Done = std::function<void(const Status &status)>;

    RosterChangeCommand(RosterRepository &repository, std::vector<RosterChange> changes, Done done);

    void undo() override;
    void redo() override;

    const std::vector<RosterChange> &changes() const { return m_changes; }

private:
    RosterRepository &m_repository;
    std::vector<RosterChange> m_changes;
    Done m_done;
    bool m_applied = true;
};

} // namespace cd
