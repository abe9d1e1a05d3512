#include "election/countingstep.h"

#include "election/electionstore.h"
#include "election/electiontally.h"
#include "election/ownersvote.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

enum Column { Number, Name, Party, YesPersons, YesArea, NoPersons, AbstainPersons, Outcome, ColumnCount };

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString share(qint64 part, qint64 total)
{
    return QStringLiteral("%1 (%2)").arg(part).arg(OwnersVote::percentText(part, total));
}

QString areaShare(qint64 part, qint64 total)
{
    return QStringLiteral("%1 (%2)").arg(OwnersVote::areaText(part), OwnersVote::percentText(part, total));
}

QString mark(bool met)
{
    return met ? QStringLiteral("<span style=\"color:#1e7d32\">✔</span>") : QStringLiteral("<span style=\"color:#b3261e\">✘</span>");
}

} // namespace

CountingStep::CountingStep(AppSession &session, ElectionJob &job, QWidget *parent)
    : ElectionStepWidget(session, job, parent), m_turnout(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_elected(new QLabel(this)), m_close(new QPushButton(this))
{
    m_turnout->setWordWrap(true);
    m_turnout->setTextFormat(Qt::RichText);
    m_elected->setWordWrap(true);
    m_elected->setTextFormat(Qt::RichText);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_turnout);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_elected);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &CountingStep::askCloseVote);
    retranslateUi();
}

QString CountingStep::outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("elected"))
        return tr("elected");
    if (outcome == QLatin1String("tie"))
        return tr("tie at the last seat: run-off");
    if (outcome == QLatin1String("not_elected"))
        return tr("majority, but the seats are filled");
    if (outcome == QLatin1String("no_majority"))
        return tr("no majority on both measures");
    if (outcome == QLatin1String("no_turnout"))
        return tr("turnout under two thirds");
    return outcome;
}

void CountingStep::reload()
{
    m_close->setEnabled(election().isVoting() && report(ElectionStep::Counting).canRun());
    if (election().isPreparing())
        return clearView();
    const Result<TallyResult> tally = ElectionTally::run(store()->database(), election().id);
    if (!tally) {
        clearView();
        m_turnout->setText(tally.message());
        return;
    }
    show(*tally); // its warnings are listed in the page's step box
    m_close->setEnabled(election().isVoting() && report(ElectionStep::Counting).canRun());
}

void CountingStep::show(const TallyResult &t)
{
    m_turnout->setText(
        tr("Participating persons: %1 of %2 %3 · participating area: %4 of %5 m² %6 · invalid ballots: %7")
            .arg(share(t.participating.persons, t.total.persons))
            .arg(t.total.persons)
            .arg(mark(t.turnoutPersons))
            .arg(areaShare(t.participating.areaCenti, t.total.areaCenti), OwnersVote::areaText(t.total.areaCenti),
                 mark(t.turnoutArea))
            .arg(t.invalid.persons)
        + QStringLiteral("<br>")
        + (t.turnoutMet() ? tr("Two thirds of the persons and of the area took part: the vote is valid.")
                          : tr("<b>Turnout is under two thirds</b> on at least one measure: nobody can be elected yet.")));
    m_table->setRowCount(0);
    QStringList elected;
    QStringList tied;
    for (const CandidateResult &c : t.candidates) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Number, cell(QString::number(c.candidate.ballotNumber), true));
        m_table->setItem(row, Name, cell(c.candidate.name));
        m_table->setItem(row, Party, cell(c.candidate.partyMember ? tr("Party member") : QString()));
        m_table->setItem(row, YesPersons, cell(share(c.yes.persons, t.participating.persons), true));
        m_table->setItem(row, YesArea, cell(areaShare(c.yes.areaCenti, t.participating.areaCenti), true));
        m_table->setItem(row, NoPersons, cell(QString::number(c.no.persons), true));
        m_table->setItem(row, AbstainPersons, cell(QString::number(c.abstain.persons), true));
        auto *outcome = cell(outcomeLabel(c.outcome));
        if (c.outcome == QLatin1String("elected"))
            outcome->setForeground(QColor(0x1e, 0x7d, 0x32));
        else if (c.outcome == QLatin1String("tie"))
            outcome->setForeground(QColor(0xb2, 0x6a, 0x00));
        m_table->setItem(row, Outcome, outcome);
        if (c.outcome == QLatin1String("elected"))
            elected << c.candidate.name.toHtmlEscaped();
        else if (c.outcome == QLatin1String("tie"))
            tied << c.candidate.name.toHtmlEscaped();
    }
    QString text = tr("<b>Elected (%1 of %2 seats):</b> %3")
                       .arg(elected.size())
                       .arg(t.seats)
                       .arg(elected.isEmpty() ? tr("nobody yet") : elected.join(QStringLiteral("、")));
    if (!elected.isEmpty())
        text += tr("; party members %1 of %2").arg(t.electedPartyMembers).arg(elected.size());
    if (!tied.isEmpty())
        text += QStringLiteral("<br>") + tr("<b>Tie at the last seat:</b> %1 — a run-off decides %n seat(s).", nullptr, t.runOffSeats)
                                             .arg(tied.join(QStringLiteral("、")));
    m_elected->setText(text);
}

void CountingStep::clearView()
{
    m_table->setRowCount(0);
    m_turnout->setText(tr("Voting has not opened."));
    m_elected->clear();
    m_close->setEnabled(false);
}

void CountingStep::askCloseVote()
{
    if (QMessageBox::question(this, tr("Close the vote"),
                              tr("Close the vote? The ballots are frozen: later changes need a reason and are logged."))
        == QMessageBox::Yes)
        closeVote();
}

bool CountingStep::closeVote()
{
    if (!hasElection() || !check(store()->close(election().id)))
        return false;
    emit dataWritten();
    return true;
}

void CountingStep::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Candidate"), tr("Party"), tr("Yes (persons)"), tr("Yes (area m²)"),
                                        tr("No"), tr("Abstain"), tr("Outcome")});
    m_close->setText(tr("Close the vote…"));
    if (!hasElection())
        clearView(); // a loaded step is reloaded by the page
}

} // namespace cd
