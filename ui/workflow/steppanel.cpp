#include "workflow/steppanel.h"

#include "common/clock.h"
#include "workflow/workflowrules.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cd {

namespace {

QString loginName()
{
    return qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
}

} // namespace

StepPanel::StepPanel(QWidget *parent)
    : QGroupBox(parent), m_actorLabel(new QLabel(this)), m_actor(new QLineEdit(loginName(), this)),
      m_handlerLabel(new QLabel(this)), m_handler(new QComboBox(this)), m_ratingLabel(new QLabel(this)),
      m_rating(new QComboBox(this)), m_timeLabel(new QLabel(this)), m_time(new QDateTimeEdit(this)),
      m_noteLabel(new QLabel(this)), m_note(new QPlainTextEdit(this)), m_confirm(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_note->installEventFilter(this);
    m_handler->setEditable(true); // type-ahead over a long list of units
    m_handler->setInsertPolicy(QComboBox::NoInsert);
    for (Rating rating : WorkflowRules::allRatings())
        m_rating->addItem(QString(), WorkflowRules::code(rating));
    m_confirm->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_handlerLabel, m_handler);
    form->addRow(m_ratingLabel, m_rating);
    form->addRow(m_timeLabel, m_time);
    form->addRow(m_noteLabel, m_note);
    form->addRow(m_actorLabel, m_actor);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_confirm, &QPushButton::clicked, this, &StepPanel::confirmed);
    connect(m_cancel, &QPushButton::clicked, this, &StepPanel::cancelled);
    connect(m_rating, &QComboBox::currentIndexChanged, this, &StepPanel::updateFields);
    retranslateUi();
    hide();
}

void StepPanel::start(const Request &request, RequestState to, const QList<HandlerChoice> &handlers,
                      const QDateTime &now)
{
    m_kind = Kind::Move;
    m_target = to;
    m_currentHandler = request.handlerId;
    m_handler->clear();
    for (const HandlerChoice &choice : handlers)
        m_handler->addItem(choice.text, choice.id);
    const int current = m_handler->findData(request.handlerId);
    // Re-dispatching goes to someone else, so nothing is preselected then.
    m_handler->setCurrentIndex(to == RequestState::Dispatched && request.state == RequestState::Dispatched ? -1
                               : current >= 0                                                          ? current
                                                                                                       : -1);
    m_rating->setCurrentIndex(0);
    m_note->clear();
    m_time->setDateTime(QDateTime(now.date(), now.time()));
    m_time->setMaximumDateTime(QDateTime(now.date(), now.time()));
    updateFields();
    show();
    QWidget *first = to == RequestState::Dispatched ? static_cast<QWidget *>(m_handler)
                   : to == RequestState::Rated      ? static_cast<QWidget *>(m_rating)
                   : to == RequestState::Taken      ? static_cast<QWidget *>(m_time)
                                                    : static_cast<QWidget *>(m_note);
    first->setFocus();
}

void StepPanel::startPlan(const Request &request, const QDateTime &now)
{
    Q_UNUSED(request);
    m_kind = Kind::Plan;
    m_note->clear();
    m_time->setDateTime(QDateTime(now.date(), now.time()));
    m_time->setMaximumDateTime(QDateTime(now.date(), now.time()));
    updateFields();
    show();
    m_note->setFocus();
}

void StepPanel::stop()
{
    hide();
}

QDateTime StepPanel::time() const
{
    const QDateTime shown = m_time->dateTime();
    return QDateTime(shown.date(), shown.time(), Qt::UTC);
}

MoveRequest StepPanel::move() const
{
    MoveRequest move;
    move.to = m_target;
    move.actor = m_actor->text().trimmed();
    move.note = m_note->toPlainText().trimmed();
    if (m_target == RequestState::Taken)
        move.at = time();
    if (m_target == RequestState::Dispatched) {
        move.handlerId = m_handler->currentIndex() >= 0 ? m_handler->currentData().toLongLong() : 0;
    } else if (m_target == RequestState::Rated) {
        move.rating = WorkflowRules::ratingFromCode(m_rating->currentData().toString());
        // 不满意 reopens; a handler chosen here takes the redo.
        const qint64 redo = m_handler->currentIndex() >= 0 ? m_handler->currentData().toLongLong() : 0;
        if (move.rating == Rating::Unsatisfied && redo != 0 && redo != m_currentHandler)
            move.handlerId = redo;
    }
    return move;
}

QString StepPanel::planText() const
{
    return m_note->toPlainText().trimmed();
}

void StepPanel::updateFields()
{
    const bool plan = m_kind == Kind::Plan;
    const bool rated = !plan && m_target == RequestState::Rated;
    const bool unsatisfied = rated && m_rating->currentData().toString() == WorkflowRules::code(Rating::Unsatisfied);
    const bool handler = !plan && (m_target == RequestState::Dispatched || unsatisfied);
    const bool timeField = plan || m_target == RequestState::Taken;
    m_handlerLabel->setVisible(handler);
    m_handler->setVisible(handler);
    m_ratingLabel->setVisible(rated);
    m_rating->setVisible(rated);
    m_timeLabel->setVisible(timeField);
    m_time->setVisible(timeField);
    retranslateUi();
}

void StepPanel::retranslateUi()
{
    m_actorLabel->setText(tr("Recorded by:"));
    m_ratingLabel->setText(tr("Owner's rating:"));
    for (int i = 0; i < m_rating->count(); ++i) {
        if (const auto rating = WorkflowRules::ratingFromCode(m_rating->itemData(i).toString()))
            m_rating->setItemText(i, WorkflowRules::label(*rating));
    }
    m_cancel->setText(tr("Cancel"));
    m_confirm->setText(tr("Confirm"));
    m_confirm->setToolTip(tr("Ctrl+Enter"));
    if (m_kind == Kind::Plan) {
        setTitle(tr("Plan for a major problem"));
        m_noteLabel->setText(tr("Plan:"));
        m_timeLabel->setText(tr("Made at:"));
        return;
    }
    setTitle(tr("Step: %1").arg(WorkflowRules::label(m_target)));
    m_handlerLabel->setText(m_target == RequestState::Rated ? tr("Redo by:") : tr("Handler:"));
    m_timeLabel->setText(tr("Arrived on site:"));
    switch (m_target) {
    case RequestState::Returned: m_noteLabel->setText(tr("Reason for the resident:")); break;
    case RequestState::Resolved: m_noteLabel->setText(tr("Result:")); break;
    case RequestState::Rated: m_noteLabel->setText(tr("Comment:")); break;
    default: m_noteLabel->setText(tr("Note (optional):")); break;
    }
}

bool StepPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter in the note confirms, as in the new-request form.
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            emit confirmed();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace cd
