#include "election/rollstep.h"

#include "common/clock.h"
#include "db/database.h"
#include "election/electionjob.h"
#include "election/electionprint.h"
#include "election/electionstore.h"
#include "election/electiontables.h"
#include "election/ownersvote.h"
#include "election/voterrollmodel.h"
#include "report/reportdocument.h"
#include "session/appsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

RollStep::RollStep(AppSession &session, ElectionJob &job, QWidget *parent)
    : ElectionStepWidget(session, job, parent), m_totals(new QLabel(this)), m_warnings(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_freeze(new QPushButton(this)), m_print(new QPushButton(this)),
      m_export(new QPushButton(this)), m_model(new VoterRollModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    m_totals->setWordWrap(true);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column : {VoterRollModel::Status, VoterRollModel::Canvass, VoterRollModel::Proxy})
        m_view->setColumnHidden(column, true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_freeze);
    buttons->addWidget(m_print);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_warnings);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_freeze, &QPushButton::clicked, this, &RollStep::openVoting);
    connect(m_print, &QPushButton::clicked, this, &RollStep::printRoll);
    connect(m_export, &QPushButton::clicked, this, &RollStep::exportRollAs);
    connect(&job, &ElectionJob::finished, this, &RollStep::updateActions);
    retranslateUi();
    updateActions();
}

void RollStep::reload()
{
    const Result<VoterRoll> roll = store()->roll(election().id);
    if (!roll) {
        clearView();
        m_totals->setText(roll.message());
        return;
    }
    QString text = tr("<b>%1 persons, %2 m²</b> from %3 dwellings")
                       .arg(roll->persons)
                       .arg(OwnersVote::areaText(roll->areaCenti))
                       .arg(roll->dwellings);
    if (roll->developerDwellings > 0)
        text += tr("; the developer's %n unsold or undelivered dwelling(s) count as one person", nullptr,
                   roll->developerDwellings);
    text += QStringLiteral("<br>");
    text += roll->frozen ? tr("Frozen when voting opened (%1); later roster changes do not alter it.").arg(QString(roll->frozenAt).replace(QLatin1Char('T'), QLatin1Char(' ')))
                         : tr("Preview from today's roster; the roll is frozen when voting opens.");
    m_totals->setText(text);
    m_warnings->setText(roll->warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!roll->warnings.isEmpty());
    m_model->setVoters(roll->voters);
    m_view->resizeColumnsToContents();
    // The developer's and multi-dwelling owners' room lists would push the other columns away.
    const int roomsCap = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 36;
    if (m_view->columnWidth(VoterRollModel::Rooms) > roomsCap)
        m_view->setColumnWidth(VoterRollModel::Rooms, roomsCap);
    updateActions();
}

void RollStep::clearView()
{
    m_model->clear();
    m_totals->clear();
    m_warnings->clear();
    updateActions();
}

void RollStep::updateActions()
{
    const bool loaded = hasElection();
    m_freeze->setEnabled(loaded && election().isPreparing() && report(ElectionStep::Roll).canRun() && !job().isRunning());
    m_print->setEnabled(loaded && m_model->rowCount() > 0);
    m_export->setEnabled(loaded && m_model->rowCount() > 0);
}

void RollStep::openVoting()
{
    if (!hasElection())
        return;
    if (QMessageBox::question(this, tr("Open voting"),
                              tr("Freeze the voter roll (%1 voters) and open voting? Candidates and settings cannot "
                                 "change afterwards.")
                                  .arg(m_model->rowCount()))
        != QMessageBox::Yes)
        return;
    startOpenVoting();
}

void RollStep::startOpenVoting()
{
    if (!hasElection())
        return;
    const qint64 id = election().id;
    const bool started = job().start(
        session().path(), tr("Freezing the voter roll…"),
        [id](Database &database, const ElectionJob::Progress &) {
            SystemClock clock;
            return ElectionStore(database, clock).openVoting(id);
        },
        window());
    if (!started)
        return;
    updateActions();
    connect(&job(), &ElectionJob::finished, this, [this](bool ok, bool, const QString &message) {
        if (!ok)
            showError(message);
        emit dataWritten();
    }, Qt::SingleShotConnection);
}

void RollStep::printRoll()
{
    if (!hasElection())
        return;
    Result<std::unique_ptr<ReportDocument>> document = ElectionPrint(*store()).rollDocument(election().id);
    if (!document)
        return showError(document.message());
    previewReport(**document);
}

Status RollStep::exportRoll(const QString &path)
{
    if (!hasElection())
        return Status::failure(tr("No election is selected."));
    return ElectionTables(*store()).writeRollXlsx(election().id, path);
}

void RollStep::exportRollAs()
{
    const QString path = askSavePath(tr("Export voter roll"), tr("voter-roll.xlsx"), tr("Excel workbook (*.xlsx)"),
                                     QStringLiteral("xlsx"));
    if (!path.isEmpty())
        check(exportRoll(path));
}

void RollStep::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter: name or room"));
    m_freeze->setText(tr("Freeze roll and open voting…"));
    m_print->setText(tr("Print roll…"));
    m_export->setText(tr("Export roll (.xlsx)…"));
    m_model->retranslate();
    // A loaded step is reloaded by the page (ElectionPage::retranslateUi).
}

} // namespace cd
