#include "workflow/requestdetailpane.h"

#include "common/clock.h"
#include "workflow/requestlistmodel.h"
#include "workflow/requestphotos.h"
#include "workflow/steppanel.h"
#include "workflow/workflowengine.h"
#include "workflow/workflowrules.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

const char *const rowKeys[] = {"category", "severity", "channel", "place", "person", "handler",
                               "listed", "due", "result", "rating"};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString stepText(RequestState from, RequestState to)
{
    switch (to) {
    case RequestState::Listed: return RequestDetailPane::tr("List again");
    case RequestState::Accepted: return RequestDetailPane::tr("Accept");
    case RequestState::Returned: return RequestDetailPane::tr("Return…");
    case RequestState::Dispatched:
        return from == RequestState::Accepted ? RequestDetailPane::tr("Dispatch…") : RequestDetailPane::tr("Re-dispatch…");
    case RequestState::Taken: return RequestDetailPane::tr("Arrived on site…");
    case RequestState::Resolved: return RequestDetailPane::tr("Resolve…");
    case RequestState::Rated: return RequestDetailPane::tr("Rate…");
    case RequestState::Closed: return RequestDetailPane::tr("Close");
    }
    return {};
}

bool needsFields(RequestState to)
{
    return to == RequestState::Returned || to == RequestState::Dispatched || to == RequestState::Taken
        || to == RequestState::Resolved || to == RequestState::Rated;
}

} // namespace

RequestDetailPane::RequestDetailPane(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_light(new QLabel(this)), m_form(new QFormLayout),
      m_description(new QLabel(this)), m_photos(new QListWidget(this)), m_timeline(new QTableWidget(0, 4, this)),
      m_buttonRow(new QHBoxLayout), m_plan(new QPushButton(this)), m_addPhoto(new QPushButton(this)),
      m_printSlip(new QPushButton(this)), m_exportSlip(new QPushButton(this)), m_panel(new StepPanel(this)),
      m_message(new QLabel(this)), m_photosLabel(new QLabel(this)), m_timelineLabel(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_light->setTextFormat(Qt::RichText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const char *key : rowKeys) {
        auto *value = new QLabel(this);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.insert(QLatin1String(key), value);
        m_form->addRow(new QLabel(this), value);
    }

    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(96, 96));
    m_photos->setFlow(QListView::LeftToRight);
    m_photos->setWrapping(false);
    m_photos->setFixedHeight(120);
    m_photos->setMovement(QListView::Static);

    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(true);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_timeline->setMinimumHeight(150);

    auto *actions = new QHBoxLayout;
    actions->addLayout(m_buttonRow);
    actions->addWidget(m_plan);
    actions->addStretch();
    auto *printRow = new QHBoxLayout;
    printRow->addWidget(m_addPhoto);
    printRow->addStretch();
    printRow->addWidget(m_printSlip);
    printRow->addWidget(m_exportSlip);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_light);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_panel);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addWidget(m_description);
    layout->addWidget(m_photosLabel);
    layout->addWidget(m_photos);
    layout->addWidget(m_timelineLabel);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(printRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_panel, &StepPanel::confirmed, this, &RequestDetailPane::confirmStep);
    connect(m_panel, &StepPanel::cancelled, this, [this] { m_panel->stop(); });
    connect(m_plan, &QPushButton::clicked, this, [this] {
        if (m_clock && m_request.id)
            m_panel->startPlan(m_request, m_clock->now());
    });
    connect(m_addPhoto, &QPushButton::clicked, this, &RequestDetailPane::addPhoto);
    connect(m_printSlip, &QPushButton::clicked, this, [this] { emit printSlipRequested(m_request.id); });
    connect(m_exportSlip, &QPushButton::clicked, this, [this] { emit exportSlipRequested(m_request.id); });
    retranslateUi();
    showRequest(0);
}

void RequestDetailPane::setSource(Database *database, const Clock *clock)
{
    m_database = database;
    m_clock = clock;
    if (!database)
        showRequest(0);
}

void RequestDetailPane::showRequest(qint64 id)
{
    m_panel->stop();
    m_message->hide();
    m_request = Request();
    m_timeline->setRowCount(0);
    m_photos->clear();
    if (id && m_database && m_clock) {
        WorkflowEngine engine(*m_database, *m_clock);
        const Result<Request> loaded = engine.request(id);
        if (!loaded) {
            showMessage(loaded.message(), true);
        } else {
            m_request = *loaded;
            const Result<QList<RequestEvent>> events = engine.timeline(id);
            for (const RequestEvent &e : events ? *events : QList<RequestEvent>()) {
                const int row = m_timeline->rowCount();
                m_timeline->insertRow(row);
                QString step = e.action == QLatin1String("reopened") ? tr("Reopened (unsatisfied)")
                             : e.action == QLatin1String("plan")     ? tr("Plan")
                                                                     : WorkflowRules::label(e.toState);
                if (!e.handlerName.isEmpty())
                    step += QStringLiteral(" → ") + e.handlerName;
                if (e.rating)
                    step += QStringLiteral(" · ") + WorkflowRules::label(*e.rating);
                m_timeline->setItem(row, 0, new QTableWidgetItem(timeText(e.at)));
                m_timeline->setItem(row, 1, new QTableWidgetItem(step));
                m_timeline->setItem(row, 2, new QTableWidgetItem(e.actor));
                m_timeline->setItem(row, 3, new QTableWidgetItem(e.note));
            }
            m_timeline->resizeRowsToContents();
            const Result<QList<RequestPhoto>> photos = RequestPhotos(*m_database, *m_clock).list(id);
            for (const RequestPhoto &p : photos ? *photos : QList<RequestPhoto>()) {
                QPixmap thumbnail;
                thumbnail.loadFromData(p.thumbnail);
                auto *item = new QListWidgetItem(QIcon(thumbnail), QString(), m_photos);
                item->setToolTip(QStringLiteral("%1 (%2×%3)").arg(p.fileName).arg(p.width).arg(p.height));
                item->setData(Qt::UserRole, p.id);
            }
        }
    }
    const bool shown = m_request.id != 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_photosLabel, m_photos, m_timelineLabel, m_timeline,
                                                       m_addPhoto, m_printSlip, m_exportSlip, m_description, m_light})
        w->setVisible(shown);
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, shown);
    m_photos->setVisible(shown && m_photos->count() > 0);
    m_photosLabel->setVisible(m_photos->isVisibleTo(this));
    retranslateUi();
    // Rows without a value yet (result, rating) stay hidden.
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        m_form->setRowVisible(row, shown && value && !value->text().isEmpty());
    }
    rebuildButtons();
}

void RequestDetailPane::rebuildButtons()
{
    for (QPushButton *button : std::as_const(m_stepButtons))
        delete button;
    m_stepButtons.clear();
    const bool shown = m_request.id != 0;
    m_plan->setVisible(shown && m_request.severity == Severity::Major
                       && (m_request.state == RequestState::Dispatched || m_request.state == RequestState::Taken));
    if (!shown)
        return;
    for (RequestState next : WorkflowRules::allowedNext(m_request.state)) {
        auto *button = new QPushButton(stepText(m_request.state, next), this);
        button->setObjectName(QStringLiteral("step-") + WorkflowRules::code(next));
        m_buttonRow->addWidget(button);
        m_stepButtons.insert(next, button);
        connect(button, &QPushButton::clicked, this, [this, next] { beginStep(next); });
    }
}

void RequestDetailPane::beginStep(RequestState state)
{
    if (!m_request.id || !m_database || !m_clock)
        return;
    m_message->hide();
    if (needsFields(state)) {
        m_panel->start(m_request, state, m_handlers, m_clock->now());
        return;
    }
    MoveRequest move;
    move.to = state;
    move.actor = m_panel->actorEdit()->text().trimmed();
    run(WorkflowEngine(*m_database, *m_clock).move(m_request.id, move));
}

void RequestDetailPane::confirmStep()
{
    if (!m_request.id || !m_database || !m_clock)
        return;
    if (m_panel->kind() == StepPanel::Kind::Plan) {
        run(WorkflowEngine(*m_database, *m_clock)
                .recordPlan(m_request.id, m_panel->planText(), m_panel->time(), m_panel->actorEdit()->text().trimmed()));
        return;
    }
    run(WorkflowEngine(*m_database, *m_clock).move(m_request.id, m_panel->move()));
}

void RequestDetailPane::run(const Status &status)
{
    if (!status) {
        // The panel stays open with what was typed, so the missing field can be added.
        showMessage(status.message(), true);
        return;
    }
    const qint64 id = m_request.id;
    showRequest(id);
    emit moved(id);
}

void RequestDetailPane::addPhoto()
{
    if (!m_request.id || !m_database || !m_clock)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Add photo"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showMessage(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), true);
    const Result<qint64> added = RequestPhotos(*m_database, *m_clock).add(m_request.id, file.readAll(),
                                                                        QFileInfo(path).fileName());
    run(added ? Status::success() : added.status());
}

void RequestDetailPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void RequestDetailPane::retranslateUi()
{
    const QStringList labels = {tr("Category:"), tr("Severity:"), tr("Channel:"), tr("Place:"), tr("Raised by:"),
                                tr("Handler:"), tr("Listed:"), tr("Due:"), tr("Result:"), tr("Rating:")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    }
    m_photosLabel->setText(tr("Photos"));
    m_timelineLabel->setText(tr("Timeline"));
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("Step"), tr("By"), tr("Note")});
    m_plan->setText(tr("Record plan…"));
    m_addPhoto->setText(tr("Add photo…"));
    m_printSlip->setText(tr("Print slip…"));
    m_exportSlip->setText(tr("Export slip PDF…"));
    m_panel->retranslateUi();
    for (auto it = m_stepButtons.begin(); it != m_stepButtons.end(); ++it)
        it.value()->setText(stepText(m_request.state, it.key()));

    const Request &r = m_request;
    if (!r.id) {
        m_heading->setText(tr("Select a request to see its details and take the next step."));
        return;
    }
    m_heading->setText(tr("No. %1 · %2").arg(r.id).arg(r.title));
    const QString light = r.colour == DeadlineColour::Red    ? tr("overdue")
                        : r.colour == DeadlineColour::Yellow ? tr("due soon")
                        : r.colour == DeadlineColour::Green  ? tr("on time")
                                                             : QString();
    m_light->setText(QStringLiteral("<span style='color:%1'>●</span> %2 %3")
                         .arg(RequestListModel::lightColour(r.colour).name(), WorkflowRules::label(r.state), light));
    m_values[QStringLiteral("category")]->setText(r.categoryName);
    m_values[QStringLiteral("severity")]->setText(WorkflowRules::label(r.severity));
    m_values[QStringLiteral("channel")]->setText(WorkflowRules::label(r.channel));
    m_values[QStringLiteral("place")]->setText(r.placeText);
    m_values[QStringLiteral("person")]->setText(r.personName.isEmpty() ? tr("(not recorded)") : r.personName);
    m_values[QStringLiteral("handler")]->setText(r.handlerName.isEmpty() ? tr("(not dispatched)") : r.handlerName);
    m_values[QStringLiteral("listed")]->setText(timeText(r.listedAt));
    QString due = timeText(r.roundDueAt);
    if (r.reopenCount > 0)
        due += QLatin1Char(' ') + tr("(reopened %n time(s))", nullptr, r.reopenCount);
    m_values[QStringLiteral("due")]->setText(due);
    m_values[QStringLiteral("result")]->setText(r.result);
    m_values[QStringLiteral("rating")]->setText(
        r.rating ? WorkflowRules::label(*r.rating) + (r.ratingComment.isEmpty() ? QString() : QStringLiteral(" · ") + r.ratingComment)
                 : QString());
    m_description->setText(r.description);
}

} // namespace cd
