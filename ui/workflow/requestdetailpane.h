#pragma once

#include "common/status.h"
#include "workflow/request.h"
#include "workflow/workflowhandlers.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cd {

class Clock;
class Database;
class StepPanel;

/// One request in full: its facts, photos as thumbnails, the timeline (actor, time and note of
/// every step), and buttons for the steps the rules allow next. A step that needs fields
/// opens them inline (StepPanel); one that needs none is taken with one click. The engine's
/// refusal is shown as it words it.
class RequestDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetailPane(QWidget *parent = nullptr);

    /// `database` and `clock` outlive the pane's use; null database: shows nothing.
    void setSource(Database *database, const Clock *clock);
    void setHandlers(const QList<HandlerChoice> &handlers) { m_handlers = handlers; }
    /// Loads and shows request `id` (0: none).
    void showRequest(qint64 id);
    qint64 requestId() const { return m_request.id; }
    const Request &request() const { return m_request; }

    /// The button for the step to `state`, null when that step is not offered now.
    QPushButton *stepButton(RequestState state) const { return m_stepButtons.value(state); }
    QPushButton *planButton() const { return m_plan; }
    StepPanel *stepPanel() const { return m_panel; }
    QLabel *messageLabel() const { return m_message; }
    QTableWidget *timelineTable() const { return m_timeline; }
    QListWidget *photoList() const { return m_photos; }

    void retranslateUi();

signals:
    /// A step was recorded for request `id`.
    void moved(qint64 id);
    void printSlipRequested(qint64 id);
    void exportSlipRequested(qint64 id);

public slots:
    /// Opens the fields of the step to `state`, or takes it at once when it needs none.
    void beginStep(RequestState state);
    void confirmStep();
    void addPhoto();

private:
    void rebuildButtons();
    void showMessage(const QString &text, bool error);
    void run(const Status &status);

    Database *m_database = nullptr;
    const Clock *m_clock = nullptr;
    QList<HandlerChoice> m_handlers;
    Request m_request;

    QLabel *m_heading;
    QLabel *m_light;
    QFormLayout *m_form;
    QMap<QString, QLabel *> m_values;
    QLabel *m_description;
    QListWidget *m_photos;
    QTableWidget *m_timeline;
    QHBoxLayout *m_buttonRow;
    QMap<RequestState, QPushButton *> m_stepButtons;
    QPushButton *m_plan;
    QPushButton *m_addPhoto;
    QPushButton *m_printSlip;
    QPushButton *m_exportSlip;
    StepPanel *m_panel;
    QLabel *m_message;
    QLabel *m_photosLabel;
    QLabel *m_timelineLabel;
};

} // namespace cd
