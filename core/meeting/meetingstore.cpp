#include "meeting/meetingstore.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cd {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Columns are NOT NULL with '' as "nothing"; a null QString would bind as NULL.
QString textValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

Status queryFailure(const QSqlQuery &query)
{
    return Status::failure(MeetingStore::tr("The meeting could not be saved: %1").arg(query.lastError().text()));
}

Status writeChildren(Database &database, qint64 meetingId, const Meeting &meeting)
{
    QSqlQuery attendee(database.sql());
    attendee.prepare(QStringLiteral("INSERT INTO meeting_attendee(meeting_id, position, party, organisation, name, "
                                    "post, status) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < meeting.attendees.size(); ++i) {
        const MeetingAttendee &a = meeting.attendees.at(i);
        attendee.addBindValue(meetingId);
        attendee.addBindValue(i);
        attendee.addBindValue(MeetingCodes::code(a.party));
        attendee.addBindValue(textValue(a.organisation));
        attendee.addBindValue(textValue(a.name));
        attendee.addBindValue(textValue(a.post));
        attendee.addBindValue(MeetingCodes::code(a.status));
        if (!attendee.exec())
            return queryFailure(attendee);
    }

    QSqlQuery agenda(database.sql());
    agenda.prepare(QStringLiteral("INSERT INTO meeting_agenda_item(meeting_id, position, text, request_id, "
                                  "carried_resolution_id) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < meeting.agenda.size(); ++i) {
        const MeetingAgendaItem &item = meeting.agenda.at(i);
        agenda.addBindValue(meetingId);
        agenda.addBindValue(i);
        agenda.addBindValue(textValue(item.text));
        agenda.addBindValue(idValue(item.requestId));
        agenda.addBindValue(idValue(item.carriedResolutionId));
        if (!agenda.exec())
            return queryFailure(agenda);
    }

    // Resolutions keep their ids across edits: carried-over links and done marks point at them.
    QSet<qint64> kept;
    for (const MeetingResolution &r : meeting.resolutions) {
        if (r.id > 0)
            kept.insert(r.id);
    }
    QSqlQuery existing(database.sql());
    existing.prepare(QStringLiteral("SELECT id FROM meeting_resolution WHERE meeting_id = ?"));
    existing.addBindValue(meetingId);
    if (!existing.exec())
        return queryFailure(existing);
    QVector<qint64> dropped;
    while (existing.next()) {
        if (!kept.contains(existing.value(0).toLongLong()))
            dropped << existing.value(0).toLongLong();
    }
    QSqlQuery drop(database.sql());
    drop.prepare(QStringLiteral("DELETE FROM meeting_resolution WHERE id = ?"));
    for (qint64 id : dropped) {
        drop.addBindValue(id);
        if (!drop.exec())
            return queryFailure(drop);
    }
    QSqlQuery insert(database.sql());
    insert.prepare(QStringLiteral("INSERT INTO meeting_resolution(meeting_id, position, text, responsible, deadline, "
                                  "done_at, done_note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery change(database.sql());
    change.prepare(QStringLiteral("UPDATE meeting_resolution SET position = ?, text = ?, responsible = ?, "
                                  "deadline = ?, done_at = ?, done_note = ? WHERE id = ? AND meeting_id = ?"));
    for (int i = 0; i < meeting.resolutions.size(); ++i) {
        const MeetingResolution &r = meeting.resolutions.at(i);
        QSqlQuery &q = r.id > 0 ? change : insert;
        if (r.id <= 0) {
            q.addBindValue(meetingId);
            q.addBindValue(i);
        } else {
            q.addBindValue(i);
        }
        q.addBindValue(textValue(r.text));
        q.addBindValue(textValue(r.responsible));
        q.addBindValue(dateValue(r.deadline));
        q.addBindValue(dateValue(r.doneAt));
        q.addBindValue(textValue(r.doneNote));
        if (r.id > 0) {
            q.addBindValue(r.id);
            q.addBindValue(meetingId);
        }
        if (!q.exec())
            return queryFailure(q);
    }
    return Status::success();
}

void bindMeetingFields(QSqlQuery &query, const Meeting &meeting)
{
    query.addBindValue(MeetingCodes::code(meeting.kind));
    query.addBindValue(textValue(meeting.title));
    query.addBindValue(Clock::toText(meeting.startsAt));
    query.addBindValue(textValue(meeting.place));
    query.addBindValue(textValue(meeting.host));
    query.addBindValue(textValue(meeting.recorder));
    query.addBindValue(textValue(meeting.discussion));
    query.addBindValue(meeting.masthead ? 1 : 0);
}

} // namespace

Status MeetingStore::validate(const Meeting &meeting)
{
    if (!meeting.startsAt.isValid())
        return Status::failure(tr("Date and time: enter when the meeting took place."));
    if (meeting.startsAt.date().year() < 2000 || meeting.startsAt.date().year() > 2100)
        return Status::failure(tr("Date and time: %1 is not a plausible meeting date.")
                                   .arg(meeting.startsAt.date().toString(Qt::ISODate)));
    for (int i = 0; i < meeting.attendees.size(); ++i) {
        if (meeting.attendees.at(i).name.trimmed().isEmpty())
            return Status::failure(tr("Attendance, line %1: the name is missing.").arg(i + 1));
    }
    for (int i = 0; i < meeting.resolutions.size(); ++i) {
        const MeetingResolution &r = meeting.resolutions.at(i);
        if (r.text.trimmed().isEmpty())
            return Status::failure(tr("Resolution %1: the text is missing.").arg(i + 1));
        if (r.deadline.isValid() && r.deadline < meeting.startsAt.date())
            return Status::failure(tr("Resolution %1: the deadline lies before the meeting.").arg(i + 1));
    }
    return Status::success();
}

Result<qint64> MeetingStore::add(Database &database, const Meeting &input, bool carryOver)
{
    if (Status valid = validate(input); !valid)
        return valid;
    Meeting meeting = input;
    if (carryOver) {
        const Result<QVector<MeetingResolution>> open = openResolutions(database, meeting.startsAt);
        if (!open)
            return open.status();
        QSet<qint64> already;
        for (const MeetingAgendaItem &item : meeting.agenda)
            already.insert(item.carriedResolutionId);
        for (const MeetingResolution &r : *open) {
            if (already.contains(r.id))
                continue;
            MeetingAgendaItem item;
            item.carriedResolutionId = r.id;
            meeting.agenda << item;
        }
    }

    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.startStatus();
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("INSERT INTO meeting(kind, title, starts_at, place, host, recorder, discussion, "
                                 "masthead) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindMeetingFields(query, meeting);
    if (!query.exec())
        return queryFailure(query);
    const qint64 id = query.lastInsertId().toLongLong();
    for (MeetingResolution &r : meeting.resolutions)
        r.id = 0;
    if (Status children = writeChildren(database, id, meeting); !children)
        return children;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return id;
}

Status MeetingStore::update(Database &database, const Meeting &meeting)
{
    if (Status valid = validate(meeting); !valid)
        return valid;
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.startStatus();
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("UPDATE meeting SET kind = ?, title = ?, starts_at = ?, place = ?, host = ?, "
                                 "recorder = ?, discussion = ?, masthead = ? WHERE id = ?"));
    bindMeetingFields(query, meeting);
    query.addBindValue(meeting.id);
    if (!query.exec())
        return queryFailure(query);
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Meeting %1 does not exist.").arg(meeting.id));
    for (const char *table : {"meeting_attendee", "meeting_agenda_item"}) {
        QSqlQuery clear(database.sql());
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE meeting_id = ?").arg(QLatin1String(table)));
        clear.addBindValue(meeting.id);
        if (!clear.exec())
            return queryFailure(clear);
    }
    if (Status children = writeChildren(database, meeting.id, meeting); !children)
        return children;
    return transaction.commit();
}

Status MeetingStore::remove(Database &database, qint64 meetingId)
{
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.startStatus();
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("DELETE FROM meeting WHERE id = ?"));
    query.addBindValue(meetingId);
    if (!query.exec())
        return queryFailure(query);
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Meeting %1 does not exist.").arg(meetingId));
    return transaction.commit();
}

} // namespace cd
