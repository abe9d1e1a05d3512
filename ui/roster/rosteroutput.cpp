#include "roster/rosteroutput.h"

#include "db/database.h"
#include "db/settingstore.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "roster/rosterexport.h"
#include "roster/rosteroutputdialog.h"
#include "roster/rosterpage.h"
#include "roster/rosterrepository.h"
#include "session/appsession.h"
#include "widgets/backgroundtask.h"
#include "widgets/reportoutput.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QThread>
#include <QUrl>
#include <memory>

namespace cd {

namespace {

const char exportDirKey[] = "roster/exportDirectory";

// Characters a file name cannot hold on Windows.
QString fileNameSafe(QString name)
{
    for (const char c : {'\\', '/', ':', '*', '?', '"', '<', '>', '|'})
        name.replace(QLatin1Char(c), QLatin1Char('_'));
    return name.simplified();
}

} // namespace

RosterOutput::RosterOutput(RosterPage &page, AppSession &session)
    : QObject(&page), m_page(page), m_session(session), m_task(new BackgroundTask(this))
{
    m_prompt = [this](QWidget *parent, SaveKind kind, const QString &baseName) {
        return defaultPrompt(parent, kind, baseName);
    };
}

RosterOutput::~RosterOutput() = default;

bool RosterOutput::isBusy() const
{
    return m_task->isRunning();
}

RosterScope RosterOutput::selectedScope() const
{
    RosterScope scope;
    RosterRepository *repository = m_page.repository();
    if (!repository)
        return scope;
    qint64 estateId = m_page.currentEstateId();
    if (const qint64 buildingId = m_page.currentBuildingId()) {
        const Result<Building> building = repository->building(buildingId);
        if (building) {
            scope.building = building->number;
            estateId = building->estateId;
        }
    }
    if (estateId) {
        if (const Result<Estate> estate = repository->estate(estateId))
            scope.estateName = estate->name;
    }
    if (scope.estateName.isEmpty())
        scope.building.clear(); // a building is only found within its estate
    return scope;
}

QString RosterOutput::placeText(const RosterScope &scope) const
{
    if (scope.estateName.isEmpty())
        return QString();
    if (scope.building.isEmpty())
        return tr("Estate %1").arg(scope.estateName);
    return tr("Building %1 of %2").arg(scope.building, scope.estateName);
}

QString RosterOutput::communityText() const
{
    const QString name = m_session.isOpen() ? settingstore::communityName(m_session.database()) : QString();
    return name.isEmpty() ? tr("The whole community") : tr("The whole community (%1)").arg(name);
}

QString RosterOutput::baseName(const RosterScope &scope) const
{
    QString place = scope.estateName;
    if (!scope.building.isEmpty())
        place += QLatin1Char('-') + scope.building;
    const QString date = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    return fileNameSafe(place.isEmpty() ? tr("roster-%1").arg(date) : tr("roster-%1-%2").arg(place, date));
}

void RosterOutput::exportRoster()
{
    if (!m_session.isOpen() || isBusy() || m_dialog)
        return;
    const RosterScope scope = selectedScope();
    auto *dialog = new RosterOutputDialog(RosterOutputDialog::Mode::Export, placeText(scope), communityText(), &m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, scope] {
        runExport(dialog->wholeCommunity() ? RosterScope() : scope, dialog->fullNumbers());
    });
    dialog->open();
}

void RosterOutput::printRoster()
{
    if (!m_session.isOpen() || isBusy() || m_dialog)
        return;
    const RosterScope scope = selectedScope();
    auto *dialog = new RosterOutputDialog(RosterOutputDialog::Mode::Print, placeText(scope), communityText(), &m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, scope] {
        runPrint(dialog->wholeCommunity() ? RosterScope() : scope,
                 dialog->output() == RosterOutputDialog::Output::Pdf);
    });
    dialog->open();
}

void RosterOutput::runExport(const RosterScope &scope, bool fullNumbers)
{
    const SaveChoice choice = m_prompt(&m_page, SaveKind::Spreadsheet, baseName(scope));
    if (choice.path.isEmpty())
        return;
    RosterExport::Options options;
    options.scope = scope;
    options.unmasked = fullNumbers;
    options.gb18030 = choice.gb18030;
    const QString path = choice.path;
    auto written = std::make_shared<int>(0);
    // The worker reports through atomics; the dialog reads them on a timer and sets the flag on Cancel.
    auto percent = std::make_shared<std::atomic<int>>(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    options.progress = [percent, cancel](int done) {
        percent->store(done);
        return !cancel->load();
    };
    showProgress(tr("Exporting the roster to %1…").arg(QFileInfo(path).fileName()), percent, cancel);
    m_task->start(
        m_session.path(),
        [path, options, written](Database &database) {
            const Result<int> result = RosterExport::writeFile(database, path, options);
            if (result)
                *written = result.value();
            return result.status();
        },
        [this, path, written, fullNumbers](const Status &status) {
            hideBusy();
            if (!status) {
                report(false, tr("The roster was not exported: %1").arg(status.message()));
                return;
            }
            const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
            report(true,
                   (fullNumbers ? tr("Exported %n people to %1, with full ID numbers and phone numbers.", nullptr,
                                     *written)
                                : tr("Exported %n people to %1 (ID numbers and phone numbers masked).", nullptr,
                                     *written))
                       .arg(file),
                   path);
        });
}

void RosterOutput::runPrint(const RosterScope &scope, bool pdf)
{
    QString path;
    if (pdf) {
        path = m_prompt(&m_page, SaveKind::Pdf, baseName(scope)).path;
        if (path.isEmpty())
            return;
    }
    // The document is built (and a PDF written) on the worker: a whole community's 花名册 has
    // hundreds of pages. For the preview it then moves to the GUI thread.
    auto document = std::make_shared<std::unique_ptr<ReportDocument>>();
    auto pages = std::make_shared<int>(0);
    QThread *guiThread = thread();
    showBusy(pdf ? tr("Writing %1…").arg(QFileInfo(path).fileName()) : tr("Preparing the roster for printing…"));
    m_task->start(
        m_session.path(),
        [scope, path, document, pages, guiThread](Database &database) {
            Result<std::unique_ptr<ReportDocument>> built =
                RosterExport::printable(database, scope, QDate::currentDate());
            if (!built)
                return built.status();
            std::unique_ptr<ReportDocument> report = std::move(built.value());
            *pages = report->pageCount();
            if (!path.isEmpty())
                return ReportWriter::write(*report, path);
            report->document()->moveToThread(guiThread);
            *document = std::move(report);
            return Status::success();
        },
        [this, path, document, pages](const Status &status) {
            hideBusy();
            if (!status) {
                report(false, tr("The roster could not be printed: %1").arg(status.message()));
                return;
            }
            if (!path.isEmpty()) {
                const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
                report(true, tr("Saved the roster (%n page(s)) as %1.", nullptr, *pages).arg(file), path);
                return;
            }
            m_lastMessage = tr("The roster has %n page(s).", nullptr, *pages);
            QString error;
            if (m_previewEnabled && *document && !reportoutput::preview(&m_page, **document, &error)) {
                report(false, tr("The roster could not be printed: %1").arg(error));
                return;
            }
            emit finished(true);
        });
}

void RosterOutput::showBusy(const QString &label)
{
    // Building the printed roster reports no progress and cannot stop half-way: a busy bar, no Cancel.
    auto *busy = new QProgressDialog(label, QString(), 0, 0, &m_page);
    busy->setObjectName(QStringLiteral("rosterOutputProgress"));
    busy->setWindowTitle(tr("Roster"));
    busy->setCancelButton(nullptr);
    busy->setWindowModality(Qt::WindowModal);
    busy->setMinimumDuration(300);
    busy->setMinimumWidth(busy->fontMetrics().averageCharWidth() * 50);
    busy->setValue(0);
    m_busy = busy;
}

void RosterOutput::showProgress(const QString &label, std::shared_ptr<std::atomic<int>> percent,
                                std::shared_ptr<std::atomic<bool>> cancel)
{
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 100, &m_page);
    progress->setObjectName(QStringLiteral("rosterOutputProgress"));
    progress->setWindowTitle(tr("Roster"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setMinimumWidth(progress->fontMetrics().averageCharWidth() * 50);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, progress, [cancel, progress] {
        cancel->store(true);
        progress->setLabelText(tr("Cancelling…"));
    });
    auto *timer = new QTimer(progress);
    connect(timer, &QTimer::timeout, progress, [progress, percent] { progress->setValue(percent->load()); });
    timer->start(100);
    m_busy = progress;
}

void RosterOutput::hideBusy()
{
    if (m_busy) {
        m_busy->reset();
        m_busy->deleteLater();
    }
}

void RosterOutput::report(bool ok, const QString &message, const QString &file)
{
    m_lastMessage = message;
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Roster"), message,
                                QMessageBox::Ok, &m_page);
    box->setObjectName(QStringLiteral("rosterOutputResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (ok && !file.isEmpty()) {
        QPushButton *folder = box->addButton(tr("Show folder"), QMessageBox::ActionRole);
        const QString dir = QFileInfo(file).absolutePath();
        // Clicking an action button closes the box; open the folder first.
        connect(folder, &QPushButton::clicked, box, [dir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    }
    box->open();
    emit finished(ok);
}

RosterOutput::SaveChoice RosterOutput::defaultPrompt(QWidget *parent, SaveKind kind, const QString &baseName) const
{
    SaveChoice choice;
    if (kind == SaveKind::Pdf) {
        choice.path = reportoutput::askSavePath(parent, tr("Export roster as PDF"), baseName, QStringLiteral("pdf"));
        return choice;
    }
    QSettings settings;
    const QString dir = settings.value(QLatin1String(exportDirKey),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString utf8 = tr("CSV, UTF-8 with BOM (*.csv)");
    const QString gb18030 = tr("CSV, GB18030 for older Excel and WPS (*.csv)");
    QString selected = xlsx;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export roster"), dir + QLatin1Char('/') + baseName + QStringLiteral(".xlsx"),
                                                QStringList{xlsx, utf8, gb18030}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return choice;
    const QString suffix = selected == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString given = QFileInfo(path).suffix().toLower();
    if (given != QLatin1String("xlsx") && given != QLatin1String("csv"))
        path += suffix;
    else if (QLatin1Char('.') + given != suffix)
        path = path.left(path.size() - given.size()) + suffix.mid(1); // the filter decides the format
    choice.path = path;
    choice.gb18030 = selected == gb18030;
    settings.setValue(QLatin1String(exportDirKey), QFileInfo(path).absolutePath());
    return choice;
}

} // namespace cd
