#pragma once

#include "workflow/request.h"
#include "workflow/workflowhandlers.h"

#include <QGroupBox>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cd {

/// The fields one step of the loop needs, shown inline under the step buttons: the reason
/// for returned, the handler for dispatched, the arrival time for taken, the result for
/// resolved, the rating and comment for rated (with the handler of the redo when 不满意),
/// the plan of a major problem. Confirm emits the step; the pane runs it through the engine.
class StepPanel : public QGroupBox
{
    Q_OBJECT

public:
    /// What the panel is asking for: a state to move to, or a major problem's plan.
    enum class Kind { Move, Plan };

    explicit StepPanel(QWidget *parent = nullptr);

    /// Shows the fields of the step to `to` for `request`; `now` fills the time fields.
    void start(const Request &request, RequestState to, const QList<HandlerChoice> &handlers, const QDateTime &now);
    void startPlan(const Request &request, const QDateTime &now);
    void stop();

    Kind kind() const { return m_kind; }
    RequestState target() const { return m_target; }
    /// The step as filled in (actor and time included).
    MoveRequest move() const;
    QString planText() const;
    QDateTime time() const;

    QLineEdit *actorEdit() const { return m_actor; }
    QComboBox *handlerCombo() const { return m_handler; }
    QComboBox *ratingCombo() const { return m_rating; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *confirmButton() const { return m_confirm; }

    void retranslateUi();

signals:
    void confirmed();
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFields();

    Kind m_kind = Kind::Move;
    RequestState m_target = RequestState::Accepted;
    qint64 m_currentHandler = 0;
    QLabel *m_actorLabel;
    QLineEdit *m_actor;
    QLabel *m_handlerLabel;
    QComboBox *m_handler;
    QLabel *m_ratingLabel;
    QComboBox *m_rating;
    QLabel *m_timeLabel;
    QDateTimeEdit *m_time;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace cd
