#include "db/database.h"
#include "db/settingstore.h"
#include "meeting/meetingstore.h"
#include "meeting/minutesdocument.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace cd;

namespace {

Meeting jointMeeting(const QString &when)
{
    Meeting m;
    m.kind = MeetingKind::Joint;
    m.startsAt = QDateTime::fromString(when, Qt::ISODate);
    m.place = QStringLiteral("社区党群服务中心二楼会议室");
    m.host = QStringLiteral("王建国");
    m.recorder = QStringLiteral("李晓梅");
    m.attendees = {
        {0, MeetingParty::PartyCommittee, QStringLiteral("社区党委"), QStringLiteral("王建国"), QStringLiteral("书记"), AttendanceStatus::Present},
        {0, MeetingParty::ResidentsCommittee, QStringLiteral("居委会"), QStringLiteral("赵丽"), QStringLiteral("主任"), AttendanceStatus::Present},
        {0, MeetingParty::OwnersCommittee, QStringLiteral("幸福小区业委会"), QStringLiteral("孙海涛"), QStringLiteral("主任"), AttendanceStatus::Leave},
        {0, MeetingParty::Property, QStringLiteral("安居物业"), QStringLiteral("周强"), QStringLiteral("项目经理"), AttendanceStatus::Present},
        {0, MeetingParty::Other, QStringLiteral("供热公司"), QStringLiteral("吴敏"), QStringLiteral("客服经理"), AttendanceStatus::Observer},
    };
    m.agenda = {{0, QStringLiteral("研究3号楼楼道杂物清理"), 0, 0}};
    m.discussion = QStringLiteral("与会各方就楼道杂物问题充分讨论。\n物业表示将增派保洁人员。");
    return m;
}

MeetingResolution resolution(const QString &text, const QString &responsible, const QDate &deadline)
{
    MeetingResolution r;
    r.text = text;
    r.responsible = responsible;
    r.deadline = deadline;
    return r;
}

QString pdfText(const QString &pdf)
{
    const auto result = test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(result.exitCode == 0);
    // Lines may break anywhere in Chinese text: compare without whitespace.
    return QString::fromUtf8(result.out).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("monthly compliance of joint meetings", "[meeting]")
{
    test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("m.sqlite"))).ok());
    for (const char *when : {"2026-01-15T14:30:00", "2026-02-28T09:00:00", "2026-04-01T09:00:00", "2026-04-20T09:00:00"})
        REQUIRE(MeetingStore::add(db, jointMeeting(QString::fromLatin1(when))).ok());
    Meeting forum = jointMeeting(QStringLiteral("2026-03-10T19:00:00"));
    forum.kind = MeetingKind::ResidentsForum; // does not count as the joint meeting
    REQUIRE(MeetingStore::add(db, forum).ok());

    const auto months = MeetingStore::compliance(db, 2026, QDate(2026, 5, 10));
    REQUIRE(months.ok());
    REQUIRE(months->size() == 12);
    CHECK(months->at(0).state == MonthCompliance::Held);
    CHECK(months->at(1).state == MonthCompliance::Held);
    CHECK(months->at(2).state == MonthCompliance::Missing);
    CHECK(months->at(3).state == MonthCompliance::Held);
    CHECK(months->at(3).jointMeetings == 2);
    CHECK(months->at(4).state == MonthCompliance::Due);
    CHECK(months->at(5).state == MonthCompliance::Future);
    // On the last day of a month without a meeting it is still due, the day after it is missing.
    CHECK(MeetingStore::compliance(db, 2026, QDate(2026, 5, 31))->at(4).state == MonthCompliance::Due);
    CHECK(MeetingStore::compliance(db, 2026, QDate(2026, 6, 1))->at(4).state == MonthCompliance::Missing);
}

TEST_CASE("open resolutions carry over until marked done", "[meeting]")
{
    test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("c.sqlite"))).ok());

    Meeting first = jointMeeting(QStringLiteral("2026-09-10T14:30:00"));
    first.resolutions = {resolution(QStringLiteral("清理3号楼楼道杂物"), QStringLiteral("安居物业"), QDate(2026, 9, 30)),
                         resolution(QStringLiteral("增设电动车充电桩"), QStringLiteral("社区党委"), QDate(2026, 10, 31))};
    const auto firstId = MeetingStore::add(db, first);
    REQUIRE(firstId.ok());
    const Meeting storedFirst = *MeetingStore::load(db, *firstId);
    REQUIRE(storedFirst.resolutions.size() == 2);

    const auto secondId = MeetingStore::add(db, jointMeeting(QStringLiteral("2026-10-12T14:30:00")));
    REQUIRE(secondId.ok());
    Meeting second = *MeetingStore::load(db, *secondId);
    REQUIRE(second.agenda.size() == 3); // its own item + both open resolutions
    CHECK(second.agenda.at(1).carriedResolutionId == storedFirst.resolutions.at(0).id);
    const QString carriedText = MeetingStore::agendaText(second.agenda.at(1), MeetingStore::carriedResolutions(db, second));
    CHECK(carriedText.contains(QStringLiteral("清理3号楼楼道杂物")));
    CHECK(carriedText.contains(QStringLiteral("安居物业")));

    REQUIRE(MeetingStore::markResolutionDone(db, storedFirst.resolutions.at(0).id, QDate(2026, 10, 20),
                                             QStringLiteral("已清理")).ok());
    const auto thirdId = MeetingStore::add(db, jointMeeting(QStringLiteral("2026-11-05T14:30:00")));
    const Meeting third = *MeetingStore::load(db, *thirdId);
    REQUIRE(third.agenda.size() == 2); // only the one still open
    CHECK(third.agenda.at(1).carriedResolutionId == storedFirst.resolutions.at(1).id);

    const auto open = MeetingStore::openResolutions(db, QDateTime(QDate(2026, 12, 31), QTime(0, 0)));
    REQUIRE(open.ok());
    CHECK(open->size() == 1);
    CHECK(MeetingStore::list(db, 2026)->size() == 3);
    CHECK(MeetingStore::list(db, 2025)->isEmpty());

    // Editing a meeting keeps its resolution ids, so the carried links stay valid.
    Meeting edited = *MeetingStore::load(db, *firstId);
    edited.place = QStringLiteral("幸福小区物业办公室");
    REQUIRE(MeetingStore::update(db, edited).ok());
    CHECK(MeetingStore::load(db, *firstId)->resolutions.at(1).id == storedFirst.resolutions.at(1).id);
    CHECK(MeetingStore::openResolutions(db, QDateTime(QDate(2026, 12, 31), QTime(0, 0)))->size() == 1);
}

TEST_CASE("bad meetings are refused naming the field, and nothing is written", "[meeting]")
{
    test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("b.sqlite"))).ok());
    Meeting noDate = jointMeeting(QStringLiteral("2026-10-12T14:30:00"));
    noDate.startsAt = QDateTime();
    CHECK(MeetingStore::add(db, noDate).message().contains(QLatin1String("Date and time")));
    Meeting blankName = jointMeeting(QStringLiteral("2026-10-12T14:30:00"));
    blankName.attendees[2].name = QStringLiteral("  ");
    CHECK(MeetingStore::add(db, blankName).message().contains(QLatin1String("line 3")));
    Meeting earlyDeadline = jointMeeting(QStringLiteral("2026-10-12T14:30:00"));
    earlyDeadline.resolutions = {resolution(QStringLiteral("修路"), QString(), QDate(2026, 10, 1))};
    CHECK(MeetingStore::add(db, earlyDeadline).message().contains(QLatin1String("Resolution 1")));
    CHECK(MeetingStore::list(db)->isEmpty());
    CHECK_FALSE(MeetingStore::load(db, 99).ok());
}

TEST_CASE("minutes PDF: A4, official margins, every attendee and resolution", "[meeting][pdf]")
{
    test::TempDir dir;
    Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite"))).ok());
    REQUIRE(settingstore::setCommunityName(db, QStringLiteral("幸福社区")).ok());
    Meeting meeting = jointMeeting(QStringLiteral("2026-11-05T14:30:00"));
    meeting.masthead = true;
    meeting.resolutions = {resolution(QStringLiteral("清理3号楼楼道杂物"), QStringLiteral("安居物业"), QDate(2026, 11, 30)),
                           resolution(QStringLiteral("排查飞线充电隐患"), QStringLiteral("网格员"), QDate(2026, 11, 15))};
    const auto id = MeetingStore::add(db, meeting);
    REQUIRE(id.ok());
    auto report = MinutesDocument::minutesFor(db, *id);
    REQUIRE(report.ok());
    const QString pdf = dir.file(QStringLiteral("minutes.pdf"));
    REQUIRE(ReportWriter::write(*report.value(), pdf).ok());

    const QString text = pdfText(pdf);
    for (const MeetingAttendee &a : meeting.attendees)
        CHECK(text.contains(a.name));
    for (const MeetingResolution &r : meeting.resolutions) {
        CHECK(text.contains(r.text));
        CHECK(text.contains(r.responsible));
    }
    CHECK(text.contains(QStringLiteral("幸福社区")));
    CHECK(text.contains(QStringLiteral("2026年11月5日")));
    CHECK(text.contains(QStringLiteral("社区党群服务中心二楼会议室")));

    const auto info = test::runProgram(QStringLiteral("pdfinfo"), {pdf});
    CHECK(QString::fromUtf8(info.out).contains(QLatin1String("595 x 842")));
    // Left margin 28 mm, right margin 26 mm: no word outside the text column.
    const auto bbox = test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\""));
    double minX = 1e9, maxX = 0, minY = 1e9;
    auto it = word.globalMatch(QString::fromUtf8(bbox.out));
    while (it.hasNext()) {
        const auto m = it.next();
        minX = qMin(minX, m.captured(1).toDouble());
        minY = qMin(minY, m.captured(2).toDouble());
        maxX = qMax(maxX, m.captured(3).toDouble());
    }
    const double mm = 72 / 25.4;
    CHECK(minX >= 28 * mm - 1);
    CHECK(maxX <= (210 - 26) * mm + 1);
    CHECK(minX <= 28 * mm + 3); // text does start at the margin
    CHECK(minY >= 37 * mm - 8);  // the masthead starts at the top margin

    auto sheet = MinutesDocument::signInSheet(*MeetingStore::load(db, *id), QStringLiteral("幸福社区"));
    const QString sheetPdf = dir.file(QStringLiteral("signin.pdf"));
    REQUIRE(ReportWriter::write(*sheet, sheetPdf).ok());
    const QString sheetText = pdfText(sheetPdf);
    CHECK(sheetText.contains(QStringLiteral("周强")));
    CHECK_FALSE(sheetText.contains(QStringLiteral("孙海涛"))); // on leave: not on the sign-in sheet
}
