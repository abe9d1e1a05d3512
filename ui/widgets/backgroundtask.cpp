#include "widgets/backgroundtask.h"

#include "db/database.h"
#include "widgets/workerthread.h"

namespace cd {

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::start(const QString &databasePath, Work work, Done done)
{
    if (m_thread)
        return false;
    m_done = std::move(done);
    m_thread = new WorkerThread([this, databasePath, work = std::move(work)] {
        Database database;
        const Status opened = database.open(databasePath);
        m_status = opened ? work(database) : opened;
    });
    // Queued: QThread::finished is emitted on the worker thread.
    connect(m_thread, &QThread::finished, this, &BackgroundTask::collect, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void BackgroundTask::collect()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(m_status);
    emit finished();
}

} // namespace cd
