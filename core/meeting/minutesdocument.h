#pragma once

#include "common/status.h"
#include "meeting/meetingtypes.h"

#include <QCoreApplication>
#include <memory>

namespace cd {

class Database;
class ReportDocument;

/// The printed 会议纪要 in the official layout (GB/T 9704: A4, margins 37/28/26/35 mm, title
/// 22 pt, body 16 pt 仿宋) and the meeting's sign-in sheet (签到表).
class MinutesDocument
{
    Q_DECLARE_TR_FUNCTIONS(cd::MinutesDocument)

public:
    /// Minutes of `meeting`; `communityName` heads the masthead and default title.
    static std::unique_ptr<ReportDocument> minutes(const Meeting &meeting, const QString &communityName,
                                                   const QVector<MeetingResolution> &carried);
    static std::unique_ptr<ReportDocument> signInSheet(const Meeting &meeting, const QString &communityName);
    /// Loads meeting `meetingId` and builds its minutes.
    static Result<std::unique_ptr<ReportDocument>> minutesFor(Database &database, qint64 meetingId);

    /// The title printed when the meeting has none, e.g. 幸福社区党建联席会议纪要.
    static QString defaultTitle(const Meeting &meeting, const QString &communityName);
};

} // namespace cd
