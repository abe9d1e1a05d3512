#include "election/electionpage.h"

#include "db/database.h"
#include "election/candidatestep.h"
#include "election/countingstep.h"
#include "election/electionjob.h"
#include "election/electionlistmodel.h"
#include "election/electionstore.h"
#include "election/newelectiondialog.h"
#include "election/preparestep.h"
#include "election/resultsstep.h"
#include "election/rollstep.h"
#include "election/votingstep.h"
#include "pages/navicons.h"
#include "session/appsession.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

namespace {

QString lines(const QStringList &items, const QString &symbol, const QString &colour)
{
    QString html;
    for (const QString &item : items)
        html += QStringLiteral("<div style=\"color:%1\">%2 %3</div>").arg(colour, symbol, item.toHtmlEscaped());
    return html;
}

} // namespace

ElectionPage::ElectionPage(AppSession &session, QWidget *parent)
    : Page(session, parent), m_job(new ElectionJob(this)), m_heading(new QLabel(this)), m_new(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_model(new ElectionListModel(this)), m_view(new QTableView(this)),
      m_electionTitle(new QLabel(this)), m_status(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_prepare(new PrepareStep(session, *m_job, this)), m_candidates(new CandidateStep(session, *m_job, this)),
      m_roll(new RollStep(session, *m_job, this)), m_voting(new VotingStep(session, *m_job, this)),
      m_counting(new CountingStep(session, *m_job, this)), m_results(new ResultsStep(session, *m_job, this)),
      m_steps{m_prepare, m_candidates, m_roll, m_voting, m_counting, m_results}, m_reports(6)
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QFont titleFont = m_electionTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_electionTitle->setFont(titleFont);
    m_electionTitle->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(8);
    m_status->setAutoFillBackground(true);

    auto *stepGroup = new QButtonGroup(this);
    auto *stepBar = new QHBoxLayout;
    stepBar->setSpacing(4);
    for (int i = 0; i < 6; ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        stepGroup->addButton(button, i);
        stepBar->addWidget(button);
        if (i < 5) {
            auto *arrow = new QLabel(QStringLiteral("→"), this);
            stepBar->addWidget(arrow);
        }
        m_stepButtons[i] = button;
        m_stack->addWidget(m_steps[i]);
        connect(m_steps[i], &ElectionStepWidget::dataWritten, this, &ElectionPage::onDataWritten);
    }

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_view, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_electionTitle);
    rightLayout->addLayout(stepBar);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({330, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &ElectionPage::newElection);
    connect(m_delete, &QPushButton::clicked, this, &ElectionPage::deleteElection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { loadSelected(true); });
    connect(stepGroup, &QButtonGroup::idClicked, this, [this](int id) { showStep(ElectionStep(id)); });
    connect(m_job, &ElectionJob::finished, this, &ElectionPage::updateActions);
    retranslateUi();
    loadSelected(true);
}

ElectionPage::~ElectionPage() = default;

QString ElectionPage::title() const
{
    return tr("Elections");
}

QIcon ElectionPage::icon() const
{
    return navigationIcon(QStringLiteral("election"));
}

QWidget *ElectionPage::stepWidget(ElectionStep step) const
{
    return m_steps[int(step)];
}

StepReport ElectionPage::report(ElectionStep step) const
{
    return m_reports.at(size_t(step));
}

bool ElectionPage::isBusy() const
{
    return m_job->isRunning();
}

void ElectionPage::refresh()
{
    // One store per open database: the steps keep a pointer to it until databaseClosed().
    if (!m_store)
        m_store = std::make_unique<ElectionStore>(session().database(), m_clock);
    const qint64 selected = selectedElection();
    const Result<std::vector<Election>> elections = m_store->elections();
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setElections(elections ? *elections : std::vector<Election>());
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_view->selectRow(row);
        else if (m_model->rowCount() > 0 && m_loadedId == 0)
            m_view->selectRow(0);
    }
    if (!elections)
        QMessageBox::warning(this, tr("Elections"), elections.message());
    fitList();
    loadSelected(selectedElection() != m_loadedId);
}

void ElectionPage::fitList()
{
    // The list is never narrower than its columns: estate names must not be elided.
    m_view->resizeColumnsToContents();
    int width = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column)
        width += m_view->columnWidth(column);
    m_view->setMinimumWidth(std::max(width, m_new->sizeHint().width() + m_delete->sizeHint().width() + 12));
}

void ElectionPage::databaseClosed()
{
    for (ElectionStepWidget *step : m_steps)
        step->clear();
    m_model->clear();
    m_store.reset();
    m_loadedId = 0;
    m_reports.assign(6, StepReport());
    loadSelected(true);
}

qint64 ElectionPage::selectedElection() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->election(rows.first().row()).id;
}

void ElectionPage::selectElection(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_view->clearSelection();
}

void ElectionPage::loadSelected(bool goToCurrentStep)
{
    const qint64 id = selectedElection();
    m_loadedId = id;
    m_reports.assign(6, StepReport());
    if (!id || !m_store) {
        m_electionTitle->setText(session().isOpen() ? tr("Select an election or create a new one.") : QString());
        for (ElectionStepWidget *step : m_steps)
            step->clear();
        updateStepBar();
        updateActions();
        return;
    }
    const Result<Election> election = m_store->election(id);
    const Result<std::vector<StepReport>> reports = ElectionWorkflow(*m_store).steps(id);
    if (!election || !reports) {
        m_status->setText((!election ? election.message() : reports.message()).toHtmlEscaped());
        return;
    }
    m_reports = *reports;
    m_electionTitle->setText(election->title);
    if (goToCurrentStep) {
        if (const Result<ElectionStep> current = ElectionWorkflow(*m_store).currentStep(id))
            m_step = *current;
    }
    updateStepBar();
    updateActions();
    loadStep();
}

void ElectionPage::loadStep()
{
    m_stack->setCurrentIndex(int(m_step));
    m_stepButtons[int(m_step)]->setChecked(true);
    const StepReport &r = m_reports.at(size_t(m_step));
    ElectionStepWidget *widget = m_steps[int(m_step)];
    if (m_loadedId && m_store) {
        if (const Result<Election> election = m_store->election(m_loadedId))
            widget->load(*m_store, *election, m_reports);
    }
    // A blocked step shows what it would hold but cannot be worked on.
    widget->setEnabled(m_loadedId != 0 && r.state != StepReport::State::Blocked);

    QString html = QStringLiteral("<b>%1</b> — ").arg(tr("Step %1 of 6: %2").arg(int(m_step) + 1).arg(ElectionWorkflow::stepName(m_step)));
    if (!m_loadedId) {
        m_status->setText(tr("No election selected."));
        return;
    }
    switch (r.state) {
    case StepReport::State::Done: html += QStringLiteral("<span style=\"color:#1e7d32\">%1</span>").arg(tr("done")); break;
    case StepReport::State::InProgress:
        html += r.missing.isEmpty() ? QStringLiteral("<span style=\"color:#1a73e8\">%1</span>").arg(tr("ready"))
                                    : QStringLiteral("<span style=\"color:#1a73e8\">%1</span>").arg(tr("in progress"));
        break;
    case StepReport::State::Blocked:
        html += QStringLiteral("<span style=\"color:#5f6368\">%1</span>").arg(tr("not available yet"));
        break;
    }
    html += lines(r.info, QStringLiteral("•"), QStringLiteral("palette(text)"));
    html += lines(r.missing, QStringLiteral("✘"), r.state == StepReport::State::Blocked ? QStringLiteral("#5f6368")
                                                                                          : QStringLiteral("#b3261e"));
    html += lines(r.warnings, QStringLiteral("⚠"), QStringLiteral("#b26a00"));
    m_status->setText(html);
}

void ElectionPage::showStep(ElectionStep step)
{
    m_step = step;
    loadStep();
}

void ElectionPage::updateStepBar()
{
    for (int i = 0; i < 6; ++i) {
        const StepReport &r = m_reports.at(size_t(i));
        const ElectionStep step = ElectionStep(i);
        QString state;
        QString colour;
        if (!m_loadedId) {
            state = QString();
            colour = QStringLiteral("#5f6368");
        } else if (r.isDone()) {
            state = tr("✔ done");
            colour = QStringLiteral("#1e7d32");
        } else if (r.state == StepReport::State::InProgress) {
            state = r.missing.isEmpty() ? tr("● ready") : tr("● in progress");
            colour = QStringLiteral("#1a73e8");
        } else {
            state = tr("○ blocked");
            colour = QStringLiteral("#80868b");
        }
        QToolButton *button = m_stepButtons[i];
        button->setText(QStringLiteral("%1. %2\n%3").arg(i + 1).arg(ElectionWorkflow::stepName(step), state));
        button->setToolTip(r.state == StepReport::State::Blocked ? r.missing.join(QLatin1Char('\n')) : r.info.join(QLatin1Char('\n')));
        button->setStyleSheet(QStringLiteral("QToolButton { color: %1; padding: 4px 8px; }"
                                             "QToolButton:checked { font-weight: bold; border: 2px solid %1; border-radius: 4px; }")
                                  .arg(colour));
        button->setEnabled(m_loadedId != 0);
    }
}

void ElectionPage::updateActions()
{
    const bool open = session().isOpen() && m_store;
    m_new->setEnabled(open && !m_job->isRunning());
    const int row = m_model->rowOf(m_loadedId);
    m_delete->setEnabled(open && row >= 0 && m_model->election(row).isPreparing() && !m_job->isRunning());
}

void ElectionPage::onDataWritten()
{
    // Reloads every page; this one keeps its election and step.
    session().notifyDataChanged();
}

void ElectionPage::newElection()
{
    if (!m_store)
        return;
    NewElectionDialog dialog(*m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    session().notifyDataChanged();
    selectElection(dialog.createdId());
}

void ElectionPage::deleteElection()
{
    const qint64 id = selectedElection();
    if (!id || !m_store)
        return;
    if (QMessageBox::question(this, tr("Delete election"), tr("Delete the selected election with its candidates?"))
        != QMessageBox::Yes)
        return;
    if (const Status removed = m_store->remove(id); !removed)
        return (void)QMessageBox::warning(this, tr("Elections"), removed.message());
    session().notifyDataChanged();
}

void ElectionPage::retranslateUi()
{
    m_heading->setText(tr("Owners' committee elections"));
    m_new->setText(tr("New election…"));
    m_delete->setText(tr("Delete"));
    m_model->retranslate();
    fitList();
    for (ElectionStepWidget *step : m_steps)
        step->retranslateUi();
    updateStepBar();
    if (m_loadedId)
        loadStep();
}

} // namespace cd
