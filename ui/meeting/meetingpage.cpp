#include "meeting/meetingpage.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/settingstore.h"
#include "meeting/compliancestrip.h"
#include "meeting/meetingdialog.h"
#include "meeting/meetinglistmodel.h"
#include "meeting/meetingstore.h"
#include "meeting/minutesdocument.h"
#include "pages/navicons.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "session/appsession.h"
#include "widgets/reportoutput.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

MeetingPage::MeetingPage(AppSession &session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_strip(new ComplianceStrip(this)),
      m_new(new QPushButton(this)), m_edit(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_preview(new QPushButton(this)), m_pdf(new QPushButton(this)), m_odt(new QPushButton(this)),
      m_signIn(new QPushButton(this)), m_model(new MeetingListModel(this)), m_view(new QTableView(this)),
      m_openHeading(new QLabel(this)), m_open(new QTableWidget(0, 4, this)), m_markDone(new QPushButton(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MeetingListModel::Title, QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_open->verticalHeader()->hide();
    m_open->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_open->setSelectionMode(QAbstractItemView::SingleSelection);
    m_open->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_open->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_delete, m_preview, m_pdf, m_odt, m_signIn})
        buttons->addWidget(b);
    buttons->addStretch();

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openHeading);
    openRow->addStretch();
    openRow->addWidget(m_markDone);
    lowerLayout->addLayout(openRow);
    lowerLayout->addWidget(m_open);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_strip);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &MeetingPage::newMeeting);
    connect(m_edit, &QPushButton::clicked, this, &MeetingPage::editMeeting);
    connect(m_view, &QTableView::doubleClicked, this, &MeetingPage::editMeeting);
    connect(m_delete, &QPushButton::clicked, this, &MeetingPage::deleteMeeting);
    connect(m_preview, &QPushButton::clicked, this, &MeetingPage::previewMinutes);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportMinutesAs(QStringLiteral("pdf")); });
    connect(m_odt, &QPushButton::clicked, this, [this] { exportMinutesAs(QStringLiteral("odt")); });
    connect(m_signIn, &QPushButton::clicked, this, &MeetingPage::printSignInSheet);
    connect(m_markDone, &QPushButton::clicked, this, &MeetingPage::markResolutionDone);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MeetingPage::updateActions);
    connect(m_open, &QTableWidget::itemSelectionChanged, this, &MeetingPage::updateActions);
    retranslateUi();
    updateActions();
}

QString MeetingPage::title() const
{
    return tr("Meetings");
}

QIcon MeetingPage::icon() const
{
    return navigationIcon(QStringLiteral("meeting"));
}

void MeetingPage::refresh()
{
    const qint64 selected = selectedMeeting();
    Database &db = session().database();
    const QDate today = SystemClock().now().date();
    const Result<QVector<MonthCompliance>> months = MeetingStore::compliance(db, today.year(), today);
    if (months)
        m_strip->setMonths(today.year(), *months);
    else
        m_strip->clear();
    const Result<QVector<MeetingSummary>> meetings = MeetingStore::list(db);
    QVector<MeetingSummary> listed = meetings ? *meetings : QVector<MeetingSummary>();
    // An untitled meeting is listed under the title its minutes will carry.
    const QString community = settingstore::communityName(db);
    for (MeetingSummary &m : listed) {
        if (m.title.isEmpty()) {
            Meeting shown;
            shown.kind = m.kind;
            m.title = MinutesDocument::defaultTitle(shown, community);
        }
    }
    m_model->setMeetings(listed);

    // Open resolutions of every meeting so far, oldest first.
    m_open->setRowCount(0);
    const Result<QVector<MeetingResolution>> open =
        MeetingStore::openResolutions(db, QDateTime(QDate(2100, 1, 1), QTime(0, 0)));
    if (open) {
        for (const MeetingResolution &r : *open) {
            const int row = m_open->rowCount();
            m_open->insertRow(row);
            auto *text = new QTableWidgetItem(r.text);
            text->setData(Qt::UserRole, r.id);
            m_open->setItem(row, 0, text);
            m_open->setItem(row, 1, new QTableWidgetItem(r.responsible));
            m_open->setItem(row, 2, new QTableWidgetItem(r.deadline.toString(QStringLiteral("yyyy-MM-dd"))));
            const int meetingRow = m_model->rowOf(r.meetingId);
            m_open->setItem(row, 3, new QTableWidgetItem(
                meetingRow >= 0 ? m_model->meeting(meetingRow).startsAt.toString(QStringLiteral("yyyy-MM-dd"))
                                : QString()));
        }
    }
    if (!meetings || !months || !open)
        showError(!meetings ? meetings.message() : !months ? months.message() : open.message());
    selectMeeting(selected);
    updateActions();
}

void MeetingPage::databaseClosed()
{
    m_model->clear();
    m_open->setRowCount(0);
    m_strip->clear();
    updateActions();
}

void MeetingPage::retranslateUi()
{
    m_heading->setText(tr("Joint meetings"));
    m_new->setText(tr("New meeting…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_preview->setText(tr("Print minutes…"));
    m_pdf->setText(tr("Export PDF…"));
    m_odt->setText(tr("Export ODT…"));
    m_signIn->setText(tr("Print sign-in sheet…"));
    m_openHeading->setText(tr("Open resolutions"));
    m_markDone->setText(tr("Mark done…"));
    m_open->setHorizontalHeaderLabels({tr("Resolution"), tr("Responsible"), tr("Deadline"), tr("Meeting")});
    m_strip->retranslateUi();
    m_model->retranslate();
}

qint64 MeetingPage::selectedMeeting() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->meeting(rows.first().row()).id;
}

void MeetingPage::selectMeeting(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_view->clearSelection();
}

void MeetingPage::updateActions()
{
    const bool open = session().isOpen();
    const bool selected = selectedMeeting() != 0;
    m_new->setEnabled(open);
    for (QPushButton *b : {m_edit, m_delete, m_preview, m_pdf, m_odt, m_signIn})
        b->setEnabled(open && selected);
    m_markDone->setEnabled(open && !m_open->selectedItems().isEmpty());
}

void MeetingPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Meetings"), message);
}

void MeetingPage::newMeeting()
{
    Meeting meeting;
    meeting.startsAt = SystemClock().now();
    MeetingDialog dialog(session().database(), meeting, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    session().notifyDataChanged();
    refresh();
    selectMeeting(dialog.savedId());
}

void MeetingPage::editMeeting()
{
    const qint64 id = selectedMeeting();
    if (!id)
        return;
    const Result<Meeting> meeting = MeetingStore::load(session().database(), id);
    if (!meeting)
        return showError(meeting.message());
    MeetingDialog dialog(session().database(), *meeting, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    session().notifyDataChanged();
    refresh();
}

void MeetingPage::deleteMeeting()
{
    const qint64 id = selectedMeeting();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Delete meeting"),
                              tr("Delete the selected meeting with its attendance, agenda and resolutions?"))
        != QMessageBox::Yes)
        return;
    if (const Status removed = MeetingStore::remove(session().database(), id); !removed)
        return showError(removed.message());
    session().notifyDataChanged();
    refresh();
}

void MeetingPage::preview(ReportDocument &report)
{
    QString error;
    if (!reportoutput::preview(this, report, &error))
        showError(error);
}

void MeetingPage::previewMinutes()
{
    const qint64 id = selectedMeeting();
    if (!id)
        return;
    Result<std::unique_ptr<ReportDocument>> report = MinutesDocument::minutesFor(session().database(), id);
    if (!report)
        return showError(report.message());
    preview(**report);
}

void MeetingPage::printSignInSheet()
{
    const qint64 id = selectedMeeting();
    if (!id)
        return;
    Database &db = session().database();
    const Result<Meeting> meeting = MeetingStore::load(db, id);
    if (!meeting)
        return showError(meeting.message());
    std::unique_ptr<ReportDocument> sheet = MinutesDocument::signInSheet(*meeting, settingstore::communityName(db));
    preview(*sheet);
}

Status MeetingPage::exportMinutes(qint64 id, const QString &path)
{
    Result<std::unique_ptr<ReportDocument>> report = MinutesDocument::minutesFor(session().database(), id);
    if (!report)
        return report.status();
    return ReportWriter::write(**report, path);
}

void MeetingPage::exportMinutesAs(const QString &extension)
{
    const qint64 id = selectedMeeting();
    if (!id)
        return;
    const MeetingSummary &m = m_model->meeting(m_model->rowOf(id));
    const QString path = reportoutput::askSavePath(
        this, tr("Export minutes"), tr("minutes-%1").arg(m.startsAt.toString(QStringLiteral("yyyy-MM-dd"))), extension);
    if (path.isEmpty())
        return;
    if (const Status written = exportMinutes(id, path); !written)
        showError(written.message());
}

void MeetingPage::markResolutionDone()
{
    const QList<QTableWidgetItem *> items = m_open->selectedItems();
    if (items.isEmpty())
        return;
    const qint64 id = m_open->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Mark resolution done"),
                                               tr("How was it carried out? (optional)"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return;
    const Status done = MeetingStore::markResolutionDone(session().database(), id, SystemClock().now().date(),
                                                         note.trimmed());
    if (!done)
        return showError(done.message());
    session().notifyDataChanged();
    refresh();
}

} // namespace cd
