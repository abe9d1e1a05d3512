#pragma once

#include "common/status.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QThread;
class QWidget;

namespace cd {

class Database;

/// Runs one long piece of election work (freezing the roll, thousands of ballots to PDF)
/// on a worker thread with its own connection to the database file, behind a progress
/// dialog with Cancel. The window stays responsive; finished() arrives on the GUI thread.
class ElectionJob : public QObject
{
    Q_OBJECT

public:
    /// Reports (done, total) and returns false when the user cancelled.
    using Progress = std::function<bool(int done, int total)>;
    using Work = std::function<Status(Database &database, const Progress &progress)>;

    explicit ElectionJob(QObject *parent = nullptr);
    ~ElectionJob() override;

    /// Starts `work` unless a job is already running (then returns false).
    bool start(const QString &databasePath, const QString &label, Work work, QWidget *dialogParent);
    bool isRunning() const;
    void cancel();

signals:
    void progressChanged(int done, int total);
    void finished(bool ok, bool cancelled, const QString &message);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog;
    std::atomic_bool m_cancel{false};
    // Written by the worker, read after the thread has finished.
    Status m_status = Status::success();
};

} // namespace cd
