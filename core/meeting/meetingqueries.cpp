// MeetingStore's reads: one meeting, the list, open resolutions and monthly compliance.
#include "meeting/meetingstore.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cd {

namespace {

Status readFailure(const QSqlQuery &query)
{
    return Status::failure(MeetingStore::tr("The meetings could not be read: %1").arg(query.lastError().text()));
}

MeetingResolution readResolution(const QSqlQuery &query)
{
    MeetingResolution r;
    r.id = query.value(0).toLongLong();
    r.meetingId = query.value(1).toLongLong();
    r.text = query.value(2).toString();
    r.responsible = query.value(3).toString();
    r.deadline = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    r.doneAt = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    r.doneNote = query.value(6).toString();
    return r;
}

const char resolutionColumns[] = "id, meeting_id, text, responsible, deadline, done_at, done_note";

} // namespace

Result<Meeting> MeetingStore::load(Database &database, qint64 meetingId)
{
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT kind, title, starts_at, place, host, recorder, discussion, masthead "
                                 "FROM meeting WHERE id = ?"));
    query.addBindValue(meetingId);
    if (!query.exec())
        return readFailure(query);
    if (!query.next())
        return Status::failure(tr("Meeting %1 does not exist.").arg(meetingId));
    Meeting meeting;
    meeting.id = meetingId;
    MeetingCodes::parse(query.value(0).toString(), &meeting.kind);
    meeting.title = query.value(1).toString();
    meeting.startsAt = Clock::fromText(query.value(2).toString());
    meeting.place = query.value(3).toString();
    meeting.host = query.value(4).toString();
    meeting.recorder = query.value(5).toString();
    meeting.discussion = query.value(6).toString();
    meeting.masthead = query.value(7).toInt() != 0;

    QSqlQuery attendees(database.sql());
    attendees.prepare(QStringLiteral("SELECT id, party, organisation, name, post, status FROM meeting_attendee "
                                     "WHERE meeting_id = ? ORDER BY position, id"));
    attendees.addBindValue(meetingId);
    if (!attendees.exec())
        return readFailure(attendees);
    while (attendees.next()) {
        MeetingAttendee a;
        a.id = attendees.value(0).toLongLong();
        MeetingCodes::parse(attendees.value(1).toString(), &a.party);
        a.organisation = attendees.value(2).toString();
        a.name = attendees.value(3).toString();
        a.post = attendees.value(4).toString();
        MeetingCodes::parse(attendees.value(5).toString(), &a.status);
        meeting.attendees << a;
    }

    QSqlQuery agenda(database.sql());
    agenda.prepare(QStringLiteral("SELECT id, text, request_id, carried_resolution_id FROM meeting_agenda_item "
                                  "WHERE meeting_id = ? ORDER BY position, id"));
    agenda.addBindValue(meetingId);
    if (!agenda.exec())
        return readFailure(agenda);
    while (agenda.next()) {
        MeetingAgendaItem item;
        item.id = agenda.value(0).toLongLong();
        item.text = agenda.value(1).toString();
        item.requestId = agenda.value(2).toLongLong();
        item.carriedResolutionId = agenda.value(3).toLongLong();
        meeting.agenda << item;
    }

    QSqlQuery resolutions(database.sql());
    resolutions.prepare(QStringLiteral("SELECT %1 FROM meeting_resolution WHERE meeting_id = ? ORDER BY position, id")
                            .arg(QLatin1String(resolutionColumns)));
    resolutions.addBindValue(meetingId);
    if (!resolutions.exec())
        return readFailure(resolutions);
    while (resolutions.next())
        meeting.resolutions << readResolution(resolutions);
    return meeting;
}

Result<QVector<MeetingSummary>> MeetingStore::list(Database &database, int year)
{
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral(
        "SELECT m.id, m.kind, m.title, m.starts_at, m.place, m.host, "
        " (SELECT count(*) FROM meeting_attendee a WHERE a.meeting_id = m.id AND a.status = 'present'), "
        " (SELECT count(*) FROM meeting_resolution r WHERE r.meeting_id = m.id), "
        " (SELECT count(*) FROM meeting_resolution r WHERE r.meeting_id = m.id AND r.done_at IS NULL) "
        "FROM meeting m WHERE (? = 0 OR substr(m.starts_at, 1, 4) = ?) ORDER BY m.starts_at DESC, m.id DESC"));
    query.addBindValue(year);
    query.addBindValue(QString::number(year));
    if (!query.exec())
        return readFailure(query);
    QVector<MeetingSummary> rows;
    while (query.next()) {
        MeetingSummary s;
        s.id = query.value(0).toLongLong();
        MeetingCodes::parse(query.value(1).toString(), &s.kind);
        s.title = query.value(2).toString();
        s.startsAt = Clock::fromText(query.value(3).toString());
        s.place = query.value(4).toString();
        s.host = query.value(5).toString();
        s.present = query.value(6).toInt();
        s.resolutions = query.value(7).toInt();
        s.openResolutions = query.value(8).toInt();
        rows << s;
    }
    return rows;
}

Result<QVector<MeetingResolution>> MeetingStore::openResolutions(Database &database, const QDateTime &before)
{
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT r.id, r.meeting_id, r.text, r.responsible, r.deadline, r.done_at, r.done_note "
                                 "FROM meeting_resolution r JOIN meeting m ON m.id = r.meeting_id "
                                 "WHERE r.done_at IS NULL AND m.starts_at < ? ORDER BY m.starts_at, r.position, r.id"));
    query.addBindValue(Clock::toText(before));
    if (!query.exec())
        return readFailure(query);
    QVector<MeetingResolution> rows;
    while (query.next())
        rows << readResolution(query);
    return rows;
}

Status MeetingStore::markResolutionDone(Database &database, qint64 resolutionId, const QDate &doneAt,
                                        const QString &note)
{
    if (!doneAt.isValid())
        return Status::failure(tr("Enter the date the resolution was carried out."));
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("UPDATE meeting_resolution SET done_at = ?, done_note = ? WHERE id = ?"));
    query.addBindValue(doneAt.toString(Qt::ISODate));
    query.addBindValue(note.trimmed().isNull() ? QStringLiteral("") : note.trimmed());
    query.addBindValue(resolutionId);
    if (!query.exec())
        return readFailure(query);
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Resolution %1 does not exist.").arg(resolutionId));
    return Status::success();
}

Status MeetingStore::reopenResolution(Database &database, qint64 resolutionId)
{
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("UPDATE meeting_resolution SET done_at = NULL, done_note = '' WHERE id = ?"));
    query.addBindValue(resolutionId);
    if (!query.exec())
        return readFailure(query);
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Resolution %1 does not exist.").arg(resolutionId));
    return Status::success();
}

Result<QVector<MonthCompliance>> MeetingStore::compliance(Database &database, int year, const QDate &today)
{
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT CAST(substr(starts_at, 6, 2) AS INTEGER), count(*) FROM meeting "
                                 "WHERE kind = 'joint' AND substr(starts_at, 1, 4) = ? GROUP BY 1"));
    query.addBindValue(QString::number(year));
    if (!query.exec())
        return readFailure(query);
    QHash<int, int> held;
    while (query.next())
        held.insert(query.value(0).toInt(), query.value(1).toInt());

    QVector<MonthCompliance> months;
    for (int month = 1; month <= 12; ++month) {
        MonthCompliance c;
        c.month = month;
        c.jointMeetings = held.value(month);
        const QDate first(year, month, 1);
        const QDate last = first.addMonths(1).addDays(-1);
        if (c.jointMeetings > 0)
            c.state = MonthCompliance::Held;
        else if (last < today)
            c.state = MonthCompliance::Missing;
        else if (first <= today)
            c.state = MonthCompliance::Due;
        else
            c.state = MonthCompliance::Future;
        months << c;
    }
    return months;
}

QVector<MeetingResolution> MeetingStore::carriedResolutions(Database &database, const Meeting &meeting)
{
    QVector<MeetingResolution> rows;
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT %1 FROM meeting_resolution WHERE id = ?").arg(QLatin1String(resolutionColumns)));
    for (const MeetingAgendaItem &item : meeting.agenda) {
        if (item.carriedResolutionId <= 0)
            continue;
        query.addBindValue(item.carriedResolutionId);
        if (query.exec() && query.next())
            rows << readResolution(query);
    }
    return rows;
}

QString MeetingStore::agendaText(const MeetingAgendaItem &item, const QVector<MeetingResolution> &carried)
{
    if (item.carriedResolutionId > 0) {
        for (const MeetingResolution &r : carried) {
            if (r.id != item.carriedResolutionId)
                continue;
            QString text = tr("Follow-up of an earlier resolution: %1").arg(r.text);
            if (!r.responsible.isEmpty())
                text += tr(" (responsible: %1)").arg(r.responsible);
            return item.text.isEmpty() ? text : text + QStringLiteral("；") + item.text;
        }
    }
    return item.text;
}

} // namespace cd
