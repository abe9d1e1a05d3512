#pragma once

#include "demo/demogenerator.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace cd {

/// Runs DemoGenerator on a worker thread. The worker opens its own connection to the
/// file (Qt SQL connections belong to one thread); the generator writes in one
/// transaction, so a cancel or failure leaves the database as it was.
class DemoRunner : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Done, Cancelled, Failed };

    explicit DemoRunner(QObject *parent = nullptr);
    ~DemoRunner() override;

    void start(const QString &databasePath, const DemoOptions &options);
    bool isRunning() const;
    /// Asks the worker to stop at its next progress report.
    void cancel();

signals:
    /// 0..100, delivered on the thread that owns the runner.
    void progressChanged(int percent);
    void finished(cd::DemoRunner::Outcome outcome, const QString &message, const cd::DemoSummary &summary);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    // Written by the worker, read after the thread has finished.
    Outcome m_outcome = Outcome::Failed;
    QString m_message;
    DemoSummary m_summary;
};

} // namespace cd
