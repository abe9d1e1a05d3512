#include "roster/importwizard.h"

#include "db/database.h"
#include "roster/importrunner.h"
#include "roster/rosterrepository.h"
#include "io/sheetvalue.h"
#include "session/appsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

QTableWidget *makeTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    // Rows sized to the font with some air, not the style's tight default.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().lineSpacing() * 3 / 2 + 4);
    return table;
}

// Columns fitted to their contents plus a margin (names and numbers otherwise touch the grid
// lines), none wider than about 40 characters; the last column takes the rest.
void fitColumns(QTableWidget *table)
{
    table->resizeColumnsToContents();
    const int em = table->fontMetrics().averageCharWidth();
    for (int c = 0; c + 1 < table->columnCount(); ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c) + 2 * em, 40 * em));
}

// Rows of wrapped text sized to their lines, with the same air as single-line rows.
void fitRows(QTableWidget *table)
{
    table->resizeRowsToContents();
    const int minimum = table->verticalHeader()->defaultSectionSize();
    const int air = table->fontMetrics().lineSpacing() / 2;
    for (int r = 0; r < table->rowCount(); ++r)
        table->setRowHeight(r, qMax(minimum, table->rowHeight(r) + air));
}

QString outcomeText(ImportWriter::Outcome outcome)
{
    switch (outcome) {
    case ImportWriter::Outcome::Created: return ImportWizard::tr("New");
    case ImportWriter::Outcome::Updated: return ImportWizard::tr("Update");
    case ImportWriter::Outcome::Skipped: return ImportWizard::tr("Already in the roster: skipped");
    case ImportWriter::Outcome::Rejected: return ImportWizard::tr("Rejected");
    }
    return QString();
}

} // namespace

ImportWizard::ImportWizard(AppSession &session, QWidget *parent)
    : QWizard(parent), m_session(session), m_runner(new ImportRunner(this))
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Sized to the font (Chinese text and large fonts need more), within the screen.
    const QFontMetrics metrics = fontMetrics();
    QSize size(metrics.averageCharWidth() * 105, metrics.lineSpacing() * 34);
    if (parent)
        size = size.boundedTo(parent->window()->size() * 9 / 10);
    else if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size.expandedTo(QSize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 24)));
    buildPages();
    retranslateUi();
    connect(m_runner, &ImportRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &ImportRunner::finished, this, &ImportWizard::importFinished);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::buildPages()
{
    for (int i = 0; i < 4; ++i) {
        m_pages[i] = new QWizardPage(this);
        setPage(i, m_pages[i]);
    }
    // File.
    auto *fileLayout = new QVBoxLayout(m_pages[FilePage]);
    auto *row = new QHBoxLayout;
    m_file = new QLineEdit(m_pages[FilePage]);
    m_browse = new QPushButton(m_pages[FilePage]);
    row->addWidget(m_file, 1);
    row->addWidget(m_browse);
    fileLayout->addLayout(row);
    m_update = new QCheckBox(m_pages[FilePage]);
    m_createPlaces = new QCheckBox(m_pages[FilePage]);
    m_createPlaces->setChecked(true);
    m_fileStatus = new QLabel(m_pages[FilePage]);
    m_fileStatus->setWordWrap(true);
    fileLayout->addWidget(m_update);
    fileLayout->addWidget(m_createPlaces);
    fileLayout->addWidget(m_fileStatus);
    fileLayout->addStretch(1);
    connect(m_browse, &QPushButton::clicked, this, &ImportWizard::browse);

    // Mapping.
    auto *mapLayout = new QVBoxLayout(m_pages[MappingPage]);
    m_mappingTable = makeTable(3, m_pages[MappingPage]);
    m_mappingStatus = new QLabel(m_pages[MappingPage]);
    m_mappingStatus->setWordWrap(true);
    mapLayout->addWidget(m_mappingTable, 1);
    mapLayout->addWidget(m_mappingStatus);

    // Preview.
    auto *previewLayout = new QVBoxLayout(m_pages[PreviewPage]);
    m_previewTable = makeTable(4, m_pages[PreviewPage]);
    m_previewStatus = new QLabel(m_pages[PreviewPage]);
    m_previewStatus->setWordWrap(true);
    previewLayout->addWidget(m_previewTable, 1);
    previewLayout->addWidget(m_previewStatus);
    m_pages[PreviewPage]->setCommitPage(true);

    // Run and summary.
    auto *runLayout = new QVBoxLayout(m_pages[RunPage]);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(m_pages[RunPage]);
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(m_pages[RunPage]);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    runLayout->addLayout(progressRow);
    m_result = new QLabel(m_pages[RunPage]);
    m_result->setWordWrap(true);
    runLayout->addWidget(m_result);
    m_rejectedTable = makeTable(3, m_pages[RunPage]);
    runLayout->addWidget(m_rejectedTable, 1);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(m_pages[RunPage]);
    m_undo = new QPushButton(m_pages[RunPage]);
    buttons->addWidget(m_save);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    runLayout->addLayout(buttons);
    m_save->setEnabled(false);
    m_undo->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, m_runner, &ImportRunner::cancel);
    connect(m_save, &QPushButton::clicked, this, &ImportWizard::saveRejected);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const Status s = undoImport();
        m_result->setText(s ? tr("The import was undone: the roster is as it was before.") : s.message());
    });
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import roster"));
    m_pages[FilePage]->setTitle(tr("Choose the file"));
    m_pages[FilePage]->setSubTitle(tr("An .xlsx workbook or a CSV file (UTF-8 or GB18030) with one person per row."));
    m_file->setPlaceholderText(tr("File to import"));
    m_browse->setText(tr("Browse…"));
    m_update->setText(tr("Update people already in the roster (found by their ID number); otherwise skip them"));
    m_createPlaces->setText(tr("Create estates, buildings, units and dwellings that are not in the roster yet"));
    m_pages[MappingPage]->setTitle(tr("Check the columns"));
    m_pages[MappingPage]->setSubTitle(tr("Choose what each column holds. The choice is remembered for files "
                                         "with the same headers."));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Imported as")});
    m_pages[PreviewPage]->setTitle(tr("Preview"));
    m_pages[PreviewPage]->setSubTitle(tr("The first rows as they would be imported. Nothing is written yet."));
    m_previewTable->setHorizontalHeaderLabels({tr("Row"), tr("Verdict"), tr("Name"), tr("Reason")});
    m_pages[RunPage]->setTitle(tr("Import"));
    m_cancel->setText(tr("Cancel"));
    m_rejectedTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Reason")});
    m_save->setText(tr("Save rejected rows…"));
    m_undo->setText(tr("Undo this import"));
    setButtonText(QWizard::CommitButton, tr("Import"));
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
}

void ImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import roster"), m_file->text(),
                                                      tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: {
        m_import = std::make_unique<RosterImport>(m_file->text().trimmed());
        if (Status s = m_import->open(); !s) {
            m_fileStatus->setText(s.message());
            m_import.reset();
            return false;
        }
        m_import->setMapping(RosterImport::rememberedMapping(m_session.database(), m_import->mapping().headers()));
        m_fileStatus->clear();
        return true;
    }
    case MappingPage: {
        const ColumnMapping mapping = mappingFromTable();
        if (const QString problem = mapping.problem(); !problem.isEmpty()) {
            m_mappingStatus->setText(problem);
            return false;
        }
        m_import->setMapping(mapping);
        RosterImport::rememberMapping(m_session.database(), mapping);
        return true;
    }
    default:
        return true;
    }
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        fillMapping();
    } else if (id == PreviewPage) {
        RosterImport::Options options;
        options.updateExisting = m_update->isChecked();
        options.createPlaces = m_createPlaces->isChecked();
        m_import->setOptions(options);
        const Result<ImportSummary> preview = m_import->preview(m_session.database(), 50);
        m_previewTable->setRowCount(0);
        if (!preview) {
            m_previewStatus->setText(preview.message());
            return;
        }
        for (const ImportRowVerdict &v : preview->rows) {
            const int r = m_previewTable->rowCount();
            m_previewTable->insertRow(r);
            const int nameColumn = m_import->mapping().column(ImportField::Name);
            m_previewTable->setItem(r, 0, new QTableWidgetItem(QString::number(v.row)));
            m_previewTable->setItem(r, 1, new QTableWidgetItem(outcomeText(v.outcome)));
            m_previewTable->setItem(r, 2, new QTableWidgetItem(v.cells.value(nameColumn)));
            m_previewTable->setItem(r, 3, new QTableWidgetItem(v.reasons.join(QLatin1Char(' '))));
            if (v.outcome == ImportWriter::Outcome::Rejected)
                m_previewTable->item(r, 1)->setForeground(QColor(0xb0, 0x20, 0x20));
        }
        fitColumns(m_previewTable);
        fitRows(m_previewTable);
        m_previewStatus->setText(tr("Of the first %1 rows: %2 new, %3 to update, %4 skipped, %5 rejected.")
                                     .arg(preview->rows.size())
                                     .arg(preview->created)
                                     .arg(preview->updated)
                                     .arg(preview->skipped)
                                     .arg(preview->rejectedRows));
    } else if (id == RunPage) {
        startImport();
    }
}

void ImportWizard::fillMapping()
{
    const ColumnMapping &mapping = m_import->mapping();
    const QVector<SheetRow> &sample = m_import->sampleRows();
    m_mappingTable->setRowCount(mapping.columnCount());
    for (int c = 0; c < mapping.columnCount(); ++c) {
        m_mappingTable->setItem(c, 0, new QTableWidgetItem(mapping.columnLabel(c)));
        QString example;
        for (const SheetRow &row : sample) {
            if (c < row.cells.size() && !row.cells.at(c).isEmpty()) {
                example = sheetvalue::displayText(row.cells.at(c));
                break;
            }
        }
        m_mappingTable->setItem(c, 1, new QTableWidgetItem(example));
        auto *combo = new QComboBox(m_mappingTable);
        combo->addItem(ImportFields::label(ImportField::Ignore), int(ImportField::Ignore));
        for (ImportField f : ImportFields::all())
            combo->addItem(ImportFields::label(f), int(f));
        combo->setCurrentIndex(combo->findData(int(mapping.field(c))));
        m_mappingTable->setCellWidget(c, 2, combo);
    }
    fitColumns(m_mappingTable);
    m_mappingStatus->setText(tr("Header found in row %1 (%2).").arg(m_import->headerRow()).arg(m_import->sourceDescription()));
}

ColumnMapping ImportWizard::mappingFromTable() const
{
    ColumnMapping mapping = ColumnMapping::fromJson(QString(), m_import->mapping().headers());
    for (int c = 0; c < m_mappingTable->rowCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(c, 2));
        if (combo)
            mapping.setField(c, ImportField(combo->currentData().toInt()));
    }
    return mapping;
}

void ImportWizard::startImport()
{
    m_done = false;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_result->setText(tr("Importing…"));
    button(QWizard::FinishButton)->setEnabled(false);
    m_runner->start(m_session.path(), m_import->path(), m_import->mapping(), m_import->options());
}

bool ImportWizard::isRunning() const
{
    return m_runner->isRunning();
}

QString ImportWizard::resultText() const
{
    return m_result->text();
}

void ImportWizard::importFinished(bool ok, const QString &message, const ImportSummary &summary)
{
    m_done = true;
    m_summary = summary;
    m_cancel->setEnabled(false);
    button(QWizard::FinishButton)->setEnabled(true);
    if (!ok) {
        m_result->setText(tr("The file was refused and nothing was written: %1").arg(message));
        return;
    }
    m_progress->setValue(100);
    if (summary.cancelled)
        m_result->setText(tr("Cancelled: nothing was written."));
    else
        m_result->setText(tr("%1 people imported (%2 new, %3 updated), %4 already in the roster skipped, "
                             "%5 rows rejected.%6")
                              .arg(summary.accepted())
                              .arg(summary.created)
                              .arg(summary.updated)
                              .arg(summary.skipped)
                              .arg(summary.rejectedRows)
                              .arg(summary.written ? QString() : tr(" Nothing was written.")));
    m_rejectedTable->setRowCount(0);
    for (const ImportProblem &p : summary.problems) {
        const int r = m_rejectedTable->rowCount();
        m_rejectedTable->insertRow(r);
        m_rejectedTable->setItem(r, 0, new QTableWidgetItem(QString::number(p.row)));
        m_rejectedTable->setItem(r, 1, new QTableWidgetItem(p.header));
        m_rejectedTable->setItem(r, 2, new QTableWidgetItem(p.reason));
    }
    fitColumns(m_rejectedTable);
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    m_save->setEnabled(summary.rejectedRows > 0);
    m_undo->setEnabled(summary.written);
    if (summary.written)
        m_session.notifyDataChanged();
}

Status ImportWizard::saveRejectedRows(const QString &path) const
{
    return RosterImport::writeErrorWorkbook(path, m_summary);
}

void ImportWizard::saveRejected()
{
    const QFileInfo source(m_import ? m_import->path() : QString());
    const QString suggested = source.absolutePath() + QLatin1Char('/') + tr("%1 rejected rows.xlsx").arg(source.completeBaseName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested,
                                                      tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Status s = saveRejectedRows(path);
    m_result->setText(s ? tr("Rejected rows saved to %1. Correct them there and import that file.")
                              .arg(QFileInfo(path).fileName())
                        : s.message());
}

Status ImportWizard::undoImport()
{
    if (!m_summary.written || m_undone)
        return Status::failure(tr("There is no import to undo."));
    RosterRepository repository(m_session.database());
    Status s = repository.undoBatch(m_summary.batchId);
    if (s) {
        m_undone = true;
        m_undo->setEnabled(false);
        m_session.notifyDataChanged();
    }
    return s;
}

void ImportWizard::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel(); // the window closes once the worker has rolled back
        return;
    }
    QWizard::reject();
}

} // namespace cd
