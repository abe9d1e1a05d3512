#include "party/censusexportjob.h"

#include "db/database.h"
#include "party/censuscalculator.h"
#include "party/censusrounds.h"
#include "party/censusworkbook.h"
#include "roster/privacymask.h"

#include <QThread>

#include <functional>

namespace cd {

namespace {

// QThread::create needs std::future support in Qt's configuration; a plain subclass does not.
class ExportThread : public QThread
{
public:
    explicit ExportThread(std::function<void()> work) : m_work(std::move(work)) {}

protected:
    void run() override { m_work(); }

private:
    std::function<void()> m_work;
};

} // namespace

CensusExportJob::CensusExportJob(QObject *parent) : QObject(parent) {}

CensusExportJob::~CensusExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool CensusExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CensusExportJob::cancel()
{
    m_cancel = true;
}

void CensusExportJob::start(const QString &databasePath, int year, bool live, const QString &out, bool unmasked)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = new ExportThread([this, databasePath, year, live, out, unmasked] {
        Database db;
        if (const Status opened = db.open(databasePath); !opened) {
            m_result = opened;
            return;
        }
        const Result<CensusData> census = live ? CensusCalculator::compute(db, year) : CensusRounds(db).load(year, true);
        if (!census) {
            m_result = census.status();
            return;
        }
        PrivacyMask mask(db);
        if (unmasked) {
            const Status logged = mask.unmaskAll(PrivacyMask::IdNumber | PrivacyMask::Phone,
                                                 QStringLiteral("census workbook %1").arg(year));
            if (!logged) {
                m_result = logged;
                return;
            }
        }
        m_result = CensusWorkbook::write(census.value(), mask, out, [this](qint64 rows) {
            emit progress(rows); // queued to the job's thread
            return !m_cancel.load();
        });
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit finished(m_result.ok(), m_result.message());
    });
    m_thread->start();
}

} // namespace cd
