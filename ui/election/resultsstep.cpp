#include "election/resultsstep.h"

#include "common/clock.h"
#include "election/ballotentrywidget.h"
#include "election/electioncodes.h"
#include "election/electionfiling.h"
#include "election/electionprint.h"
#include "election/electionstore.h"
#include "election/electiontables.h"
#include "election/electiontally.h"
#include "election/ownersvote.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

ResultsStep::ResultsStep(AppSession &session, ElectionJob &job, QWidget *parent)
    : ElectionStepWidget(session, job, parent), m_party(new QLabel(this)), m_members(new QTableWidget(0, 4, this)),
      m_runOffBox(new QWidget(this)), m_runOffHeading(new QLabel(this)), m_tied(new QListWidget(this)),
      m_runOffNote(new QLineEdit(this)), m_runOff(new QPushButton(this)), m_correct(new QPushButton(this)),
      m_xlsx(new QPushButton(this)), m_printSummary(new QPushButton(this)), m_printDetail(new QPushButton(this)),
      m_printNotice(new QPushButton(this)), m_noticePdf(new QPushButton(this)), m_filingHeading(new QLabel(this)),
      m_deadline(new QLabel(this)), m_filing(new QListWidget(this)), m_file(new QPushButton(this))
{
    m_party->setWordWrap(true);
    m_members->verticalHeader()->hide();
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_deadline->setWordWrap(true);
    m_tied->setMaximumHeight(m_tied->fontMetrics().height() * 5);

    auto *runOffLayout = new QVBoxLayout(m_runOffBox);
    runOffLayout->setContentsMargins(0, 0, 0, 0);
    auto *runOffRow = new QHBoxLayout;
    runOffRow->addWidget(m_runOffNote, 1);
    runOffRow->addWidget(m_runOff);
    runOffLayout->addWidget(m_runOffHeading);
    runOffLayout->addWidget(m_tied);
    runOffLayout->addLayout(runOffRow);

    auto *documents = new QGridLayout;
    documents->addWidget(m_xlsx, 0, 0);
    documents->addWidget(m_printSummary, 0, 1);
    documents->addWidget(m_printDetail, 0, 2);
    documents->addWidget(m_printNotice, 1, 0);
    documents->addWidget(m_noticePdf, 1, 1);
    documents->addWidget(m_correct, 1, 2);
    documents->setColumnStretch(3, 1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_party);
    left->addWidget(m_members, 1);
    left->addWidget(m_runOffBox);
    left->addLayout(documents);
    auto *right = new QVBoxLayout;
    right->addWidget(m_filingHeading);
    right->addWidget(m_deadline);
    right->addWidget(m_filing, 1);
    right->addWidget(m_file, 0, Qt::AlignLeft);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_runOff, &QPushButton::clicked, this, &ResultsStep::recordCheckedRunOff);
    connect(m_tied, &QListWidget::itemChanged, this, &ResultsStep::updateActions);
    connect(m_runOffNote, &QLineEdit::textChanged, this, &ResultsStep::updateActions);
    connect(m_correct, &QPushButton::clicked, this, &ResultsStep::correctBallotDialog);
    connect(m_xlsx, &QPushButton::clicked, this, &ResultsStep::exportTablesAs);
    connect(m_printSummary, &QPushButton::clicked, this, &ResultsStep::printSummary);
    connect(m_printDetail, &QPushButton::clicked, this, &ResultsStep::printDetail);
    connect(m_printNotice, &QPushButton::clicked, this, &ResultsStep::printNotice);
    connect(m_noticePdf, &QPushButton::clicked, this, &ResultsStep::exportNoticeAs);
    connect(m_file, &QPushButton::clicked, this, &ResultsStep::markFiledToday);
    connect(m_filing, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        setFilingItem(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    retranslateUi();
}

void ResultsStep::reload()
{
    clearView();
    if (!election().isClosed())
        return;
    const Result<std::vector<ElectedMember>> members = store()->members(election().id);
    if (!members)
        return showError(members.message());
    int party = 0;
    for (const ElectedMember &m : *members) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        m_members->setItem(row, 0, new QTableWidgetItem(m.name));
        m_members->setItem(row, 1, new QTableWidgetItem(m.partyMember ? tr("Party member") : QString()));
        auto *role = new QComboBox(m_members);
        for (const QString &code : ElectionCodes::codes(ElectionCodes::List::Role))
            role->addItem(ElectionCodes::label(ElectionCodes::List::Role, code), code);
        role->setCurrentIndex(role->findData(m.role));
        const qint64 candidate = m.candidateId;
        connect(role, &QComboBox::activated, this, [this, role, candidate] { setRole(candidate, role->currentData().toString()); });
        m_members->setCellWidget(row, 2, role);
        m_members->setItem(row, 3, new QTableWidgetItem(m.source == QLatin1String("runoff") ? tr("run-off") : tr("vote")));
        party += m.partyMember ? 1 : 0;
    }
    const int size = int(members->size());
    QString partyText = tr("%n member(s) elected", nullptr, size);
    if (size > 0) {
        partyText += tr("; party members %1 of %2 (%3)").arg(party).arg(size).arg(OwnersVote::percentText(party, size));
        if (2 * party < size)
            partyText += QLatin1Char(' ') + tr("— under half: a reminder");
    }
    m_party->setText(partyText);

    // A run-off is offered while the count reports a tie and none is recorded.
    const Result<TallyResult> tally = ElectionTally::run(store()->database(), election().id);
    const bool runOffDone = std::any_of(members->begin(), members->end(),
                                        [](const ElectedMember &m) { return m.source == QLatin1String("runoff"); });
    if (tally && tally->turnoutMet() && !tally->tied.empty() && !runOffDone) {
        m_runOffSeats = tally->runOffSeats;
        const QSignalBlocker blocker(m_tied);
        for (qint64 id : tally->tied) {
            const CandidateResult *line = tally->find(id);
            auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(line->candidate.name).arg(line->yes.persons), m_tied);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_runOffHeading->setText(tr("<b>Run-off</b>: tick the %n winner(s) of the run-off among the tied candidates.", nullptr,
                                    m_runOffSeats));
        m_runOffBox->show();
    }

    const Result<FilingStatus> filing = ElectionFiling(*store()).status(election().id);
    if (filing) {
        m_filed = filing->filed;
        const QSignalBlocker blocker(m_filing);
        for (const FilingItem &item : filing->items) {
            auto *row = new QListWidgetItem(item.title, m_filing);
            row->setData(Qt::UserRole, item.code);
            row->setFlags(filing->filed ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
        }
        QString text;
        if (filing->filed)
            text = tr("Filed on %1.").arg(filing->filedAt.toString(Qt::ISODate));
        else if (filing->overdue)
            text = tr("<b>Overdue</b>: the deadline was %1 (%n day(s) ago).", nullptr, -filing->daysLeft)
                       .arg(filing->deadline.toString(Qt::ISODate));
        else
            text = tr("Deadline %1: %n day(s) left; %2 document(s) outstanding.", nullptr, filing->daysLeft)
                       .arg(filing->deadline.toString(Qt::ISODate))
                       .arg(filing->outstanding());
        m_deadline->setText(text);
        m_deadline->setStyleSheet(filing->overdue && !filing->filed ? QStringLiteral("color: #b3261e;") : QString());
    } else {
        m_deadline->setText(filing.message());
    }
    updateActions();
}

void ResultsStep::clearView()
{
    m_members->setRowCount(0);
    m_tied->clear();
    m_runOffBox->hide();
    m_filing->clear();
    m_party->setText(hasElection() && election().isClosed() ? QString() : tr("The results follow when the vote is closed."));
    m_deadline->clear();
    m_filed = false;
    updateActions();
}

void ResultsStep::updateActions()
{
    const bool closed = hasElection() && election().isClosed();
    int ticked = 0;
    for (int i = 0; i < m_tied->count(); ++i)
        ticked += m_tied->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_runOff->setEnabled(closed && ticked == m_runOffSeats && !m_runOffNote->text().trimmed().isEmpty());
    const bool opened = hasElection() && !election().isPreparing();
    m_xlsx->setEnabled(opened);
    m_printSummary->setEnabled(opened);
    m_printDetail->setEnabled(opened);
    m_printNotice->setEnabled(closed);
    m_noticePdf->setEnabled(closed);
    m_correct->setEnabled(closed);
    int outstanding = 0;
    for (int i = 0; i < m_filing->count(); ++i)
        outstanding += m_filing->item(i)->checkState() == Qt::Checked ? 0 : 1;
    m_file->setEnabled(closed && !m_filed && m_filing->count() > 0 && outstanding == 0);
}

bool ResultsStep::setRole(qint64 candidateId, const QString &role)
{
    const bool done = hasElection() && check(store()->setRole(election().id, candidateId, role));
    emit dataWritten(); // also puts a refused choice back
    return done;
}

bool ResultsStep::recordRunOff(const std::vector<qint64> &candidateIds, const QString &note)
{
    if (!hasElection() || !check(store()->recordRunOff(election().id, candidateIds, note.trimmed())))
        return false;
    emit dataWritten();
    return true;
}

void ResultsStep::recordCheckedRunOff()
{
    std::vector<qint64> winners;
    for (int i = 0; i < m_tied->count(); ++i) {
        if (m_tied->item(i)->checkState() == Qt::Checked)
            winners.push_back(m_tied->item(i)->data(Qt::UserRole).toLongLong());
    }
    recordRunOff(winners, m_runOffNote->text());
}

bool ResultsStep::correctBallot(const BallotEntry &ballot, const QString &reason)
{
    if (!hasElection() || !check(store()->correctBallot(election().id, ballot, reason.trimmed())))
        return false;
    emit dataWritten();
    return true;
}

void ResultsStep::correctBallotDialog()
{
    if (!hasElection())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Correct a ballot"));
    auto *entry = new BallotEntryWidget(&dialog);
    std::vector<Candidate> approved;
    if (const Result<std::vector<Candidate>> all = store()->candidates(election().id)) {
        for (const Candidate &c : *all) {
            if (c.isApproved())
                approved.push_back(c);
        }
    }
    entry->setCandidates(approved);
    entry->setSeats(election().seats);
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("Reason for the correction (required, logged)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    const qint64 id = election().id;
    connect(entry, &BallotEntryWidget::voterNumberChanged, &dialog, [this, entry, id](int number) {
        const Result<RollVoter> voter = store()->voter(id, number);
        entry->setVoterInfo(voter ? QStringLiteral("%1 · %2").arg(voter->name, voter->rooms) : QString(), voter.ok());
    });
    connect(entry, &BallotEntryWidget::submitted, &dialog, [&] {
        if (reason->text().trimmed().isEmpty())
            return showError(tr("Give the reason for the correction."));
        if (correctBallot(entry->entry(), reason->text()))
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(entry, 1);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    dialog.resize(560, 480);
    dialog.exec();
}

bool ResultsStep::setFilingItem(const QString &code, bool done)
{
    if (!hasElection() || !check(ElectionFiling(*store()).setItem(election().id, code, done)))
        return false;
    emit dataWritten();
    return true;
}

bool ResultsStep::markFiled(const QDate &date)
{
    if (!hasElection() || !check(ElectionFiling(*store()).markFiled(election().id, date)))
        return false;
    emit dataWritten();
    return true;
}

void ResultsStep::markFiledToday()
{
    markFiled(SystemClock().now().date());
}

Status ResultsStep::exportTables(const QString &path)
{
    if (!hasElection())
        return Status::failure(tr("No election is selected."));
    return ElectionTables(*store()).writeXlsx(election().id, path);
}

Status ResultsStep::exportNotice(const QString &path)
{
    if (!hasElection())
        return Status::failure(tr("No election is selected."));
    Result<std::unique_ptr<ReportDocument>> notice = ElectionPrint(*store()).resultNotice(election().id);
    if (!notice)
        return notice.status();
    return ReportWriter::write(**notice, path);
}

void ResultsStep::exportTablesAs()
{
    const QString path = askSavePath(tr("Export vote tables"), tr("vote-tables.xlsx"), tr("Excel workbook (*.xlsx)"),
                                     QStringLiteral("xlsx"));
    if (!path.isEmpty())
        check(exportTables(path));
}

void ResultsStep::exportNoticeAs()
{
    const QString path = askSavePath(tr("Export result notice"), tr("result-notice.pdf"), tr("PDF (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty())
        check(exportNotice(path));
}

void ResultsStep::printNotice()
{
    if (!hasElection())
        return;
    Result<std::unique_ptr<ReportDocument>> document = ElectionPrint(*store()).resultNotice(election().id);
    if (!check(document.status()))
        return;
    previewReport(**document);
}

void ResultsStep::printSummary()
{
    if (!hasElection())
        return;
    Result<std::unique_ptr<ReportDocument>> document = ElectionPrint(*store()).summaryDocument(election().id);
    if (!check(document.status()))
        return;
    previewReport(**document);
}

void ResultsStep::printDetail()
{
    if (!hasElection())
        return;
    Result<std::unique_ptr<ReportDocument>> document = ElectionPrint(*store()).detailDocument(election().id);
    if (!check(document.status()))
        return;
    previewReport(**document);
}

void ResultsStep::retranslateUi()
{
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Party"), tr("Role"), tr("Elected by")});
    m_runOffNote->setPlaceholderText(tr("How the run-off was decided (required)"));
    m_runOff->setText(tr("Record run-off"));
    m_correct->setText(tr("Correct a ballot…"));
    m_xlsx->setText(tr("Export vote tables (.xlsx)…"));
    m_printSummary->setText(tr("Print summary table…"));
    m_printDetail->setText(tr("Print detail table…"));
    m_printNotice->setText(tr("Print result notice…"));
    m_noticePdf->setText(tr("Export result notice PDF…"));
    m_filingHeading->setText(tr("<b>Filing with the housing authority</b> (within %1 days)").arg(ElectionFiling::deadlineDays));
    m_file->setText(tr("Mark as filed today"));
    if (!hasElection())
        clearView(); // a loaded step is reloaded by the page
}

} // namespace cd
