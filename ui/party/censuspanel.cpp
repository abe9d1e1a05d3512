#include "party/censuspanel.h"

#include "common/clock.h"
#include "db/database.h"
#include "party/censuscalculator.h"
#include "party/censusdrilldialog.h"
#include "party/censusexportjob.h"
#include "party/censusreport.h"
#include "party/censusrounds.h"
#include "party/kpitile.h"
#include "party/maskholder.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "session/appsession.h"
#include "widgets/busycursor.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cd {

namespace {

constexpr int tileColumns = 6;

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    view->setMinimumWidth(320);
    return view;
}

} // namespace

CensusPanel::CensusPanel(AppSession &session, MaskHolder &masks, QWidget *parent)
    : QWidget(parent), m_session(session), m_masks(masks), m_heading(new QLabel(this)), m_yearLabel(new QLabel(this)),
      m_yearBox(new QComboBox(this)), m_start(new QPushButton(this)), m_export(new QPushButton(this)),
      m_print(new QPushButton(this)), m_pdf(new QPushButton(this)), m_asOf(new QLabel(this)),
      m_tileGrid(new QGridLayout), m_comparison(new QLabel(this)), m_ageView(makeChartView(this)),
      m_coverageView(makeChartView(this)), m_trendView(makeChartView(this)), m_job(new CensusExportJob(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_yearBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comparison->setWordWrap(true);
    m_asOf->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(16);
    top->addWidget(m_yearLabel);
    top->addWidget(m_yearBox);
    top->addStretch();
    for (QPushButton *b : {m_start, m_export, m_print, m_pdf})
        top->addWidget(b);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_asOf);
    contentLayout->addLayout(m_tileGrid);
    contentLayout->addWidget(m_comparison);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_ageView);
    charts->addWidget(m_coverageView);
    charts->addWidget(m_trendView);
    contentLayout->addLayout(charts, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_yearBox, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QVariantList v = m_yearBox->itemData(index).toList();
        if (v.size() == 2)
            showYear(v[0].toInt(), v[1].toBool());
    });
    connect(m_start, &QPushButton::clicked, this, &CensusPanel::startRound);
    connect(m_export, &QPushButton::clicked, this, &CensusPanel::chooseExport);
    connect(m_print, &QPushButton::clicked, this, &CensusPanel::printSummary);
    connect(m_pdf, &QPushButton::clicked, this, &CensusPanel::chooseSummaryPdf);
    connect(m_job, &CensusExportJob::finished, this, &CensusPanel::exportFinished);
    retranslateUi();
}

CensusPanel::~CensusPanel() = default;

void CensusPanel::retranslateUi()
{
    m_heading->setText(tr("Party census"));
    m_yearLabel->setText(tr("Census:"));
    const int year = SystemClock().now().date().year();
    m_start->setText(tr("Start the %1 census…").arg(year));
    m_export->setText(tr("Export census workbook…"));
    m_print->setText(tr("Print summary…"));
    m_pdf->setText(tr("Export summary PDF…"));
    if (m_session.isOpen() && m_year > 0)
        load();
}

void CensusPanel::clear()
{
    if (m_drill)
        m_drill->close();
    m_data = CensusData();
    m_trend.clear();
    m_kpis.clear();
    m_yearBox->clear();
    showData();
}

void CensusPanel::refresh()
{
    if (m_year == 0) {
        m_year = SystemClock().now().date().year();
        m_round = false;
    }
    load();
}

void CensusPanel::showYear(int year, bool round)
{
    m_year = year;
    m_round = round;
    load();
}

void CensusPanel::load()
{
    Database &db = m_session.database();
    const int thisYear = SystemClock().now().date().year();
    CensusRounds rounds(db);
    const Result<std::vector<CensusRoundInfo>> list = rounds.rounds();

    // The year list: this year's live figures, then every frozen round, newest first.
    const QSignalBlocker block(m_yearBox);
    m_yearBox->clear();
    m_yearBox->addItem(tr("%1 — current data").arg(thisYear), QVariantList{thisYear, false});
    if (list) {
        for (auto it = list->rbegin(); it != list->rend(); ++it)
            m_yearBox->addItem(tr("%1 — round of %2").arg(it->year).arg(it->asOf.toString(QStringLiteral("yyyy-MM-dd"))),
                               QVariantList{it->year, true});
    }
    const int index = m_yearBox->findData(QVariantList{m_year, m_round});
    if (index < 0) {
        m_year = thisYear;
        m_round = false;
    }
    m_yearBox->setCurrentIndex(std::max(0, index));

    const Result<CensusData> census = m_round ? rounds.load(m_year, true) : CensusCalculator::compute(db, m_year);
    if (!census) {
        m_data = CensusData();
        showError(census.message());
    } else {
        m_data = census.value();
    }

    // The trend: every round's figures, and this year's live figures when it has no round yet.
    m_trend.clear();
    if (list) {
        for (const CensusRoundInfo &info : *list) {
            Result<CensusData> round = rounds.load(info.year, false);
            if (round)
                m_trend.push_back(round.value());
        }
    }
    if (!rounds.exists(thisYear)) {
        if (!m_round && m_year == thisYear)
            m_trend.push_back(m_data);
        else if (Result<CensusData> now = CensusCalculator::compute(db, thisYear); now)
            m_trend.push_back(now.value());
    }
    const bool taken = rounds.exists(thisYear);
    m_start->setEnabled(!taken);
    m_start->setToolTip(taken ? tr("The %1 census has been taken; its figures are frozen.").arg(thisYear)
                              : tr("Count everything now and freeze the figures as the %1 census.").arg(thisYear));
    showData();
}

void CensusPanel::showData()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_kpis = m_data.year > 0 ? CensusKpis::build(m_data) : QVector<CensusKpi>();
    for (int i = 0; i < m_kpis.size(); ++i) {
        auto *tile = new KpiTile(this);
        tile->setKpi(m_kpis[i]);
        connect(tile, &KpiTile::clicked, this, [this](const CensusKpi &kpi) {
            openDrill(kpi.drillEntity, kpi.drillKey, kpi.label);
        });
        m_tileGrid->addWidget(tile, i / tileColumns, i % tileColumns);
        m_tiles << tile;
    }
    if (m_data.year > 0) {
        QString line = m_data.isSnapshot()
            ? tr("Frozen census of %1, counted on %2 (ages on %3).")
            : tr("Census of %1 computed from the current data on %2 (ages on %3).");
        line = line.arg(m_data.year)
                   .arg(m_data.asOf.toString(QStringLiteral("yyyy-MM-dd")), m_data.cutoff.toString(QStringLiteral("yyyy-MM-dd")));
        m_asOf->setText(line + QLatin1Char(' ') + tr("Click a figure or a bar to see the list behind it."));
    } else {
        m_asOf->clear();
    }

    // 同比 against the latest earlier round.
    QStringList changes;
    const CensusData *previous = nullptr;
    for (const CensusData &d : m_trend)
        if (d.year < m_data.year)
            previous = &d;
    if (previous) {
        // The headline lines only; the printed summary has them all.
        const QStringList shown = {QStringLiteral("members_total"), QStringLiteral("newly_admitted"),
                                   QStringLiteral("formation_rate"), QStringLiteral("coverage_rate"),
                                   QStringLiteral("committee_share"), QStringLiteral("cross_companies")};
        for (const CensusChange &c : CensusKpis::compare(*previous, m_data)) {
            if (!c.change || !c.current || !shown.contains(c.key))
                continue;
            const QString value = c.isRate ? QString::number(*c.current * 100, 'f', 1) + QLatin1Char('%')
                                           : QString::number(qint64(*c.current));
            QString delta = c.isRate ? QString::asprintf("%+.1f", *c.change * 100) + tr(" points")
                                     : QString::asprintf("%+lld", qint64(*c.change));
            if (c.changePercent)
                delta += QStringLiteral(", ") + QString::asprintf("%+.1f%%", *c.changePercent);
            changes << QStringLiteral("%1 %2 (%3)").arg(c.label, value, delta);
        }
    }
    m_comparison->setText(changes.isEmpty() ? QString()
                                            : tr("Compared with %1: ").arg(previous->year) + changes.join(QStringLiteral("; ")));
    m_comparison->setVisible(!changes.isEmpty());
    m_export->setEnabled(m_data.year > 0);
    m_print->setEnabled(m_data.year > 0);
    m_pdf->setEnabled(m_data.year > 0);
    buildCharts();
}

CensusDrillDialog *CensusPanel::lastDrill() const
{
    return m_drill.data();
}

KpiTile *CensusPanel::tile(const QString &key) const
{
    for (KpiTile *t : m_tiles)
        if (t->kpi().key == key)
            return t;
    return nullptr;
}

void CensusPanel::openDrill(const QString &entity, const QString &key, const QString &title)
{
    if (m_drill)
        m_drill->close();
    m_drill = new CensusDrillDialog(m_data, entity, key, title, m_masks.mask(), this);
    m_drill->setAttribute(Qt::WA_DeleteOnClose);
    m_drill->show();
}

void CensusPanel::startRound()
{
    const int year = SystemClock().now().date().year();
    if (QMessageBox::question(this, tr("Start the census"),
                              tr("Count everything now and freeze the figures as the %1 census? "
                                 "A census round cannot be changed afterwards.").arg(year))
        != QMessageBox::Yes)
        return;
    BusyCursor busy;
    const Result<CensusData> started = CensusRounds(m_session.database()).start(year);
    if (!started)
        return showError(started.message());
    m_year = year;
    m_round = true;
    load();
    emit roundStarted(year);
}

void CensusPanel::exportWorkbook(const QString &path, bool unmasked)
{
    m_job->start(m_session.path(), m_data.year, !m_data.isSnapshot(), path, unmasked);
}

void CensusPanel::chooseExport()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/') + tr("census-%1.xlsx").arg(m_data.year);
    QString path = QFileDialog::getSaveFileName(this, tr("Export census workbook"), suggested,
                                                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QLatin1String(".xlsx");
    QMessageBox ask(QMessageBox::Question, tr("Export census workbook"),
                    tr("ID numbers and phone numbers are masked in the workbook."),
                    QMessageBox::Ok | QMessageBox::Cancel, this);
    auto *full = new QCheckBox(tr("Write full ID and phone numbers (recorded in the audit log)"), &ask);
    ask.setCheckBox(full);
    if (ask.exec() != QMessageBox::Ok)
        return;

    auto *progress = new QProgressDialog(tr("Writing the census workbook…"), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_job, &CensusExportJob::cancel);
    connect(m_job, &CensusExportJob::finished, progress, [this, progress, path](bool ok, const QString &message) {
        progress->close();
        if (!ok)
            showError(message);
        else
            QMessageBox::information(this, tr("Export census workbook"), tr("Written to %1.").arg(path));
    }, Qt::SingleShotConnection);
    exportWorkbook(path, full->isChecked());
}

std::vector<CensusData> CensusPanel::earlierRounds() const
{
    std::vector<CensusData> earlier;
    for (const CensusData &d : m_trend)
        if (d.year < m_data.year && d.isSnapshot())
            earlier.push_back(d);
    return earlier;
}

void CensusPanel::printSummary()
{
    std::unique_ptr<ReportDocument> report = CensusReport::build(m_data, earlierRounds());
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(ReportDocument::layoutDpi);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Census summary"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &report](QPrinter *target) {
        if (const Status painted = ReportWriter::paint(*report, target); !painted)
            showError(painted.message());
    });
    dialog.exec();
}

Status CensusPanel::exportSummaryPdf(const QString &path)
{
    return CensusReport::writePdf(m_data, earlierRounds(), path);
}

void CensusPanel::chooseSummaryPdf()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/') + tr("census-summary-%1.pdf").arg(m_data.year);
    QString path = QFileDialog::getSaveFileName(this, tr("Export summary PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    BusyCursor busy;
    if (const Status written = exportSummaryPdf(path); !written)
        showError(written.message());
}

void CensusPanel::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Party census"), message);
}

} // namespace cd
