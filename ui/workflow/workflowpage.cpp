#include "workflow/workflowpage.h"

#include "common/clock.h"
#include "db/database.h"
#include "pages/navicons.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "roster/rosterrepository.h"
#include "session/appsession.h"
#include "workflow/categorystore.h"
#include "workflow/handlerstore.h"
#include "workflow/requestdetailpane.h"
#include "workflow/requestform.h"
#include "workflow/requestlistmodel.h"
#include "workflow/requestslip.h"
#include "workflow/requestsmonthreport.h"
#include "workflow/workflowdashboard.h"
#include "workflow/workflowrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {

/// Refills a filter combo keeping the chosen value; the first item is "all" (id 0).
void refill(QComboBox *combo, const QString &all, const QList<QPair<qint64, QString>> &items)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, qint64(0));
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

} // namespace

WorkflowPage::WorkflowPage(AppSession &session, QWidget *parent)
    : Page(session, parent), m_ownClock(std::make_unique<SystemClock>()), m_clock(m_ownClock.get()),
      m_tabs(new QTabWidget(this)), m_search(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_severity(new QComboBox(this)), m_handler(new QComboBox(this)), m_estate(new QComboBox(this)),
      m_overdue(new QCheckBox(this)), m_new(new QPushButton(this)), m_summary(new QLabel(this)),
      m_queues(new QListWidget(this)), m_model(new RequestListModel(this)), m_view(new QTableView(this)),
      m_detail(new RequestDetailPane(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_dashboard(new WorkflowDashboard(this)), m_searchDelay(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    for (QComboBox *combo : {m_category, m_severity, m_handler, m_estate})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_severity->addItem(QString(), QString());
    for (Severity s : WorkflowRules::allSeverities())
        m_severity->addItem(QString(), WorkflowRules::code(s));
    m_new->setShortcut(QKeySequence::New);

    for (RequestState state : WorkflowRules::allStates()) {
        auto *item = new QListWidgetItem(m_queues);
        item->setData(Qt::UserRole, WorkflowRules::code(state));
    }
    m_queues->setCurrentRow(0);
    QFont queueFont = m_queues->font();
    queueFont.setPointSizeF(queueFont.pointSizeF() * 1.1);
    m_queues->setFont(queueFont);
    m_queues->setSpacing(2);

    m_model->setSource(nullptr, m_clock);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(RequestListModel::NumberColumn, 80);
    m_view->setColumnWidth(RequestListModel::TitleColumn, 220);
    m_view->setColumnWidth(RequestListModel::PlaceColumn, 160);
    m_view->setColumnWidth(RequestListModel::HandlerColumn, 130);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_category, m_severity, m_handler, m_estate, m_overdue})
        filters->addWidget(w);
    filters->addStretch();
    filters->addWidget(m_new);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_queues, 1);
    m_summary->setWordWrap(true);
    left->setMaximumWidth(240); // stage names and counts are short; the list of requests needs the room
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({220, 700, 520});
    m_splitter->setChildrenCollapsible(false);

    auto *board = new QWidget(this);
    auto *boardLayout = new QVBoxLayout(board);
    boardLayout->addLayout(filters);
    boardLayout->addWidget(m_splitter, 1);
    m_tabs->addTab(board, QString());
    m_tabs->addTab(m_dashboard, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_queues, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showQueue(WorkflowRules::allStates().at(row));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkflowPage::showSelected);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &WorkflowPage::reloadBoard);
    for (QComboBox *combo : {m_category, m_severity, m_handler, m_estate})
        connect(combo, &QComboBox::currentIndexChanged, this, &WorkflowPage::reloadBoard);
    connect(m_overdue, &QCheckBox::toggled, this, &WorkflowPage::reloadBoard);
    connect(m_new, &QPushButton::clicked, this, &WorkflowPage::newRequest);
    connect(m_detail, &RequestDetailPane::moved, this, [this] { this->session().notifyDataChanged(); });
    connect(m_detail, &RequestDetailPane::printSlipRequested, this, [this](qint64 id) {
        Result<std::unique_ptr<ReportDocument>> slip = RequestSlip::slipFor(this->session().database(), id, *m_clock);
        if (!slip)
            return showError(slip.message());
        preview(**slip);
    });
    connect(m_detail, &RequestDetailPane::exportSlipRequested, this, [this](qint64 id) {
        exportAs([this, id](const QString &path) { return exportSlip(id, path); },
                 tr("request-slip-%1").arg(RequestSlip::number(id)));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && this->session().isOpen())
            m_dashboard->reload(&this->session().database(), *m_clock);
    });
    connect(m_dashboard, &WorkflowDashboard::monthChanged, this, [this] {
        if (this->session().isOpen())
            m_dashboard->reload(&this->session().database(), *m_clock);
    });
    connect(m_dashboard, &WorkflowDashboard::printReportRequested, this, [this] {
        Result<std::unique_ptr<ReportDocument>> report =
            RequestsMonthReport::reportFor(this->session().database(), m_dashboard->month(), *m_clock);
        if (!report)
            return showError(report.message());
        preview(**report);
    });
    connect(m_dashboard, &WorkflowDashboard::exportReportRequested, this, [this] {
        const QString month = m_dashboard->month();
        exportAs([this, month](const QString &path) { return exportMonthReport(month, path); },
                 tr("requests-%1").arg(month));
    });
    retranslateUi();
}

WorkflowPage::~WorkflowPage() = default;

QString WorkflowPage::title() const
{
    return tr("Requests");
}

QIcon WorkflowPage::icon() const
{
    return navigationIcon(QStringLiteral("workflow"));
}

void WorkflowPage::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_ownClock.get();
    m_model->setSource(session().isOpen() ? &session().database() : nullptr, m_clock);
    m_detail->setSource(session().isOpen() ? &session().database() : nullptr, m_clock);
}

RequestFilter WorkflowPage::filter() const
{
    RequestFilter f;
    f.text = m_search->text().trimmed();
    f.categoryId = m_category->currentData().toLongLong();
    f.handlerId = m_handler->currentData().toLongLong();
    f.estateId = m_estate->currentData().toLongLong();
    f.severity = WorkflowRules::severityFromCode(m_severity->currentData().toString());
    f.overdueOnly = m_overdue->isChecked();
    return f;
}

void WorkflowPage::refresh()
{
    Database &db = session().database();
    m_model->setSource(&db, m_clock);
    m_detail->setSource(&db, m_clock);
    loadChoices();
    reloadBoard();
    if (m_tabs->currentIndex() == 1)
        m_dashboard->reload(&db, *m_clock);
}

void WorkflowPage::loadChoices()
{
    Database &db = session().database();
    QList<QPair<qint64, QString>> items;
    const Result<QList<RequestCategory>> categories = CategoryStore(db).list();
    for (const RequestCategory &c : categories ? *categories : QList<RequestCategory>())
        items << qMakePair(c.id, c.name);
    refill(m_category, tr("All categories"), items);

    items.clear();
    QList<HandlerChoice> choices;
    const Result<QList<Handler>> handlers = HandlerStore(db).list();
    for (const Handler &h : handlers ? *handlers : QList<Handler>()) {
        items << qMakePair(h.id, h.name);
        choices << HandlerChoice{h.id, QStringLiteral("%1 (%2)").arg(h.name, WorkflowRules::label(h.kind))};
    }
    refill(m_handler, tr("All handlers"), items);
    m_detail->setHandlers(choices);

    items.clear();
    const Result<std::vector<Estate>> estates = RosterRepository(db).estates();
    for (const Estate &e : estates ? *estates : std::vector<Estate>())
        items << qMakePair(e.id, e.name);
    refill(m_estate, tr("All estates"), items);
}

void WorkflowPage::reloadBoard()
{
    if (!session().isOpen())
        return;
    const qint64 selected = m_detail->requestId();
    const Result<BoardSnapshot> board = WorkflowBoard(session().database(), *m_clock).snapshot(filter(), RequestListModel::pageSize);
    m_board = board ? *board : BoardSnapshot();
    if (!board)
        showError(board.message());
    updateQueueLabels();
    showQueue(m_queue);
    // The request shown stays shown (it may have moved to another queue).
    if (selected)
        selectRequest(selected);
}

int WorkflowPage::queueCount(RequestState state) const
{
    for (const BoardQueue &queue : m_board.queues) {
        if (queue.state == state)
            return queue.count;
    }
    return 0;
}

void WorkflowPage::updateQueueLabels()
{
    const QList<RequestState> states = WorkflowRules::allStates();
    for (int row = 0; row < m_queues->count() && row < states.size(); ++row) {
        int count = 0, overdue = 0;
        for (const BoardQueue &queue : m_board.queues) {
            if (queue.state == states.at(row)) {
                count = queue.count;
                overdue = queue.overdue;
            }
        }
        QListWidgetItem *item = m_queues->item(row);
        item->setText(overdue > 0 ? tr("%1  %2  (%3 overdue)").arg(WorkflowRules::label(states.at(row))).arg(count).arg(overdue)
                                  : tr("%1  %2").arg(WorkflowRules::label(states.at(row))).arg(count));
        item->setForeground(overdue > 0 ? RequestListModel::lightColour(DeadlineColour::Red) : palette().color(QPalette::Text));
    }
    m_summary->setText(tr("%1 open, %2 overdue").arg(m_board.open).arg(m_board.overdue));
    // The queue list is as wide as its longest label, so counts are never cut off.
    int width = 0;
    for (int row = 0; row < m_queues->count(); ++row)
        width = qMax(width, m_queues->fontMetrics().horizontalAdvance(m_queues->item(row)->text()));
    m_queues->setMinimumWidth(width + 3 * m_queues->frameWidth() + 24);
}

void WorkflowPage::showQueue(RequestState state)
{
    m_queue = state;
    const int row = int(WorkflowRules::allStates().indexOf(state));
    if (m_queues->currentRow() != row) {
        const QSignalBlocker blocker(m_queues);
        m_queues->setCurrentRow(row);
    }
    for (const BoardQueue &queue : m_board.queues) {
        if (queue.state == state) {
            m_model->setQueue(state, filter(), queue.count, queue.firstPage);
            return;
        }
    }
    m_model->clear();
}

void WorkflowPage::selectRequest(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    if (m_detail->requestId() != id || row < 0)
        m_detail->showRequest(id);
}

void WorkflowPage::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->request(current.row()).id;
    if (id != m_detail->requestId())
        m_detail->showRequest(id);
}

void WorkflowPage::databaseClosed()
{
    m_model->setSource(nullptr, m_clock);
    m_model->clear();
    m_detail->setSource(nullptr, m_clock);
    m_board = BoardSnapshot();
    updateQueueLabels();
    m_dashboard->reload(nullptr, *m_clock);
}

void WorkflowPage::newRequest()
{
    if (!session().isOpen())
        return;
    RequestForm form(session().database(), *m_clock, this);
    if (form.exec() != QDialog::Accepted)
        return;
    showQueue(RequestState::Listed);
    m_detail->showRequest(form.savedId());
    session().notifyDataChanged();
}

Status WorkflowPage::exportSlip(qint64 id, const QString &path)
{
    Result<std::unique_ptr<ReportDocument>> slip = RequestSlip::slipFor(session().database(), id, *m_clock);
    if (!slip)
        return slip.status();
    return ReportWriter::write(**slip, path);
}

Status WorkflowPage::exportMonthReport(const QString &month, const QString &path)
{
    Result<std::unique_ptr<ReportDocument>> report = RequestsMonthReport::reportFor(session().database(), month, *m_clock);
    if (!report)
        return report.status();
    return ReportWriter::write(**report, path);
}

void WorkflowPage::preview(ReportDocument &report)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(ReportDocument::layoutDpi); // running texts keep their point size
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &report](QPrinter *target) {
        if (const Status painted = ReportWriter::paint(report, target); !painted)
            showError(painted.message());
    });
    dialog.exec();
}

void WorkflowPage::exportAs(const std::function<Status(const QString &)> &write, const QString &baseName)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                            + baseName + QStringLiteral(".pdf");
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const Status written = write(path); !written)
        showError(written.message());
}

void WorkflowPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Requests"), message);
}

void WorkflowPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Board"));
    m_tabs->setTabText(1, tr("Dashboard"));
    m_search->setPlaceholderText(tr("Search title or description"));
    m_severity->setItemText(0, tr("All severities"));
    for (int i = 1; i < m_severity->count(); ++i) {
        if (const auto s = WorkflowRules::severityFromCode(m_severity->itemData(i).toString()))
            m_severity->setItemText(i, WorkflowRules::label(*s));
    }
    if (m_category->count() > 0)
        m_category->setItemText(0, tr("All categories"));
    if (m_handler->count() > 0)
        m_handler->setItemText(0, tr("All handlers"));
    if (m_estate->count() > 0)
        m_estate->setItemText(0, tr("All estates"));
    m_overdue->setText(tr("Overdue only"));
    m_new->setText(tr("New request…"));
    m_new->setToolTip(tr("New request (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    updateQueueLabels();
    m_model->retranslate();
    m_detail->retranslateUi();
    m_dashboard->retranslateUi();
}

} // namespace cd
