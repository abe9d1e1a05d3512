#include "meeting/meetingdialog.h"

#include "common/clock.h"
#include "db/database.h"
#include "meeting/meetingstore.h"
#include "workflow/workflowstats.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QSet>

#include <functional>

namespace cd {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int RequestRole = Qt::UserRole + 2;
constexpr int CarriedRole = Qt::UserRole + 3;
constexpr int TextRole = Qt::UserRole + 4;
constexpr int NoteRole = Qt::UserRole + 5;

const QString dateFormat = QStringLiteral("yyyy-MM-dd");

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QVariant cellData(const QTableWidget *table, int row, int column, int role)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(role) : QVariant();
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

/// A table with Add/Remove buttons under it.
QWidget *withButtons(QTableWidget *table, const std::function<void()> &add, QWidget *extra = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(table);
    auto *row = new QHBoxLayout;
    auto *addButton = new QPushButton(QCoreApplication::translate("cd::MeetingDialog", "Add line"), box);
    auto *removeButton = new QPushButton(QCoreApplication::translate("cd::MeetingDialog", "Remove line"), box);
    QObject::connect(addButton, &QPushButton::clicked, box, add);
    QObject::connect(removeButton, &QPushButton::clicked, box, [table] {
        const QList<QTableWidgetSelectionRange> ranges = table->selectedRanges();
        for (int i = int(ranges.size()) - 1; i >= 0; --i) {
            for (int r = ranges.at(i).bottomRow(); r >= ranges.at(i).topRow(); --r)
                table->removeRow(r);
        }
    });
    row->addWidget(addButton);
    row->addWidget(removeButton);
    if (extra)
        row->addWidget(extra);
    row->addStretch();
    layout->addLayout(row);
    return box;
}

} // namespace

MeetingDialog::MeetingDialog(Database &database, const Meeting &meeting, QWidget *parent)
    : QDialog(parent), m_database(database), m_id(meeting.id), m_masthead(meeting.masthead),
      m_kind(new QComboBox(this)), m_startsAt(new QDateTimeEdit(this)), m_title(new QLineEdit(this)),
      m_place(new QLineEdit(this)), m_host(new QLineEdit(this)), m_recorder(new QLineEdit(this)),
      m_attendees(makeTable({tr("Party"), tr("Organisation"), tr("Name"), tr("Post"), tr("Status")}, this)),
      m_agenda(makeTable({tr("Agenda item"), tr("Request")}, this)),
      m_candidates(new QPushButton(tr("Add requests for the meeting…"), this)),
      m_discussion(new QPlainTextEdit(this)),
      m_resolutions(makeTable({tr("Resolution"), tr("Responsible"), tr("Deadline (YYYY-MM-DD)"),
                               tr("Done on (YYYY-MM-DD)")}, this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(meeting.id ? tr("Edit meeting") : tr("New meeting"));
    resize(860, 640);
    for (MeetingKind kind : {MeetingKind::Joint, MeetingKind::ResidentsForum, MeetingKind::AssemblyPrep,
                             MeetingKind::Other})
        m_kind->addItem(MeetingCodes::label(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(meeting.kind)));
    m_startsAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startsAt->setCalendarPopup(true);
    m_startsAt->setDateTime(meeting.startsAt.isValid() ? meeting.startsAt
                                                       : Clock::naive(QDateTime::currentDateTime()));
    m_title->setText(meeting.title);
    m_title->setPlaceholderText(tr("Empty: the default title of the minutes"));
    m_place->setText(meeting.place);
    m_host->setText(meeting.host);
    m_recorder->setText(meeting.recorder);
    m_discussion->setPlainText(meeting.discussion);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Date and time:"), m_startsAt);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Recorder:"), m_recorder);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(withButtons(m_attendees, [this] { addAttendee(MeetingAttendee()); }), tr("Attendance"));
    tabs->addTab(withButtons(m_agenda, [this] { addAgendaItem(MeetingAgendaItem()); }, m_candidates), tr("Agenda"));
    tabs->addTab(m_discussion, tr("Discussion"));
    tabs->addTab(withButtons(m_resolutions, [this] {
        MeetingResolution r;
        addResolution(r);
    }), tr("Resolutions"));

    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    const QVector<MeetingResolution> carried = MeetingStore::carriedResolutions(database, meeting);
    for (const MeetingAttendee &a : meeting.attendees)
        addAttendee(a);
    for (const MeetingAgendaItem &item : meeting.agenda) {
        addAgendaItem(item);
        if (item.carriedResolutionId) // shown as the core words it, kept as stored
            m_agenda->item(m_agenda->rowCount() - 1, 0)->setText(MeetingStore::agendaText(item, carried));
    }
    for (const MeetingResolution &r : meeting.resolutions)
        addResolution(r);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    connect(m_candidates, &QPushButton::clicked, this, &MeetingDialog::offerCandidates);
    connect(m_startsAt, &QDateTimeEdit::dateTimeChanged, this, &MeetingDialog::revalidate);
    for (QTableWidget *table : {m_attendees, m_agenda, m_resolutions}) {
        connect(table, &QTableWidget::itemChanged, this, &MeetingDialog::revalidate);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &MeetingDialog::revalidate);
    }
    revalidate();
}

void MeetingDialog::addAttendee(const MeetingAttendee &attendee)
{
    const int row = m_attendees->rowCount();
    m_attendees->insertRow(row);
    auto *party = new QComboBox(m_attendees);
    for (MeetingParty p : {MeetingParty::PartyCommittee, MeetingParty::ResidentsCommittee,
                           MeetingParty::OwnersCommittee, MeetingParty::Property, MeetingParty::Other})
        party->addItem(MeetingCodes::label(p), int(p));
    party->setCurrentIndex(party->findData(int(attendee.party)));
    m_attendees->setCellWidget(row, 0, party);
    m_attendees->setItem(row, 1, new QTableWidgetItem(attendee.organisation));
    auto *name = new QTableWidgetItem(attendee.name);
    name->setData(IdRole, attendee.id);
    m_attendees->setItem(row, 2, name);
    m_attendees->setItem(row, 3, new QTableWidgetItem(attendee.post));
    auto *status = new QComboBox(m_attendees);
    for (AttendanceStatus s : {AttendanceStatus::Present, AttendanceStatus::Leave, AttendanceStatus::Observer})
        status->addItem(MeetingCodes::label(s), int(s));
    status->setCurrentIndex(status->findData(int(attendee.status)));
    m_attendees->setCellWidget(row, 4, status);
    revalidate();
}

void MeetingDialog::addAgendaItem(const MeetingAgendaItem &item)
{
    const int row = m_agenda->rowCount();
    m_agenda->insertRow(row);
    auto *text = new QTableWidgetItem(item.text);
    text->setData(IdRole, item.id);
    text->setData(RequestRole, item.requestId);
    text->setData(CarriedRole, item.carriedResolutionId);
    text->setData(TextRole, item.text);
    if (item.carriedResolutionId)
        text->setFlags(text->flags() & ~Qt::ItemIsEditable);
    m_agenda->setItem(row, 0, text);
    auto *request = new QTableWidgetItem(item.requestId ? QStringLiteral("#%1").arg(item.requestId) : QString());
    request->setFlags(request->flags() & ~Qt::ItemIsEditable);
    m_agenda->setItem(row, 1, request);
}

void MeetingDialog::addResolution(const MeetingResolution &resolution)
{
    const int row = m_resolutions->rowCount();
    m_resolutions->insertRow(row);
    auto *text = new QTableWidgetItem(resolution.text);
    text->setData(IdRole, resolution.id);
    m_resolutions->setItem(row, 0, text);
    m_resolutions->setItem(row, 1, new QTableWidgetItem(resolution.responsible));
    m_resolutions->setItem(row, 2, new QTableWidgetItem(resolution.deadline.toString(dateFormat)));
    auto *done = new QTableWidgetItem(resolution.doneAt.toString(dateFormat));
    done->setData(NoteRole, resolution.doneNote);
    m_resolutions->setItem(row, 3, done);
    revalidate();
}

Meeting MeetingDialog::meeting() const
{
    Meeting m;
    m.id = m_id;
    m.masthead = m_masthead;
    m.kind = MeetingKind(m_kind->currentData().toInt());
    m.startsAt = m_startsAt->dateTime();
    m.title = m_title->text().trimmed();
    m.place = m_place->text().trimmed();
    m.host = m_host->text().trimmed();
    m.recorder = m_recorder->text().trimmed();
    m.discussion = m_discussion->toPlainText().trimmed();
    for (int r = 0; r < m_attendees->rowCount(); ++r) {
        MeetingAttendee a;
        a.id = cellData(m_attendees, r, 2, IdRole).toLongLong();
        if (auto *party = qobject_cast<QComboBox *>(m_attendees->cellWidget(r, 0)))
            a.party = MeetingParty(party->currentData().toInt());
        a.organisation = cellText(m_attendees, r, 1);
        a.name = cellText(m_attendees, r, 2);
        a.post = cellText(m_attendees, r, 3);
        if (auto *status = qobject_cast<QComboBox *>(m_attendees->cellWidget(r, 4)))
            a.status = AttendanceStatus(status->currentData().toInt());
        m.attendees << a;
    }
    for (int r = 0; r < m_agenda->rowCount(); ++r) {
        MeetingAgendaItem item;
        item.id = cellData(m_agenda, r, 0, IdRole).toLongLong();
        item.requestId = cellData(m_agenda, r, 0, RequestRole).toLongLong();
        item.carriedResolutionId = cellData(m_agenda, r, 0, CarriedRole).toLongLong();
        item.text = item.carriedResolutionId ? cellData(m_agenda, r, 0, TextRole).toString()
                                             : cellText(m_agenda, r, 0);
        if (item.text.isEmpty() && !item.requestId && !item.carriedResolutionId)
            continue; // an empty free line says nothing
        m.agenda << item;
    }
    for (int r = 0; r < m_resolutions->rowCount(); ++r) {
        MeetingResolution res;
        res.id = cellData(m_resolutions, r, 0, IdRole).toLongLong();
        res.meetingId = m_id;
        res.text = cellText(m_resolutions, r, 0);
        res.responsible = cellText(m_resolutions, r, 1);
        res.deadline = QDate::fromString(cellText(m_resolutions, r, 2), dateFormat);
        res.doneAt = QDate::fromString(cellText(m_resolutions, r, 3), dateFormat);
        res.doneNote = cellData(m_resolutions, r, 3, NoteRole).toString();
        m.resolutions << res;
    }
    return m;
}

QString MeetingDialog::problem() const
{
    for (int r = 0; r < m_resolutions->rowCount(); ++r) {
        for (int column : {2, 3}) {
            const QString text = cellText(m_resolutions, r, column);
            if (!text.isEmpty() && !QDate::fromString(text, dateFormat).isValid())
                return column == 2 ? tr("Resolution %1: the deadline \"%2\" is not a date (YYYY-MM-DD).").arg(r + 1).arg(text)
                                   : tr("Resolution %1: the done date \"%2\" is not a date (YYYY-MM-DD).").arg(r + 1).arg(text);
        }
    }
    const Status valid = MeetingStore::validate(meeting());
    return valid.ok() ? QString() : valid.message();
}

void MeetingDialog::revalidate()
{
    if (!m_buttons)
        return;
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void MeetingDialog::accept()
{
    revalidate();
    if (!problem().isEmpty())
        return;
    const Meeting m = meeting();
    if (m_id) {
        const Status saved = MeetingStore::update(m_database, m);
        if (!saved) {
            m_problem->setText(saved.message());
            m_problem->show();
            return;
        }
        m_savedId = m_id;
    } else {
        const Result<qint64> added = MeetingStore::add(m_database, m);
        if (!added) {
            m_problem->setText(added.message());
            m_problem->show();
            return;
        }
        m_savedId = *added;
    }
    QDialog::accept();
}

void MeetingDialog::offerCandidates()
{
    SystemClock clock;
    const Result<QList<MeetingItem>> candidates = WorkflowStats(m_database, clock).meetingCandidates();
    QMenu menu(this);
    if (!candidates) {
        menu.addAction(candidates.message())->setEnabled(false);
    } else if (candidates->isEmpty()) {
        menu.addAction(tr("No open request needs the joint meeting."))->setEnabled(false);
    } else {
        QSet<qint64> listed;
        for (int r = 0; r < m_agenda->rowCount(); ++r)
            listed.insert(cellData(m_agenda, r, 0, RequestRole).toLongLong());
        for (const MeetingItem &c : *candidates) {
            QAction *action = menu.addAction(QStringLiteral("#%1 %2 (%3)").arg(c.request.id).arg(
                c.request.title, c.reasons.join(QStringLiteral(", "))));
            action->setEnabled(!listed.contains(c.request.id));
            const qint64 id = c.request.id;
            const QString title = c.request.title;
            connect(action, &QAction::triggered, this, [this, id, title] {
                MeetingAgendaItem item;
                item.requestId = id;
                item.text = title;
                addAgendaItem(item);
            });
        }
    }
    menu.exec(m_candidates->mapToGlobal(QPoint(0, m_candidates->height())));
}

} // namespace cd
