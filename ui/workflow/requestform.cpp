#include "workflow/requestform.h"

#include "common/clock.h"
#include "db/database.h"
#include "roster/mobile.h"
#include "roster/peoplesearch.h"
#include "roster/rosterrepository.h"
#include "workflow/categorystore.h"
#include "workflow/workflowengine.h"
#include "workflow/workflowrules.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cd {

namespace {

constexpr qint64 homePlace = -1; // place combo: the chosen person's dwelling

/// An editable combo that completes any part of an item and accepts only its items.
void makeTypeAhead(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

/// The item whose text is typed, -1 when none.
int typedIndex(const QComboBox *combo)
{
    return combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
}

} // namespace

RequestForm::RequestForm(Database &database, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_database(database), m_clock(clock), m_title(new QLineEdit(this)),
      m_category(new QComboBox(this)), m_severity(new QComboBox(this)), m_channel(new QComboBox(this)),
      m_person(new QLineEdit(this)), m_personCompleter(new QCompleter(this)), m_personModel(new QStandardItemModel(this)),
      m_personChosen(new QLabel(this)), m_place(new QComboBox(this)), m_placeNote(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_problem(new QLabel(this)), m_save(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setWindowTitle(tr("New request"));
    const Result<QList<RequestCategory>> categories = CategoryStore(database).list();
    for (const RequestCategory &c : categories ? *categories : QList<RequestCategory>())
        m_category->addItem(c.name, c.id);
    makeTypeAhead(m_category);
    m_category->setCurrentIndex(-1);
    m_category->setPlaceholderText(tr("Type to search"));
    for (Severity s : WorkflowRules::allSeverities())
        m_severity->addItem(WorkflowRules::label(s), WorkflowRules::code(s));
    makeTypeAhead(m_severity);
    for (Channel c : WorkflowRules::allChannels())
        m_channel->addItem(WorkflowRules::label(c), WorkflowRules::code(c));
    makeTypeAhead(m_channel);
    m_channel->setCurrentIndex(m_channel->findData(WorkflowRules::code(Channel::Phone)));

    m_personCompleter->setModel(m_personModel);
    m_personCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // SQL already filtered
    m_personCompleter->setWidget(m_person);
    m_person->setPlaceholderText(tr("Name, pinyin, phone or room (optional)"));
    m_person->setClearButtonEnabled(true);
    m_placeNote->setPlaceholderText(tr("e.g. north side of building 3, bicycle shed"));
    m_description->setTabChangesFocus(true);
    m_description->installEventFilter(this);
    m_description->setMinimumHeight(90);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Raised by:"), m_person);
    form->addRow(QString(), m_personChosen);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("Place &note:"), m_placeNote);
    form->addRow(tr("&Description:"), m_description);

    m_save->setText(tr("Save (Ctrl+Enter)"));
    m_save->setDefault(true);
    m_cancel->setText(tr("Cancel"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    // Tab order is the order a caller tells it.
    QWidget::setTabOrder(m_title, m_category);
    QWidget::setTabOrder(m_category, m_severity);
    QWidget::setTabOrder(m_severity, m_channel);
    QWidget::setTabOrder(m_channel, m_person);
    QWidget::setTabOrder(m_person, m_place);
    QWidget::setTabOrder(m_place, m_placeNote);
    QWidget::setTabOrder(m_placeNote, m_description);
    QWidget::setTabOrder(m_description, m_save);
    QWidget::setTabOrder(m_save, m_cancel);

    for (auto sequence : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(sequence, this);
        connect(shortcut, &QShortcut::activated, this, &RequestForm::accept);
    }
    connect(m_save, &QPushButton::clicked, this, &RequestForm::accept);
    connect(m_cancel, &QPushButton::clicked, this, &RequestForm::reject);
    connect(m_person, &QLineEdit::textEdited, this, &RequestForm::searchPeople);
    connect(m_personCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choosePerson(index.row()); });
    connect(m_title, &QLineEdit::textChanged, this, &RequestForm::validate);
    connect(m_category, &QComboBox::currentTextChanged, this, &RequestForm::validate);
    connect(m_severity, &QComboBox::currentTextChanged, this, &RequestForm::validate);
    connect(m_channel, &QComboBox::currentTextChanged, this, &RequestForm::validate);
    updatePlaces();
    validate();
    resize(560, sizeHint().height());
    m_title->setFocus();
}

void RequestForm::searchPeople(const QString &text)
{
    m_found.clear();
    m_personModel->clear();
    if (m_chosen.personId) {
        m_chosen = Found();
        updatePlaces();
    }
    if (text.trimmed().size() < 1) {
        m_personChosen->clear();
        return;
    }
    PeopleQuery query;
    query.text = text;
    const Result<std::vector<PersonRow>> rows = PeopleSearch(m_database).page(query, 0, 12);
    for (const PersonRow &row : rows ? *rows : std::vector<PersonRow>()) {
        Found found;
        found.personId = row.id;
        found.dwellingId = row.dwellingId;
        found.text = QStringLiteral("%1  %2  %3").arg(row.name, row.address, mobile::mask(row.phone)).trimmed();
        m_found << found;
        m_personModel->appendRow(new QStandardItem(found.text));
    }
    m_personChosen->setText(m_found.isEmpty() ? tr("No one found; the request can be saved without a person.")
                                              : tr("%n found: choose with the arrow keys and Enter.", nullptr,
                                                   int(m_found.size())));
    if (!m_found.isEmpty())
        m_personCompleter->complete();
}

void RequestForm::choosePerson(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    m_chosen = m_found.at(row);
    m_person->setText(m_chosen.text);
    m_personChosen->setText(tr("Chosen: %1").arg(m_chosen.text));
    updatePlaces();
}

void RequestForm::updatePlaces()
{
    const QVariant previous = m_place->currentData();
    m_place->clear();
    if (m_chosen.dwellingId)
        m_place->addItem(tr("At the person's home"), homePlace);
    RosterRepository roster(m_database);
    const Result<std::vector<Estate>> estates = roster.estates();
    for (const Estate &estate : estates ? *estates : std::vector<Estate>())
        m_place->addItem(tr("Public area of %1").arg(estate.name), estate.id);
    m_place->addItem(tr("Public area"), qint64(0));
    const int again = m_place->findData(previous);
    m_place->setCurrentIndex(m_chosen.dwellingId ? 0 : qMax(0, again));
}

NewRequest RequestForm::request() const
{
    NewRequest r;
    r.title = m_title->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    const int category = typedIndex(m_category);
    r.categoryId = category >= 0 ? m_category->itemData(category).toLongLong() : 0;
    if (const int s = typedIndex(m_severity); s >= 0)
        r.severity = WorkflowRules::severityFromCode(m_severity->itemData(s).toString()).value_or(Severity::Ordinary);
    if (const int c = typedIndex(m_channel); c >= 0)
        r.channel = WorkflowRules::channelFromCode(m_channel->itemData(c).toString()).value_or(Channel::Phone);
    r.personId = m_chosen.personId;
    const qint64 place = m_place->currentData().toLongLong();
    if (place == homePlace)
        r.dwellingId = m_chosen.dwellingId;
    else
        r.estateId = place;
    r.placeNote = m_placeNote->text().trimmed();
    r.listedAt = m_clock.now();
    r.actor = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    return r;
}

QString RequestForm::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Title: say in a few words what the problem is.");
    if (typedIndex(m_category) < 0)
        return tr("Category: choose one of the list.");
    if (typedIndex(m_severity) < 0)
        return tr("Severity: choose ordinary, complex or major.");
    if (typedIndex(m_channel) < 0)
        return tr("Channel: choose how the request came in.");
    return {};
}

void RequestForm::validate()
{
    const QString text = problem();
    // An empty new form says nothing yet; a problem appears once typing began.
    const bool untouched = m_title->text().isEmpty() && m_category->currentText().isEmpty();
    m_problem->setText(untouched ? QString() : text);
    m_save->setEnabled(text.isEmpty());
}

void RequestForm::accept()
{
    const QString text = problem();
    if (!text.isEmpty()) {
        m_problem->setText(text);
        return;
    }
    const Result<qint64> id = WorkflowEngine(m_database, m_clock).add(request());
    if (!id) {
        m_problem->setText(id.message());
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

bool RequestForm::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter in the description saves instead of adding a line.
    if (watched == m_description && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cd
