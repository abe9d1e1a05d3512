#pragma once

#include "roster/rosterimport.h"

#include <QObject>
#include <atomic>

class QThread;

namespace cd {

/// Runs a RosterImport on a worker thread with its own connection to the database file (Qt
/// SQL connections belong to one thread). The import is one transaction: a cancel writes nothing.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    /// Opens `path` again on the worker, applies `mapping` and `options`, and runs.
    void start(const QString &databasePath, const QString &path, const ColumnMapping &mapping,
               const RosterImport::Options &options);
    bool isRunning() const;
    void cancel();

signals:
    void progressChanged(int percent);
    /// `ok` false: refused with `message` (nothing written).
    void finished(bool ok, const QString &message, const cd::ImportSummary &summary);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_ok = false;
    QString m_message;
    ImportSummary m_summary;
};

} // namespace cd
