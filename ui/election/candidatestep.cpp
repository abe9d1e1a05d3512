#include "election/candidatestep.h"

#include "db/database.h"
#include "election/electioncodes.h"
#include "election/electionstore.h"
#include "roster/peoplesearch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {

enum Column { NameColumn, SourceColumn, PartyColumn, FourHasColumn, VettingColumn, NoteColumn, ColumnCount };

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

CandidateStep::CandidateStep(AppSession &session, ElectionJob &job, QWidget *parent)
    : ElectionStepWidget(session, job, parent), m_summary(new QLabel(this)), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_source(new QComboBox(this)), m_add(new QPushButton(this)),
      m_searchTimer(new QTimer(this)), m_table(new QTableWidget(0, ColumnCount, this)), m_vettingHeading(new QLabel(this)),
      m_fourNotes(new QLineEdit(this)), m_conditions(new QTableWidget(0, 3, this)), m_problems(new QLabel(this)),
      m_saveVetting(new QPushButton(this)), m_approve(new QPushButton(this)), m_reject(new QPushButton(this)),
      m_withdraw(new QPushButton(this)), m_remove(new QPushButton(this)), m_addCondition(new QPushButton(this)),
      m_removeCondition(new QPushButton(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_search->setClearButtonEnabled(true);
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 7);
    m_results->hide(); // shown with the matches of a search
    for (const QString &code : ElectionCodes::codes(ElectionCodes::List::Source))
        m_source->addItem(QString(), code);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);

    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_conditions->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14); // room for the combo boxes
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_conditions->verticalHeader()->hide();
    m_conditions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conditions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conditions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_conditions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_conditions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));

    // Lookup: search text → matching people of the estate → source → Add.
    auto *lookup = new QHBoxLayout;
    lookup->addWidget(m_search, 2);
    lookup->addWidget(m_source, 1);
    lookup->addWidget(m_add);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(lookup);
    upperLayout->addWidget(m_results);
    upperLayout->addWidget(m_table, 1);

    auto *vetting = new QWidget(this);
    auto *vettingLayout = new QVBoxLayout(vetting);
    vettingLayout->setContentsMargins(0, 0, 0, 0);
    auto *fourRow = new QHBoxLayout;
    for (QCheckBox *&box : m_four) {
        box = new QCheckBox(this);
        fourRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CandidateStep::updateProblems);
    }
    fourRow->addWidget(m_fourNotes, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_saveVetting, m_approve, m_reject, m_withdraw, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_addCondition);
    buttons->addWidget(m_removeCondition);
    vettingLayout->addWidget(m_vettingHeading);
    vettingLayout->addLayout(fourRow);
    vettingLayout->addWidget(m_conditions, 1);
    vettingLayout->addWidget(m_problems);
    vettingLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(vetting);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CandidateStep::search);
    connect(m_searchTimer, &QTimer::timeout, this, &CandidateStep::search);
    connect(m_results, &QListWidget::itemSelectionChanged, this, &CandidateStep::updateActions);
    connect(m_results, &QListWidget::itemActivated, this, &CandidateStep::addSelected);
    connect(m_add, &QPushButton::clicked, this, &CandidateStep::addSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CandidateStep::showCandidate);
    connect(m_fourNotes, &QLineEdit::textChanged, this, &CandidateStep::updateActions);
    connect(m_saveVetting, &QPushButton::clicked, this, &CandidateStep::saveVetting);
    connect(m_approve, &QPushButton::clicked, this, &CandidateStep::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, [this] { askNote(true); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { askNote(false); });
    connect(m_remove, &QPushButton::clicked, this, &CandidateStep::removeSelected);
    connect(m_addCondition, &QPushButton::clicked, this, &CandidateStep::askAddCondition);
    connect(m_removeCondition, &QPushButton::clicked, this, &CandidateStep::removeSelectedCondition);
    connect(m_conditions, &QTableWidget::itemSelectionChanged, this, &CandidateStep::updateActions);
    retranslateUi();
    updateActions();
}

void CandidateStep::reload()
{
    const qint64 selected = selectedCandidate();
    const Result<std::vector<Candidate>> candidates = store()->candidates(election().id);
    const Result<std::vector<ElectionCondition>> conditions = store()->conditions(election().id);
    m_candidates = candidates ? *candidates : std::vector<Candidate>();
    m_conditionList = conditions ? *conditions : std::vector<ElectionCondition>();
    if (!candidates || !conditions)
        showError(!candidates ? candidates.message() : conditions.message());

    int approved = 0, approvedParty = 0, party = 0, standing = 0;
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const Candidate &c : m_candidates) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *name = item(c.name);
            name->setData(Qt::UserRole, c.id);
            m_table->setItem(row, NameColumn, name);
            m_table->setItem(row, SourceColumn, item(ElectionCodes::label(ElectionCodes::List::Source, c.source)));
            m_table->setItem(row, PartyColumn, item(c.partyMember ? tr("Party member") : QString()));
            const int ticked = int(c.fourHas.ability) + int(c.fourHas.conduct) + int(c.fourHas.publicSpirit)
                + int(c.fourHas.enthusiasm);
            m_table->setItem(row, FourHasColumn, item(tr("%1 of 4").arg(ticked)));
            m_table->setItem(row, VettingColumn, item(ElectionCodes::label(ElectionCodes::List::Vetting, c.vetting)));
            m_table->setItem(row, NoteColumn, item(c.vettingNote));
            approved += c.isApproved() ? 1 : 0;
            approvedParty += c.isApproved() && c.partyMember ? 1 : 0;
            const bool stands = c.isApproved() || c.isPending();
            standing += stands ? 1 : 0;
            party += stands && c.partyMember ? 1 : 0;
        }
    }
    // The reminder counts the approved slate once there is one, else everyone still standing.
    const int base = approved > 0 ? approved : standing;
    const int partyBase = approved > 0 ? approvedParty : party;
    QString text = tr("%n candidate(s)", nullptr, int(m_candidates.size())) + tr(", %n approved", nullptr, approved)
        + tr("; %n seat(s)", nullptr, election().seats);
    if (base > 0) {
        const int percent = (200 * partyBase + base) / (2 * base); // rounded half up, in integers
        text += tr("; party members %1%").arg(percent);
        if (2 * partyBase < base)
            text += QStringLiteral(" <span style=\"color:#b26a00\">%1</span>").arg(tr("(under 50%: a reminder)"));
    }
    m_summary->setText(text);
    selectCandidate(selected);
    showCandidate();
}

void CandidateStep::clearView()
{
    m_candidates.clear();
    m_conditionList.clear();
    m_table->setRowCount(0);
    m_results->clear();
    m_summary->clear();
    showCandidate();
}

qint64 CandidateStep::selectedCandidate() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : m_table->item(selected.first()->row(), NameColumn)->data(Qt::UserRole).toLongLong();
}

void CandidateStep::selectCandidate(qint64 candidateId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong() == candidateId) {
            m_table->selectRow(row);
            return;
        }
    }
    m_table->clearSelection();
}

void CandidateStep::showCandidate()
{
    const qint64 id = selectedCandidate();
    const auto found = std::find_if(m_candidates.begin(), m_candidates.end(), [id](const Candidate &c) { return c.id == id; });
    const Candidate shown = found != m_candidates.end() ? *found : Candidate();
    for (QCheckBox *box : m_four)
        box->blockSignals(true);
    m_four[0]->setChecked(shown.fourHas.ability);
    m_four[1]->setChecked(shown.fourHas.conduct);
    m_four[2]->setChecked(shown.fourHas.publicSpirit);
    m_four[3]->setChecked(shown.fourHas.enthusiasm);
    for (QCheckBox *box : m_four)
        box->blockSignals(false);
    m_fourNotes->setText(shown.fourHas.notes);
    m_vettingHeading->setText(id ? tr("<b>Vetting of %1</b> (%2)").arg(shown.name.toHtmlEscaped(),
                                                                        ElectionCodes::label(ElectionCodes::List::Vetting, shown.vetting))
                                 : tr("<b>Vetting</b>: select a candidate."));

    m_conditions->setRowCount(0);
    {
        // The election's conditions are always listed; they are answered for the selected candidate.
        for (const ElectionCondition &condition : m_conditionList) {
            const int row = m_conditions->rowCount();
            m_conditions->insertRow(row);
            auto *text = item(condition.isDisqualifier() ? tr("Disqualifier: %1").arg(condition.text) : condition.text);
            text->setData(Qt::UserRole, condition.id);
            m_conditions->setItem(row, 0, text);
            auto *answer = new QComboBox(m_conditions);
            answer->addItem(tr("not answered"), -1);
            answer->addItem(condition.isDisqualifier() ? tr("applies") : tr("met"), 1);
            answer->addItem(condition.isDisqualifier() ? tr("does not apply") : tr("not met"), 0);
            answer->setEnabled(id != 0);
            auto *note = new QTableWidgetItem;
            if (!id)
                note->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            for (const CandidateCheck &check : shown.checks) {
                if (check.conditionId == condition.id) {
                    answer->setCurrentIndex(check.value ? 1 : 2);
                    note->setText(check.note);
                }
            }
            m_conditions->setCellWidget(row, 1, answer);
            m_conditions->setItem(row, 2, note);
            connect(answer, &QComboBox::currentIndexChanged, this, &CandidateStep::updateProblems);
        }
    }
    updateProblems();
}

void CandidateStep::setConditionAnswer(int row, int answer)
{
    if (auto *box = qobject_cast<QComboBox *>(m_conditions->cellWidget(row, 1)))
        box->setCurrentIndex(box->findData(answer));
}

Candidate CandidateStep::editedCandidate() const
{
    Candidate c;
    const qint64 id = selectedCandidate();
    for (const Candidate &listed : m_candidates) {
        if (listed.id == id)
            c = listed;
    }
    c.fourHas.ability = m_four[0]->isChecked();
    c.fourHas.conduct = m_four[1]->isChecked();
    c.fourHas.publicSpirit = m_four[2]->isChecked();
    c.fourHas.enthusiasm = m_four[3]->isChecked();
    c.fourHas.notes = m_fourNotes->text().trimmed();
    c.checks.clear();
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        const auto *box = qobject_cast<QComboBox *>(m_conditions->cellWidget(row, 1));
        const int answer = box ? box->currentData().toInt() : -1;
        if (answer >= 0)
            c.checks.push_back({m_conditions->item(row, 0)->data(Qt::UserRole).toLongLong(), answer == 1,
                                m_conditions->item(row, 2)->text().trimmed()});
    }
    return c;
}

void CandidateStep::updateProblems()
{
    const QStringList problems =
        selectedCandidate() ? ElectionStore::approvalProblems(editedCandidate(), m_conditionList) : QStringList();
    // A few lines at most, so the conditions stay in view; the whole list is the tooltip.
    constexpr int shown = 3;
    QStringList lines = problems.mid(0, shown);
    if (problems.size() > shown)
        lines << tr("… and %n more (see the conditions above).", nullptr, int(problems.size()) - shown);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setToolTip(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    updateActions();
}

void CandidateStep::updateActions()
{
    const bool editable = hasElection() && election().isPreparing();
    const qint64 id = selectedCandidate();
    m_search->setEnabled(editable);
    m_add->setEnabled(editable && !m_results->selectedItems().isEmpty());
    for (QPushButton *b : {m_saveVetting, m_reject, m_withdraw, m_remove})
        b->setEnabled(editable && id != 0);
    m_approve->setEnabled(editable && id != 0 && m_problems->text().isEmpty() && !editedCandidate().isApproved());
    for (QCheckBox *box : m_four)
        box->setEnabled(editable && id != 0);
    m_fourNotes->setEnabled(editable && id != 0);
    m_conditions->setEnabled(editable);
    m_addCondition->setEnabled(editable);
    m_removeCondition->setEnabled(editable && !m_conditions->selectedItems().isEmpty());
}

void CandidateStep::search()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    m_results->setVisible(false);
    if (!hasElection() || text.isEmpty())
        return updateActions();
    PeopleQuery query;
    query.text = text;
    query.estateId = election().estateId;
    query.order = PeopleQuery::Order::Name;
    const Result<std::vector<PersonRow>> people = PeopleSearch(store()->database()).page(query, 0, 30);
    if (!people)
        return showError(people.message());
    for (const PersonRow &p : *people) {
        auto *row = new QListWidgetItem(QStringLiteral("%1    %2").arg(p.name, p.address), m_results);
        row->setData(Qt::UserRole, p.id);
    }
    if (m_results->count() == 1)
        m_results->setCurrentRow(0);
    if (m_results->count() == 0)
        (new QListWidgetItem(tr("Nobody of this estate matches."), m_results))->setFlags(Qt::NoItemFlags);
    m_results->setVisible(true);
    updateActions();
}

void CandidateStep::addSelected()
{
    const QList<QListWidgetItem *> picked = m_results->selectedItems();
    if (!hasElection() || picked.isEmpty())
        return;
    const Result<qint64> added =
        store()->addCandidate(election().id, picked.first()->data(Qt::UserRole).toLongLong(), m_source->currentData().toString());
    if (!check(added.status()))
        return;
    m_search->clear();
    m_results->clear();
    m_results->hide();
    selectCandidate(*added); // kept across the reload
    emit dataWritten();
}

void CandidateStep::saveVetting()
{
    const qint64 id = selectedCandidate();
    if (!hasElection() || !id)
        return;
    const Candidate edited = editedCandidate();
    Candidate stored;
    for (const Candidate &c : m_candidates) {
        if (c.id == id)
            stored = c;
    }
    // Only what changed is written: any change sends an approved candidate back to pending.
    const FourHas &a = edited.fourHas, &b = stored.fourHas;
    if (a.ability != b.ability || a.conduct != b.conduct || a.publicSpirit != b.publicSpirit
        || a.enthusiasm != b.enthusiasm || a.notes != b.notes) {
        if (!check(store()->setFourHas(id, a)))
            return;
    }
    for (const CandidateCheck &answer : edited.checks) {
        const auto was = std::find_if(stored.checks.begin(), stored.checks.end(),
                                      [&answer](const CandidateCheck &c) { return c.conditionId == answer.conditionId; });
        if (was != stored.checks.end() && was->value == answer.value && was->note == answer.note)
            continue;
        if (!check(store()->setCheck(id, answer)))
            return;
    }
    emit dataWritten();
}

void CandidateStep::approveSelected()
{
    const qint64 id = selectedCandidate();
    if (!hasElection() || !id)
        return;
    saveVetting(); // reloads; the selection is kept
    check(store()->approve(id));
    emit dataWritten();
}

void CandidateStep::askNote(bool reject)
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, reject ? tr("Reject candidate") : tr("Withdraw candidate"),
                                               reject ? tr("Why is the candidate rejected?")
                                                      : tr("Why does the candidate withdraw?"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reject)
        rejectSelected(note);
    else
        withdrawSelected(note);
}

void CandidateStep::rejectSelected(const QString &note)
{
    const qint64 id = selectedCandidate();
    if (hasElection() && id && check(store()->reject(id, note.trimmed())))
        emit dataWritten();
}

void CandidateStep::withdrawSelected(const QString &note)
{
    const qint64 id = selectedCandidate();
    if (hasElection() && id && check(store()->withdraw(id, note.trimmed())))
        emit dataWritten();
}

void CandidateStep::removeSelected()
{
    const qint64 id = selectedCandidate();
    if (hasElection() && id && check(store()->removeCandidate(id)))
        emit dataWritten();
}

void CandidateStep::retranslateUi()
{
    m_search->setPlaceholderText(tr("Find a person of the estate: name, pinyin, room (3-2-501) or phone"));
    for (int i = 0; i < m_source->count(); ++i)
        m_source->setItemText(i, ElectionCodes::label(ElectionCodes::List::Source, m_source->itemData(i).toString()));
    m_add->setText(tr("Add candidate"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Source"), tr("Party"), tr("Qualities"), tr("Vetting"), tr("Note")});
    m_four[0]->setText(tr("Ability"));
    m_four[1]->setText(tr("Conduct"));
    m_four[2]->setText(tr("Public spirit"));
    m_four[3]->setText(tr("Enthusiasm"));
    m_fourNotes->setPlaceholderText(tr("Notes on the four qualities"));
    m_conditions->setHorizontalHeaderLabels({tr("Condition"), tr("Answer"), tr("Note")});
    m_saveVetting->setText(tr("Save vetting"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject…"));
    m_withdraw->setText(tr("Withdraw…"));
    m_remove->setText(tr("Remove"));
    m_addCondition->setText(tr("Add condition…"));
    m_removeCondition->setText(tr("Remove condition"));
    // A loaded step is reloaded by the page (ElectionPage::retranslateUi).
}

} // namespace cd
