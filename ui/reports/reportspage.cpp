#include "reports/reportspage.h"

#include "common/clock.h"
#include "db/database.h"
#include "pages/navicons.h"
#include "report/chinesedate.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "reports/monthlycharts.h"
#include "session/appsession.h"
#include "widgets/backgroundtask.h"
#include "widgets/busycursor.h"
#include "widgets/reportoutput.h"
#include "widgets/statcard.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

const ReportsPage::Figure allFigures[] = {
    ReportsPage::Figure::Households, ReportsPage::Figure::Residents,    ReportsPage::Figure::Requests,
    ReportsPage::Figure::Completion, ReportsPage::Figure::OnTime,       ReportsPage::Figure::Satisfaction,
    ReportsPage::Figure::Meetings,   ReportsPage::Figure::OpenResolutions};

constexpr int monthsOffered = 24;
// Chart sizes in the printed report (the text width of the portrait report page).
const QSizeF printedChartMm(150, 72);

bool heldJointMeeting(const MonthlyReportData &data)
{
    for (const MeetingSummary &m : data.meetings)
        if (m.kind == MeetingKind::Joint)
            return true;
    return false;
}

QChartView *newChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setFrameShape(QFrame::StyledPanel);
    return view;
}

} // namespace

ReportsPage::ReportsPage(AppSession &session, QWidget *parent)
    : Page(session, parent),
      m_task(new BackgroundTask(this)),
      m_heading(new QLabel(this)),
      m_status(new QLabel(this)),
      m_warning(new QLabel(this)),
      m_kpiHeading(new QLabel(this)),
      m_month(new QComboBox(this)),
      m_preview(new QPushButton(this)),
      m_pdf(new QPushButton(this)),
      m_odt(new QPushButton(this)),
      m_categoryView(newChartView(this)),
      m_trendView(newChartView(this)),
      m_kpis(new QTableWidget(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_status->setObjectName(QStringLiteral("pageSubheading"));
    m_warning->setObjectName(QStringLiteral("warningBanner"));
    m_kpiHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    setStyleSheet(QStringLiteral("#pageHeading { font-size: 20px; font-weight: 600; color: #202124; }"
                                 "#pageSubheading { color: #5f6368; }"
                                 "#sectionHeading { font-size: 15px; font-weight: 600; color: #202124; }"
                                 "#warningBanner { background: #fdecea; color: #a50e0e; border: 1px solid #f5c6c2;"
                                 " border-radius: 4px; padding: 8px 12px; }"));

    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillMonths();
    connect(m_month, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_odt, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("odt")); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_month);
    top->addStretch(1);
    top->addWidget(m_preview);
    top->addWidget(m_pdf);
    top->addWidget(m_odt);

    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    int index = 0;
    for (Figure figure : allFigures) {
        auto *card = new StatCard(this);
        m_cards.insert(figure, card);
        cards->addWidget(card, index / 4, index % 4);
        ++index;
    }

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_categoryView, 1);
    charts->addWidget(m_trendView, 1);

    m_kpis->setObjectName(QStringLiteral("censusTargets"));
    m_kpis->setColumnCount(4);
    m_kpis->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kpis->setSelectionMode(QAbstractItemView::NoSelection);
    m_kpis->setWordWrap(false);
    m_kpis->verticalHeader()->hide();
    m_kpis->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kpis->horizontalHeader()->setStretchLastSection(true);
    m_kpis->setMinimumHeight(160);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_warning);
    layout->addLayout(cards);
    layout->addLayout(charts, 3);
    layout->addWidget(m_kpiHeading);
    layout->addWidget(m_kpis, 2);
    retranslateUi();
}

ReportsPage::~ReportsPage() = default;

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return navigationIcon(QStringLiteral("reports"));
}

QDate ReportsPage::month() const
{
    return m_month->currentData().toDate();
}

void ReportsPage::setMonth(const QDate &month)
{
    const int index = m_month->findData(QDate(month.year(), month.month(), 1));
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

bool ReportsPage::isLoading() const
{
    return m_task->isRunning();
}

void ReportsPage::fillMonths()
{
    const QDate today = SystemClock().now().date();
    const QDate current(today.year(), today.month(), 1);
    const QSignalBlocker blocker(m_month);
    const QDate selected = m_month->count() ? month() : QDate();
    m_month->clear();
    for (int i = 0; i < monthsOffered; ++i) {
        const QDate first = current.addMonths(-i);
        m_month->addItem(chineseMonth(first.year(), first.month()), first);
    }
    // Early in a month the report still to be written is last month's.
    const int defaultIndex = today.day() <= 10 ? 1 : 0;
    const int index = selected.isValid() ? m_month->findData(selected) : -1;
    m_month->setCurrentIndex(index >= 0 ? index : defaultIndex);
}

void ReportsPage::refresh()
{
    load();
}

void ReportsPage::databaseClosed()
{
    m_data.reset();
    m_categoryView->setChart(new QChart);
    m_trendView->setChart(new QChart);
    m_kpis->setRowCount(0);
}

void ReportsPage::load()
{
    if (!session().isOpen())
        return;
    if (m_task->isRunning()) {
        m_reloadPending = true; // the newest choice wins once the running load is back
        return;
    }
    m_status->setText(tr("Gathering the figures…"));
    const QDate first = month();
    auto data = std::make_shared<MonthlyReportData>();
    m_task->start(
        session().path(),
        [first, data](Database &database) {
            Result<MonthlyReportData> collected = MonthlyReport::collect(database, first.year(), first.month(), SystemClock());
            if (!collected)
                return collected.status();
            *data = std::move(collected.value());
            return Status::success();
        },
        [this, data](const Status &status) {
            if (m_reloadPending) {
                m_reloadPending = false;
                load();
                return;
            }
            if (!status) {
                m_status->setText(status.message());
                emit figuresShown();
                return;
            }
            showFigures(data);
        });
}

void ReportsPage::showFigures(std::shared_ptr<MonthlyReportData> data)
{
    m_data = std::move(data);
    const MonthlyReportData &d = *m_data;
    const QLocale locale;
    const RequestFigures &f = d.requests.total;
    m_cards[Figure::Households]->setValue(locale.toString(d.roster.households));
    m_cards[Figure::Residents]->setValue(locale.toString(d.roster.residents));
    m_cards[Figure::Requests]->setValue(locale.toString(f.requests));
    m_cards[Figure::Completion]->setValue(MonthlyReport::percent(f.completionRate()));
    m_cards[Figure::OnTime]->setValue(MonthlyReport::percent(f.onTimeRate()));
    m_cards[Figure::Satisfaction]->setValue(MonthlyReport::percent(f.satisfactionRate()));
    m_cards[Figure::Meetings]->setValue(locale.toString(int(d.meetings.size())));
    m_cards[Figure::OpenResolutions]->setValue(locale.toString(int(d.openResolutions.size())));
    m_status->setText(tr("%1 · figures as of %2").arg(d.community, chineseDateTime(d.at)));

    const QDate today = SystemClock().now().date();
    const bool thisMonth = d.year == today.year() && d.month == today.month();
    m_warning->setVisible(!heldJointMeeting(d));
    m_warning->setText(thisMonth ? tr("No joint party-building meeting (党建联席会议) has been held this month yet: "
                                      "at least one is required every month.")
                                 : tr("No joint party-building meeting (党建联席会议) was held in this month."));

    // The views own their charts and delete the previous ones.
    m_categoryView->setChart(MonthlyCharts::categories(d));
    m_trendView->setChart(MonthlyCharts::trend(d));
    showKpis();
    emit figuresShown();
}

void ReportsPage::showKpis()
{
    m_kpiHeading->setText(m_data ? tr("Party census against the targets (%1)").arg(m_data->censusYear)
                                 : tr("Party census against the targets"));
    m_kpis->setHorizontalHeaderLabels({tr("Figure"), tr("Value"), tr("Target"), tr("Status")});
    if (!m_data)
        return;
    m_kpis->setRowCount(int(m_data->censusKpis.size()));
    for (int row = 0; row < m_data->censusKpis.size(); ++row) {
        const CensusKpi &kpi = m_data->censusKpis.at(row);
        const QStringList cells = MonthlyReport::kpiRow(kpi);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 3)
                item->setForeground(kpi.met ? QColor(0x18, 0x80, 0x38) : QColor(0xa5, 0x0e, 0x0e));
            m_kpis->setItem(row, column, item);
        }
    }
}

std::unique_ptr<ReportDocument> ReportsPage::buildReport() const
{
    if (!m_data)
        return nullptr;
    MonthlyReportCharts charts;
    std::unique_ptr<QChart> categories(MonthlyCharts::categories(*m_data));
    std::unique_ptr<QChart> trend(MonthlyCharts::trend(*m_data));
    // One line per category: tall enough that no category name is dropped for lack of room.
    const int lines = int(qMin<qsizetype>(m_data->requests.byCategory.size(), MonthlyCharts::maxCategories));
    charts.categories = MonthlyCharts::render(categories.get(), QSizeF(printedChartMm.width(), qMax(60, 24 + 7 * lines)));
    charts.trend = MonthlyCharts::render(trend.get(), printedChartMm);
    return MonthlyReport::build(*m_data, charts);
}

Status ReportsPage::exportTo(const QString &path) const
{
    std::unique_ptr<ReportDocument> report = buildReport();
    if (!report)
        return Status::failure(tr("The figures are not loaded yet."));
    return ReportWriter::write(*report, path);
}

void ReportsPage::preview()
{
    std::unique_ptr<ReportDocument> report;
    {
        BusyCursor busy;
        report = buildReport();
    }
    if (!report)
        return;
    QString error;
    if (!reportoutput::preview(this, *report, &error))
        showError(error);
}

void ReportsPage::exportAs(const QString &extension)
{
    if (!m_data)
        return;
    const QString path = reportoutput::askSavePath(
        this, tr("Export monthly report"),
        tr("monthly-report-%1").arg(month().toString(QStringLiteral("yyyy-MM"))), extension);
    if (path.isEmpty())
        return;
    BusyCursor busy;
    if (const Status written = exportTo(path); !written)
        showError(written.message());
}

void ReportsPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Monthly report"), message);
}

void ReportsPage::retranslateUi()
{
    m_heading->setText(tr("Monthly work report"));
    m_preview->setText(tr("Print preview…"));
    m_pdf->setText(tr("Export PDF…"));
    m_odt->setText(tr("Export ODT…"));
    m_cards[Figure::Households]->setCaption(tr("Households"));
    m_cards[Figure::Residents]->setCaption(tr("Residents"));
    m_cards[Figure::Requests]->setCaption(tr("Requests listed"));
    m_cards[Figure::Completion]->setCaption(tr("Completion rate (办结率)"));
    m_cards[Figure::OnTime]->setCaption(tr("On-time rate"));
    m_cards[Figure::Satisfaction]->setCaption(tr("Satisfaction (满意率)"));
    m_cards[Figure::Meetings]->setCaption(tr("Meetings held"));
    m_cards[Figure::OpenResolutions]->setCaption(tr("Open resolutions"));
    fillMonths();
    showKpis();
    if (m_data) {
        // Chart titles and series names are texts too.
        showFigures(m_data);
    }
}

} // namespace cd
