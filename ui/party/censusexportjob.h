#pragma once

#include "common/status.h"

#include <QObject>
#include <QString>
#include <atomic>

class QThread;

namespace cd {

/// Writes the census workbook of a year on a worker thread with its own database connection
/// (Qt SQL connections belong to one thread). Unmasked numbers are a logged choice.
class CensusExportJob : public QObject
{
    Q_OBJECT

public:
    explicit CensusExportJob(QObject *parent = nullptr);
    ~CensusExportJob() override;

    /// `live`: the census computed now; otherwise the frozen round of `year`.
    void start(const QString &databasePath, int year, bool live, const QString &out, bool unmasked);
    bool isRunning() const;
    void cancel();

signals:
    void progress(qint64 rows);
    void finished(bool ok, const QString &message);

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    Status m_result = Status::success();
};

} // namespace cd
