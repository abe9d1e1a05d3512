#pragma once

#include "common/status.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cd {

class Database;
class WorkerThread;

/// Runs one piece of database work on a worker thread with its own connection (Qt SQL
/// connections belong to the thread that opened them), then reports back on the GUI thread,
/// so that the window never freezes while figures are gathered or files written.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status(Database &)>;
    using Done = std::function<void(const Status &)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override; ///< waits for running work

    bool isRunning() const { return m_thread != nullptr; }

    /// Opens `databasePath` on a worker thread and runs `work` there; `done` then runs on
    /// this object's thread. Returns false (and runs nothing) while earlier work is running.
    bool start(const QString &databasePath, Work work, Done done);

signals:
    void finished();

private:
    void collect();

    WorkerThread *m_thread = nullptr;
    Status m_status = Status::success();
    Done m_done;
};

} // namespace cd
