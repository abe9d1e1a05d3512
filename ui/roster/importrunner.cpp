#include "roster/importrunner.h"

#include "db/database.h"
#include "widgets/workerthread.h"

namespace cd {

ImportRunner::ImportRunner(QObject *parent) : QObject(parent) {}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

void ImportRunner::start(const QString &databasePath, const QString &path, const ColumnMapping &mapping,
                         const RosterImport::Options &options)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = new WorkerThread([this, databasePath, path, mapping, options] {
        Database database;
        if (Status s = database.open(databasePath); !s) {
            m_ok = false;
            m_message = s.message();
            return;
        }
        RosterImport import(path);
        if (Status s = import.open(); !s) {
            m_ok = false;
            m_message = s.message();
            return;
        }
        import.setMapping(mapping);
        import.setOptions(options);
        import.setCancelFlag(&m_cancel);
        int reported = -1;
        import.setProgress([this, &reported](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent != reported) {
                reported = percent;
                emit progressChanged(percent); // queued to the runner's thread
            }
        });
        Result<ImportSummary> result = import.run(database);
        m_ok = result.ok();
        if (result)
            m_summary = result.value();
        else
            m_message = result.message();
    });
    connect(m_thread, &QThread::finished, this, &ImportRunner::onThreadFinished);
    m_thread->start();
}

void ImportRunner::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit finished(m_ok, m_message, m_summary);
}

} // namespace cd
