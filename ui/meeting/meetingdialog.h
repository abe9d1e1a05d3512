#pragma once

#include "meeting/meetingtypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;

/// Editor of one meeting: fields, attendance, agenda (with 五单 candidates), discussion and
/// resolutions. Checks as the user types (MeetingStore::validate names the field) and
/// stores the meeting on accept.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new meeting when `meeting.id` is 0, else an edit of that meeting.
    MeetingDialog(Database &database, const Meeting &meeting, QWidget *parent = nullptr);

    /// The meeting as the form shows it now.
    Meeting meeting() const;
    /// Id of the stored meeting after a successful accept().
    qint64 savedId() const { return m_savedId; }
    /// The current problem of the form, empty when it can be stored.
    QString problem() const;

    void addAttendee(const MeetingAttendee &attendee);
    void addAgendaItem(const MeetingAgendaItem &item);
    void addResolution(const MeetingResolution &resolution);

    QComboBox *kindBox() const { return m_kind; }
    QDateTimeEdit *startsAtEdit() const { return m_startsAt; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *placeEdit() const { return m_place; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *recorderEdit() const { return m_recorder; }
    QPlainTextEdit *discussionEdit() const { return m_discussion; }
    QTableWidget *attendeeTable() const { return m_attendees; }
    QTableWidget *agendaTable() const { return m_agenda; }
    QTableWidget *resolutionTable() const { return m_resolutions; }

public slots:
    void accept() override;
    /// Offers the open 五单 requests that should go to a joint meeting.
    void offerCandidates();

private:
    void revalidate();

    Database &m_database;
    qint64 m_id;
    bool m_masthead;
    qint64 m_savedId = 0;
    QComboBox *m_kind;
    QDateTimeEdit *m_startsAt;
    QLineEdit *m_title;
    QLineEdit *m_place;
    QLineEdit *m_host;
    QLineEdit *m_recorder;
    QTableWidget *m_attendees;
    QTableWidget *m_agenda;
    QPushButton *m_candidates;
    QPlainTextEdit *m_discussion;
    QTableWidget *m_resolutions;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
