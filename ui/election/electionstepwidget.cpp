#include "election/electionstepwidget.h"

#include "report/reportdocument.h"
#include "report/reportwriter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace cd {

ElectionStepWidget::ElectionStepWidget(AppSession &session, ElectionJob &job, QWidget *parent)
    : QWidget(parent), m_session(session), m_job(job), m_reports(6)
{
}

void ElectionStepWidget::load(ElectionStore &store, const Election &election, const std::vector<StepReport> &reports)
{
    m_store = &store;
    m_election = election;
    m_reports = reports;
    m_reports.resize(6);
    reload();
}

void ElectionStepWidget::clear()
{
    m_store = nullptr;
    m_election = Election();
    m_reports.assign(6, StepReport());
    clearView();
}

bool ElectionStepWidget::check(const Status &status)
{
    if (!status)
        showError(status.message());
    return status.ok();
}

void ElectionStepWidget::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Elections"), message);
}

void ElectionStepWidget::previewReport(ReportDocument &report)
{
    QPrinter printer(QPrinter::HighResolution);
    // At the document's own resolution the running texts keep their point size.
    printer.setResolution(ReportDocument::layoutDpi);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    dialog.resize(window()->size() * 0.9); // the pages readable at once
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &report](QPrinter *target) {
        if (const Status painted = ReportWriter::paint(report, target); !painted)
            showError(painted.message());
    });
    dialog.exec();
}

QString ElectionStepWidget::askSavePath(const QString &caption, const QString &name, const QString &filter,
                                        const QString &extension)
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + name;
    QString path = QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (!path.isEmpty() && !path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    return path;
}

} // namespace cd
