#include "election/electionjob.h"

#include "db/database.h"

#include <QProgressDialog>
#include <QThread>

namespace cd {

namespace {

// QThread::create needs std::future support in Qt's configuration; a plain subclass does not.
class JobThread : public QThread
{
public:
    explicit JobThread(std::function<void()> work) : m_work(std::move(work)) {}

protected:
    void run() override { m_work(); }

private:
    std::function<void()> m_work;
};

} // namespace

ElectionJob::ElectionJob(QObject *parent) : QObject(parent) {}

ElectionJob::~ElectionJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog;
}

bool ElectionJob::isRunning() const
{
    return m_thread != nullptr;
}

void ElectionJob::cancel()
{
    m_cancel = true;
}

bool ElectionJob::start(const QString &databasePath, const QString &label, Work work, QWidget *dialogParent)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_status = Status::success();

    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, dialogParent);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ElectionJob::cancel);
    connect(this, &ElectionJob::progressChanged, m_dialog, [dialog = m_dialog](int done, int total) {
        if (!dialog)
            return;
        dialog->setMaximum(total);
        dialog->setValue(done);
    });

    m_thread = new JobThread([this, databasePath, work = std::move(work)] {
        Database database;
        const Status opened = database.open(databasePath);
        if (!opened) {
            m_status = opened;
            return;
        }
        int reported = -1;
        const Progress progress = [this, &reported](int done, int total) {
            // About a hundred updates whatever the size, queued to the GUI thread.
            const int step = total > 100 ? total / 100 : 1;
            if (done == total || done - reported >= step) {
                reported = done;
                emit progressChanged(done, total);
            }
            return !m_cancel.load();
        };
        m_status = work(database, progress);
    });
    connect(m_thread, &QThread::finished, this, &ElectionJob::onThreadFinished);
    m_thread->start();
    return true;
}

void ElectionJob::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool cancelled = m_cancel.load();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    emit finished(m_status.ok(), cancelled && !m_status.ok(), m_status.message());
}

} // namespace cd
