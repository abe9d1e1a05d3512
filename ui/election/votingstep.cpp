#include "election/votingstep.h"

#include "common/clock.h"
#include "db/database.h"
#include "election/ballotentrywidget.h"
#include "election/ballotprinter.h"
#include "election/electioncodes.h"
#include "election/electionjob.h"
#include "election/electionstore.h"
#include "election/ownersvote.h"
#include "election/turnoutpanel.h"
#include "election/voterrollmodel.h"
#include "session/appsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

// A preview draws on the GUI thread: a few pages are enough to check the layout.
constexpr int previewCount = 20;

QTableWidgetItem *number(qint64 value)
{
    auto *cell = new QTableWidgetItem(QString::number(value));
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

} // namespace

VotingStep::VotingStep(AppSession &session, ElectionJob &job, QWidget *parent)
    : ElectionStepWidget(session, job, parent), m_turnout(new QLabel(this)), m_counts(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_filter(new QLineEdit(this)), m_model(new VoterRollModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_buildings(new QTableWidget(0, 7, this)),
      m_statusLabel(new QLabel(this)), m_status(new QComboBox(this)), m_canvassLabel(new QLabel(this)),
      m_canvass(new QComboBox(this)), m_proxyButton(new QPushButton(this)), m_entryHeading(new QLabel(this)),
      m_entry(new BallotEntryWidget(this)), m_pdf(new QPushButton(this)), m_preview(new QPushButton(this))
{
    QFont big = m_turnout->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_turnout->setFont(big);
    m_turnout->setWordWrap(true);
    m_counts->setWordWrap(true);
    for (const QString &code : ElectionCodes::codes(ElectionCodes::List::VoterStatus))
        m_status->addItem(QString(), code);
    for (const QString &code : ElectionCodes::codes(ElectionCodes::List::Canvass))
        m_canvass->addItem(QString(), code);
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_buildings->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(VoterRollModel::Kind, true);
    m_buildings->verticalHeader()->hide();
    m_buildings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_buildings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_buildings->horizontalHeader()->setStretchLastSection(true);

    auto *voterTools = new QHBoxLayout;
    voterTools->addWidget(m_filter, 1);
    voterTools->addWidget(m_statusLabel);
    voterTools->addWidget(m_status);
    voterTools->addWidget(m_canvassLabel);
    voterTools->addWidget(m_canvass);
    voterTools->addWidget(m_proxyButton);
    auto *votersTab = new QWidget(this);
    auto *votersLayout = new QVBoxLayout(votersTab);
    votersLayout->addLayout(voterTools);
    votersLayout->addWidget(m_view, 1);
    m_tabs->addTab(votersTab, QString());
    m_tabs->addTab(m_buildings, QString());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_turnout);
    leftLayout->addWidget(m_counts);
    leftLayout->addWidget(m_tabs, 1);

    auto *printRow = new QHBoxLayout;
    printRow->addWidget(m_pdf);
    printRow->addWidget(m_preview);
    printRow->addStretch();
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(printRow);
    rightLayout->addWidget(m_entryHeading);
    rightLayout->addWidget(m_entry, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VotingStep::updateActions);
    connect(m_view, &QTableView::activated, this, [this] { m_entry->setVoterNumber(selectedVoter()); });
    connect(m_status, &QComboBox::activated, this, [this] {
        setVoterStatus(selectedVoter(), m_status->currentData().toString());
    });
    connect(m_canvass, &QComboBox::activated, this, [this] {
        setCanvass(selectedVoter(), m_canvass->currentData().toString());
    });
    connect(m_proxyButton, &QPushButton::clicked, this, &VotingStep::editProxy);
    connect(m_entry, &BallotEntryWidget::voterNumberChanged, this, &VotingStep::showVoter);
    connect(m_entry, &BallotEntryWidget::submitted, this, &VotingStep::enterBallot);
    connect(m_pdf, &QPushButton::clicked, this, &VotingStep::exportBallotsPdf);
    connect(m_preview, &QPushButton::clicked, this, &VotingStep::previewBallots);
    connect(&job, &ElectionJob::finished, this, &VotingStep::updateActions);
    retranslateUi();
    updateActions();
}

void VotingStep::reload()
{
    const int selected = selectedVoter();
    m_candidates.clear();
    if (election().isPreparing()) {
        clearView();
        return;
    }
    const Result<std::vector<Candidate>> candidates = store()->candidates(election().id);
    if (candidates) {
        for (const Candidate &c : *candidates) {
            if (c.isApproved())
                m_candidates.push_back(c);
        }
    }
    m_entry->setCandidates(m_candidates);
    m_entry->setSeats(election().seats);
    const Result<VoterRoll> roll = store()->roll(election().id);
    m_model->setVoters(roll ? roll->voters : std::vector<RollVoter>());
    if (m_sizedFor != election().id && m_model->rowCount() > 0) {
        // Sized once per election: after each ballot the columns stay where the user left them.
        m_sizedFor = election().id;
        m_view->resizeColumnsToContents();
        // The developer's and multi-dwelling owners' room lists would push the other columns away.
        const int roomsCap = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 28;
        if (m_view->columnWidth(VoterRollModel::Rooms) > roomsCap)
            m_view->setColumnWidth(VoterRollModel::Rooms, roomsCap);
    }

    const Result<TurnoutPanelData> panel = TurnoutPanel::compute(store()->database(), election().id);
    if (!panel) {
        m_turnout->setText(panel.message());
    } else {
        const TurnoutPanelData &p = *panel;
        m_turnout->setText(p.text);
        m_turnout->setStyleSheet(p.personsMet && p.areaMet ? QStringLiteral("color: #1e7d32;") : QStringLiteral("color: #b3261e;"));
        m_counts->setText(
            tr("Persons: %1 of %2 (%3) · Area: %4 of %5 m² (%6)")
                .arg(p.participating.persons)
                .arg(p.total.persons)
                .arg(OwnersVote::percentText(p.participating.persons, p.total.persons))
                .arg(OwnersVote::areaText(p.participating.areaCenti), OwnersVote::areaText(p.total.areaCenti))
                .arg(OwnersVote::percentText(p.participating.areaCenti, p.total.areaCenti))
            + QLatin1Char('\n')
            + tr("Not voted %1 · voted %2 · refused %3 · unreachable %4  |  not visited %5 · delivered %6 · revisit %7 · collected %8")
                  .arg(p.pending)
                  .arg(p.voted)
                  .arg(p.refused)
                  .arg(p.unreachable)
                  .arg(p.notVisited)
                  .arg(p.delivered)
                  .arg(p.revisit)
                  .arg(p.collected));
        m_buildings->setRowCount(0);
        for (const BuildingTurnout &b : p.buildings) {
            const int row = m_buildings->rowCount();
            m_buildings->insertRow(row);
            m_buildings->setItem(row, 0, new QTableWidgetItem(b.building));
            m_buildings->setItem(row, 1, number(b.voters.persons));
            m_buildings->setItem(row, 2, number(b.voted.persons));
            auto *area = new QTableWidgetItem(OwnersVote::areaText(b.voted.areaCenti) + QStringLiteral(" / ")
                                              + OwnersVote::areaText(b.voters.areaCenti));
            area->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_buildings->setItem(row, 3, area);
            m_buildings->setItem(row, 4, number(b.refused));
            m_buildings->setItem(row, 5, number(b.unreachable));
            m_buildings->setItem(row, 6, number(b.notVisited));
        }
    }
    selectVoter(selected);
    showVoter(m_entry->voterNumber());
    updateActions();
}

void VotingStep::clearView()
{
    m_candidates.clear();
    m_model->clear();
    m_buildings->setRowCount(0);
    m_turnout->setText(tr("Voting has not opened."));
    m_turnout->setStyleSheet(QString());
    m_counts->clear();
    m_entry->setCandidates({});
    updateActions();
}

int VotingStep::selectedVoter() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(VoterRollModel::NumberRole).toInt();
}

void VotingStep::selectVoter(int number)
{
    const int row = m_model->rowOfNumber(number);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->selectRow(index.row());
        m_view->scrollTo(index);
    } else {
        m_view->clearSelection();
    }
}

void VotingStep::showVoter(int number)
{
    if (number <= 0)
        return m_entry->setVoterInfo(QString(), false);
    const int row = m_model->rowOfNumber(number);
    if (row < 0)
        return m_entry->setVoterInfo(QString(), false);
    const RollVoter &v = m_model->voter(row);
    QString text = QStringLiteral("%1 · %2 · %3 m²").arg(v.name, v.rooms, OwnersVote::areaText(v.areaCenti));
    if (!v.proxyName.isEmpty())
        text += QStringLiteral(" · ") + tr("proxy: %1").arg(v.proxyName);
    if (v.status == QLatin1String("voted"))
        text += QStringLiteral(" · ") + tr("ballot already entered (a new entry replaces it, with a reason)");
    m_entry->setVoterInfo(text, true);
}

void VotingStep::updateActions()
{
    const bool voting = hasElection() && election().isVoting();
    const bool opened = hasElection() && !election().isPreparing();
    const int number = selectedVoter();
    const int row = m_model->rowOfNumber(number);
    const bool voted = row >= 0 && m_model->voter(row).status == QLatin1String("voted");
    m_entry->setEnabled(voting);
    m_status->setEnabled(voting && number > 0 && !voted);
    m_canvass->setEnabled(voting && number > 0);
    m_proxyButton->setEnabled(voting && number > 0);
    m_pdf->setEnabled(opened && !job().isRunning());
    m_preview->setEnabled(opened);
    if (row >= 0) {
        const QSignalBlocker b1(m_status), b2(m_canvass);
        m_status->setCurrentIndex(m_status->findData(m_model->voter(row).status));
        m_canvass->setCurrentIndex(m_canvass->findData(m_model->voter(row).canvass));
    }
}

bool VotingStep::setVoterStatus(int number, const QString &status)
{
    if (!hasElection() || number <= 0 || !check(store()->setVoterStatus(election().id, number, status)))
        return false;
    emit dataWritten();
    return true;
}

bool VotingStep::setCanvass(int number, const QString &canvass)
{
    if (!hasElection() || number <= 0 || !check(store()->setCanvass(election().id, number, canvass)))
        return false;
    emit dataWritten();
    return true;
}

bool VotingStep::setProxy(int number, const QString &name, const QString &note)
{
    if (!hasElection() || number <= 0 || !check(store()->setProxy(election().id, number, name.trimmed(), note.trimmed())))
        return false;
    emit dataWritten();
    return true;
}

void VotingStep::editProxy()
{
    const int number = selectedVoter();
    const int row = m_model->rowOfNumber(number);
    if (row < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Proxy"),
                                               tr("Who votes for %1 by written proxy? (empty removes it)").arg(m_model->voter(row).name),
                                               QLineEdit::Normal, m_model->voter(row).proxyName, &ok);
    if (ok)
        setProxy(number, name, QString());
}

void VotingStep::enterBallot()
{
    if (!hasElection())
        return;
    BallotEntry ballot = m_entry->entry();
    const int row = m_model->rowOfNumber(ballot.voterNumber);
    if (row < 0)
        return;
    ballot.byProxy = !m_model->voter(row).proxyName.isEmpty();
    Status entered = Status::success();
    if (m_model->voter(row).status == QLatin1String("voted")) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Replace ballot"),
                                                     tr("Ballot %1 was already entered. Why is it replaced?").arg(ballot.voterNumber),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        entered = store()->correctBallot(election().id, ballot, reason.trimmed());
    } else {
        entered = store()->enterBallot(election().id, ballot);
    }
    if (!check(entered))
        return;
    m_entry->reset(tr("Ballot %1 entered.").arg(ballot.voterNumber));
    emit dataWritten();
}

void VotingStep::startBallotsPdf(const QString &path)
{
    if (!hasElection())
        return;
    const qint64 id = election().id;
    if (!job().start(
            session().path(), tr("Printing numbered ballots…"),
            [id, path](Database &database, const ElectionJob::Progress &progress) {
                SystemClock clock;
                const ElectionStore store(database, clock);
                BallotPrinter printer(store);
                printer.setProgress(progress);
                return printer.writePdf(id, path);
            },
            window()))
        return;
    updateActions();
    connect(&job(), &ElectionJob::finished, this, [this](bool ok, bool cancelled, const QString &message) {
        if (!ok && !cancelled)
            showError(message);
    }, Qt::SingleShotConnection);
}

void VotingStep::exportBallotsPdf()
{
    const QString path = askSavePath(tr("Export ballots"), tr("ballots.pdf"), tr("PDF (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty())
        startBallotsPdf(path);
}

void VotingStep::previewBallots()
{
    if (!hasElection())
        return;
    BallotPrinter printer(*store());
    QVector<int> numbers;
    const int selected = selectedVoter();
    if (selected > 0)
        numbers.append(selected);
    for (int n = 1; numbers.isEmpty() && n <= std::min(previewCount, m_model->rowCount()); ++n)
        numbers.append(n);
    for (int n = 1; numbers.size() == 1 && selected > 0 && n < previewCount && selected + n <= m_model->rowCount(); ++n)
        numbers.append(selected + n);
    printer.setVoterNumbers(numbers);
    QPrinter device(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&device, this);
    dialog.setWindowTitle(tr("Ballots %1–%2 (use Export PDF for all)").arg(numbers.value(0)).arg(numbers.value(numbers.size() - 1)));
    dialog.resize(window()->size() * 0.9); // the pages readable at once
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &printer](QPrinter *target) {
        check(printer.paint(election().id, target));
    });
    dialog.exec();
}

void VotingStep::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter: name, room or status"));
    m_statusLabel->setText(tr("Status:"));
    m_canvassLabel->setText(tr("Door-to-door:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, ElectionCodes::label(ElectionCodes::List::VoterStatus, m_status->itemData(i).toString()));
    for (int i = 0; i < m_canvass->count(); ++i)
        m_canvass->setItemText(i, ElectionCodes::label(ElectionCodes::List::Canvass, m_canvass->itemData(i).toString()));
    m_proxyButton->setText(tr("Proxy…"));
    m_tabs->setTabText(0, tr("Voters"));
    m_tabs->setTabText(1, tr("By building"));
    m_buildings->setHorizontalHeaderLabels({tr("Building"), tr("Voters"), tr("Voted"), tr("Area voted (m²)"),
                                            tr("Refused"), tr("Unreachable"), tr("Not visited")});
    m_entryHeading->setText(tr("<b>Tellers' ballot entry</b>"));
    m_pdf->setText(tr("Export ballots PDF…"));
    m_preview->setText(tr("Preview ballots…"));
    m_model->retranslate();
    m_entry->retranslateUi();
    // A loaded step is reloaded by the page (ElectionPage::retranslateUi).
}

} // namespace cd
