#include "meeting/minutesdocument.h"

#include "db/settingstore.h"
#include "meeting/meetingstore.h"
#include "report/chinesedate.h"
#include "report/reportdocument.h"
#include "report/reportfonts.h"

namespace cd {

namespace {

constexpr double titlePt = 22; // 二号
constexpr double bodyPt = 16;  // 三号
const QColor officialRed(0xC8, 0x10, 0x2E);

QString chineseOrdinal(int n)
{
    static const char16_t *digits[] = {u"零", u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九", u"十"};
    if (n <= 10)
        return QString::fromUtf16(digits[n]);
    if (n < 20)
        return QString::fromUtf16(digits[10]) + QString::fromUtf16(digits[n - 10]);
    return QString::number(n);
}

// "社区党组织：张三（书记）、李四；居委会：王五" for the attendees with `status`.
QString attendanceLine(const Meeting &meeting, AttendanceStatus status)
{
    QStringList groups;
    for (MeetingParty party : {MeetingParty::PartyCommittee, MeetingParty::ResidentsCommittee,
                               MeetingParty::OwnersCommittee, MeetingParty::Property, MeetingParty::Other}) {
        QStringList names;
        for (const MeetingAttendee &a : meeting.attendees) {
            if (a.party != party || a.status != status)
                continue;
            QString name = a.name;
            QString detail = a.organisation;
            if (!a.post.isEmpty())
                detail = detail.isEmpty() ? a.post : detail + a.post;
            if (!detail.isEmpty())
                name += QStringLiteral("（%1）").arg(detail);
            names << name;
        }
        if (!names.isEmpty())
            groups << MeetingCodes::label(party) + QStringLiteral("：") + names.join(QStringLiteral("、"));
    }
    return groups.join(QStringLiteral("；"));
}

} // namespace

QString MinutesDocument::defaultTitle(const Meeting &meeting, const QString &communityName)
{
    if (!meeting.title.trimmed().isEmpty())
        return meeting.title.trimmed();
    return tr("%1 %2 minutes").arg(communityName, MeetingCodes::label(meeting.kind));
}

std::unique_ptr<ReportDocument> MinutesDocument::minutes(const Meeting &meeting, const QString &communityName,
                                                         const QVector<MeetingResolution> &carried)
{
    auto report = std::make_unique<ReportDocument>(PageSetup::officialDocument());
    if (meeting.masthead) {
        report->addStyledParagraph(tr("%1 Party Committee").arg(communityName), reportfonts::titleFamily(), 30,
                                   officialRed, Qt::AlignHCenter, true, 3);
        report->addRule(officialRed, 0.8);
        report->addSpacing(4);
    }
    report->addTitle(defaultTitle(meeting, communityName), titlePt);

    report->addLabelledLine(tr("Time: "), chineseDateTime(meeting.startsAt), bodyPt);
    report->addLabelledLine(tr("Place: "), meeting.place, bodyPt);
    report->addLabelledLine(tr("Chaired by: "), meeting.host, bodyPt);
    report->addLabelledLine(tr("Minutes taken by: "), meeting.recorder, bodyPt);
    const struct { AttendanceStatus status; QString label; } lists[] = {
        {AttendanceStatus::Present, tr("Present: ")},
        {AttendanceStatus::Leave, tr("On leave: ")},
        {AttendanceStatus::Observer, tr("Observers: ")},
    };
    for (const auto &list : lists) {
        const QString line = attendanceLine(meeting, list.status);
        report->addLabelledLine(list.label, line.isEmpty() ? tr("none") : line, bodyPt);
    }

    int section = 0;
    if (!meeting.agenda.isEmpty()) {
        report->addHeading(tr("%1. Agenda").arg(chineseOrdinal(++section)), bodyPt);
        int n = 0;
        for (const MeetingAgendaItem &item : meeting.agenda)
            report->addParagraph(QStringLiteral("%1. %2").arg(++n).arg(MeetingStore::agendaText(item, carried)), bodyPt,
                                 Qt::AlignLeft, 2);
    }
    if (!meeting.discussion.trimmed().isEmpty()) {
        report->addHeading(tr("%1. Discussion").arg(chineseOrdinal(++section)), bodyPt);
        for (const QString &paragraph : meeting.discussion.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            report->addParagraph(paragraph.trimmed(), bodyPt, Qt::AlignJustify, 2);
    }
    report->addHeading(tr("%1. Resolutions").arg(chineseOrdinal(++section)), bodyPt);
    if (meeting.resolutions.isEmpty())
        report->addParagraph(tr("No resolutions were adopted."), bodyPt, Qt::AlignLeft, 2);
    int n = 0;
    for (const MeetingResolution &r : meeting.resolutions) {
        QStringList details;
        if (!r.responsible.isEmpty())
            details << tr("responsible: %1").arg(r.responsible);
        if (r.deadline.isValid())
            details << tr("deadline: %1").arg(chineseDate(r.deadline));
        QString line = QStringLiteral("%1. %2").arg(++n).arg(r.text);
        if (!details.isEmpty())
            line += QStringLiteral("（%1）").arg(details.join(QStringLiteral("；")));
        report->addParagraph(line, bodyPt, Qt::AlignLeft, 2);
    }

    report->addSpacing(10);
    report->addParagraph(tr("Chair (signature): ____________    Recorder (signature): ____________"), bodyPt,
                         Qt::AlignLeft);
    report->addSpacing(6);
    report->addParagraph(communityName, bodyPt, Qt::AlignRight);
    report->addParagraph(chineseDate(meeting.startsAt.date()), bodyPt, Qt::AlignRight);
    return report;
}

std::unique_ptr<ReportDocument> MinutesDocument::signInSheet(const Meeting &meeting, const QString &communityName)
{
    auto report = std::make_unique<ReportDocument>(PageSetup::portraitReport());
    report->addTitle(tr("%1 sign-in sheet").arg(defaultTitle(meeting, communityName)), 18);
    report->addSubtitle(tr("Time: %1    Place: %2").arg(chineseDateTime(meeting.startsAt), meeting.place), 12);
    ReportTable table;
    table.headers = {tr("No."), tr("Party"), tr("Organisation"), tr("Name"), tr("Post"), tr("Signature")};
    table.columnWidthsPercent = {7, 18, 22, 14, 15, 24};
    table.fontPointSize = 14;
    int n = 0;
    for (const MeetingAttendee &a : meeting.attendees) {
        if (a.status == AttendanceStatus::Leave)
            continue;
        table.rows << QStringList{QString::number(++n), MeetingCodes::label(a.party), a.organisation, a.name, a.post,
                                  QString()};
    }
    for (int blank = 0; blank < 5; ++blank)
        table.rows << QStringList{QString::number(++n), QString(), QString(), QString(), QString(), QString()};
    report->addTable(table);
    return report;
}

Result<std::unique_ptr<ReportDocument>> MinutesDocument::minutesFor(Database &database, qint64 meetingId)
{
    Result<Meeting> meeting = MeetingStore::load(database, meetingId);
    if (!meeting)
        return meeting.status();
    return minutes(*meeting, settingstore::communityName(database),
                   MeetingStore::carriedResolutions(database, *meeting));
}

} // namespace cd
