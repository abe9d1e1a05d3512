#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace cd {

/// Kinds of meetings; codes are stored, labels are translated.
enum class MeetingKind { Joint, ResidentsForum, AssemblyPrep, Other };
/// The parties of the "1+3+N" structure.
enum class MeetingParty { PartyCommittee, ResidentsCommittee, OwnersCommittee, Property, Other };
/// 出席 / 请假 / 列席
enum class AttendanceStatus { Present, Leave, Observer };

struct MeetingAttendee
{
    qint64 id = 0;
    MeetingParty party = MeetingParty::Other;
    QString organisation;
    QString name;
    QString post;
    AttendanceStatus status = AttendanceStatus::Present;
};

struct MeetingAgendaItem
{
    qint64 id = 0;
    QString text;
    qint64 requestId = 0;            ///< a 五单 request brought to the meeting, or 0
    qint64 carriedResolutionId = 0;  ///< an open resolution of an earlier meeting, or 0
};

/// 议定事项: what the meeting decided, who does it and by when.
struct MeetingResolution
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString text;
    QString responsible;
    QDate deadline;
    QDate doneAt;      ///< invalid while open
    QString doneNote;

    bool isOpen() const { return !doneAt.isValid(); }
};

struct Meeting
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Joint;
    QString title;
    QDateTime startsAt;
    QString place;
    QString host;
    QString recorder;
    QString discussion;
    bool masthead = false;
    QVector<MeetingAttendee> attendees;
    QVector<MeetingAgendaItem> agenda;
    QVector<MeetingResolution> resolutions;
};

/// Codes and labels of the meeting enums.
class MeetingCodes
{
    Q_DECLARE_TR_FUNCTIONS(cd::MeetingCodes)

public:
    static QString code(MeetingKind kind);
    static QString code(MeetingParty party);
    static QString code(AttendanceStatus status);
    static bool parse(const QString &code, MeetingKind *kind);
    static bool parse(const QString &code, MeetingParty *party);
    static bool parse(const QString &code, AttendanceStatus *status);
    static QString label(MeetingKind kind);
    static QString label(MeetingParty party);
    static QString label(AttendanceStatus status);
};

} // namespace cd
