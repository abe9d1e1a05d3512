#pragma once

#include "common/status.h"
#include "meeting/meetingtypes.h"

#include <QCoreApplication>

namespace cd {

class Database;

/// One line of the meeting list.
struct MeetingSummary
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Joint;
    QString title;
    QDateTime startsAt;
    QString place;
    QString host;
    int present = 0;
    int resolutions = 0;
    int openResolutions = 0;
};

/// Whether a month of the year had its joint meeting ("每月至少召开1次党建联席会议").
struct MonthCompliance
{
    enum State { Held, Missing, Due, Future };
    int month = 0;
    State state = Future;
    int jointMeetings = 0;
};

/// Meetings with their attendance, agenda and resolutions. Every write is one transaction.
class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::MeetingStore)

public:
    /// Validates and stores a new meeting. With `carryOver`, every resolution of an earlier
    /// meeting that is still open is put on this meeting's agenda (once).
    static Result<qint64> add(Database &database, const Meeting &meeting, bool carryOver = true);
    /// Replaces a meeting's fields, attendees, agenda and resolutions (ids of kept
    /// resolutions stay, so carried-over links and done marks survive an edit).
    static Status update(Database &database, const Meeting &meeting);
    static Status remove(Database &database, qint64 meetingId);
    static Result<Meeting> load(Database &database, qint64 meetingId);
    /// All meetings, newest first; `year` 0 for every year.
    static Result<QVector<MeetingSummary>> list(Database &database, int year = 0);

    /// Open resolutions of meetings that started before `before`, oldest first.
    static Result<QVector<MeetingResolution>> openResolutions(Database &database, const QDateTime &before);
    static Status markResolutionDone(Database &database, qint64 resolutionId, const QDate &doneAt,
                                     const QString &note);
    static Status reopenResolution(Database &database, qint64 resolutionId);

    /// Twelve months of `year` as seen on `today`: Held, Missing (a past month without a
    /// joint meeting), Due (the current month, none yet) or Future.
    static Result<QVector<MonthCompliance>> compliance(Database &database, int year, const QDate &today);

    /// What the agenda line says, e.g. for a carried-over resolution "落实情况：…".
    static QString agendaText(const MeetingAgendaItem &item, const QVector<MeetingResolution> &carried);
    /// The resolutions an agenda carries over, looked up by id.
    static QVector<MeetingResolution> carriedResolutions(Database &database, const Meeting &meeting);

    static Status validate(const Meeting &meeting);
};

} // namespace cd
