#include "firststart/demorunner.h"

#include "db/database.h"
#include "widgets/workerthread.h"

namespace cd {

DemoRunner::DemoRunner(QObject *parent) : QObject(parent) {}

DemoRunner::~DemoRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool DemoRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoRunner::cancel()
{
    m_cancel = true;
}

void DemoRunner::start(const QString &databasePath, const DemoOptions &options)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = new WorkerThread([this, databasePath, options] {
        Database database;
        const Status opened = database.open(databasePath);
        if (!opened) {
            m_outcome = Outcome::Failed;
            m_message = opened.message();
            return;
        }
        bool cancelled = false;
        int reported = -1;
        const Result<DemoSummary> result =
            DemoGenerator::generate(database, options, [this, &cancelled, &reported](int percent) {
                if (percent != reported) {
                    reported = percent;
                    emit progressChanged(percent); // queued to the runner's thread
                }
                cancelled = m_cancel.load();
                return !cancelled;
            });
        if (result) {
            m_outcome = Outcome::Done;
            m_summary = result.value();
        } else {
            m_outcome = cancelled ? Outcome::Cancelled : Outcome::Failed;
            m_message = result.message();
        }
    });
    connect(m_thread, &QThread::finished, this, &DemoRunner::onThreadFinished);
    m_thread->start();
}

void DemoRunner::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit finished(m_outcome, m_message, m_summary);
}

} // namespace cd
