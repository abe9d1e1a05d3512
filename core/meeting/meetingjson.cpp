#include "meeting/meetingjson.h"

#include "common/clock.h"

#include <QJsonArray>

namespace cd {

namespace {

Status wrongValue(const QString &key, const QString &expected)
{
    return Status::failure(MeetingJson::tr("\"%1\": %2").arg(key, expected));
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Result<Meeting> MeetingJson::fromJson(const QJsonObject &object)
{
    Meeting meeting;
    const QString kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("joint"));
    if (!MeetingCodes::parse(kind, &meeting.kind))
        return wrongValue(QStringLiteral("kind"), tr("use joint, residents_forum, assembly_prep or other"));
    meeting.title = object.value(QStringLiteral("title")).toString();
    meeting.startsAt = Clock::fromText(object.value(QStringLiteral("starts_at")).toString());
    if (!meeting.startsAt.isValid())
        return wrongValue(QStringLiteral("starts_at"), tr("a date and time like 2026-11-05T14:30:00 is required"));
    meeting.place = object.value(QStringLiteral("place")).toString();
    meeting.host = object.value(QStringLiteral("host")).toString();
    meeting.recorder = object.value(QStringLiteral("recorder")).toString();
    meeting.discussion = object.value(QStringLiteral("discussion")).toString();
    meeting.masthead = object.value(QStringLiteral("masthead")).toBool(false);

    const QJsonArray attendees = object.value(QStringLiteral("attendees")).toArray();
    for (int i = 0; i < attendees.size(); ++i) {
        const QJsonObject a = attendees.at(i).toObject();
        const QString where = QStringLiteral("attendees[%1].").arg(i);
        MeetingAttendee attendee;
        if (!MeetingCodes::parse(a.value(QStringLiteral("party")).toString(QStringLiteral("other")), &attendee.party)) {
            return wrongValue(where + QStringLiteral("party"),
                              tr("use party_committee, residents_committee, owners_committee, property or other"));
        }
        if (!MeetingCodes::parse(a.value(QStringLiteral("status")).toString(QStringLiteral("present")), &attendee.status))
            return wrongValue(where + QStringLiteral("status"), tr("use present, leave or observer"));
        attendee.name = a.value(QStringLiteral("name")).toString();
        if (attendee.name.trimmed().isEmpty())
            return wrongValue(where + QStringLiteral("name"), tr("the name is missing"));
        attendee.organisation = a.value(QStringLiteral("organisation")).toString();
        attendee.post = a.value(QStringLiteral("post")).toString();
        meeting.attendees << attendee;
    }

    const QJsonArray agenda = object.value(QStringLiteral("agenda")).toArray();
    for (int i = 0; i < agenda.size(); ++i) {
        MeetingAgendaItem item;
        if (agenda.at(i).isString()) {
            item.text = agenda.at(i).toString();
        } else {
            const QJsonObject a = agenda.at(i).toObject();
            item.text = a.value(QStringLiteral("text")).toString();
            item.requestId = a.value(QStringLiteral("request_id")).toInteger();
        }
        meeting.agenda << item;
    }

    const QJsonArray resolutions = object.value(QStringLiteral("resolutions")).toArray();
    for (int i = 0; i < resolutions.size(); ++i) {
        const QJsonObject r = resolutions.at(i).toObject();
        const QString where = QStringLiteral("resolutions[%1].").arg(i);
        MeetingResolution resolution;
        resolution.text = r.value(QStringLiteral("text")).toString();
        resolution.responsible = r.value(QStringLiteral("responsible")).toString();
        const QString deadline = r.value(QStringLiteral("deadline")).toString();
        if (!deadline.isEmpty()) {
            resolution.deadline = QDate::fromString(deadline, Qt::ISODate);
            if (!resolution.deadline.isValid())
                return wrongValue(where + QStringLiteral("deadline"), tr("a date like 2026-11-30 is required"));
        }
        meeting.resolutions << resolution;
    }
    return meeting;
}

QJsonObject MeetingJson::toJson(const Meeting &meeting)
{
    QJsonArray attendees;
    for (const MeetingAttendee &a : meeting.attendees) {
        attendees.append(QJsonObject{{QStringLiteral("party"), MeetingCodes::code(a.party)},
                                     {QStringLiteral("organisation"), a.organisation},
                                     {QStringLiteral("name"), a.name},
                                     {QStringLiteral("post"), a.post},
                                     {QStringLiteral("status"), MeetingCodes::code(a.status)}});
    }
    QJsonArray agenda;
    for (const MeetingAgendaItem &item : meeting.agenda) {
        QJsonObject entry{{QStringLiteral("text"), item.text}};
        if (item.requestId > 0)
            entry.insert(QStringLiteral("request_id"), item.requestId);
        if (item.carriedResolutionId > 0)
            entry.insert(QStringLiteral("carried_resolution_id"), item.carriedResolutionId);
        agenda.append(entry);
    }
    QJsonArray resolutions;
    for (const MeetingResolution &r : meeting.resolutions) {
        resolutions.append(QJsonObject{{QStringLiteral("id"), r.id},
                                       {QStringLiteral("text"), r.text},
                                       {QStringLiteral("responsible"), r.responsible},
                                       {QStringLiteral("deadline"), dateJson(r.deadline)},
                                       {QStringLiteral("done_at"), dateJson(r.doneAt)}});
    }
    return QJsonObject{{QStringLiteral("id"), meeting.id},
                       {QStringLiteral("kind"), MeetingCodes::code(meeting.kind)},
                       {QStringLiteral("title"), meeting.title},
                       {QStringLiteral("starts_at"), Clock::toText(meeting.startsAt)},
                       {QStringLiteral("place"), meeting.place},
                       {QStringLiteral("host"), meeting.host},
                       {QStringLiteral("recorder"), meeting.recorder},
                       {QStringLiteral("discussion"), meeting.discussion},
                       {QStringLiteral("masthead"), meeting.masthead},
                       {QStringLiteral("attendees"), attendees},
                       {QStringLiteral("agenda"), agenda},
                       {QStringLiteral("resolutions"), resolutions}};
}

} // namespace cd
