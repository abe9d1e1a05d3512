// The 会议 page on real widgets: the editor dialog stores a meeting, the list and the
// compliance strip show it, and the minutes export to PDF.
#include "uitestsupport.h"

#include "common/clock.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "meeting/compliancestrip.h"
#include "meeting/meetingdialog.h"
#include "meeting/meetinglistmodel.h"
#include "meeting/meetingpage.h"
#include "meeting/meetingstore.h"
#include "session/appsession.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cd;
using cd::test::settle;

namespace {

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->item(row, column)->setText(text);
}

} // namespace

TEST_CASE("meeting page: add a meeting through the editor, list, compliance and minutes PDF", "[ui][meeting]")
{
    test::useTemporarySettings();
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("meetings.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        DemoOptions options;
        options.households = 60;
        const Result<DemoSummary> made = DemoGenerator::generate(db, options);
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
    }

    AppSession session;
    MeetingPage page(session);
    REQUIRE(session.open(path).ok());
    page.resize(1300, 800);
    page.show();
    settle();
    QAbstractItemModelTester tester(page.listModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    Database &db = session.database();
    const Result<QVector<MeetingSummary>> before = MeetingStore::list(db);
    REQUIRE(before.ok());
    REQUIRE(page.listModel()->rowCount() == before->size());

    // A joint meeting now, in this month.
    const QDateTime when = QDateTime(SystemClock().now().date(), QTime(9, 30));
    Meeting fresh;
    fresh.startsAt = when;
    MeetingDialog dialog(db, fresh, &page);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(MeetingKind::Joint)));
    dialog.titleEdit()->setText(QStringLiteral("测试联席会议"));
    dialog.placeEdit()->setText(QStringLiteral("社区党群服务中心"));
    dialog.hostEdit()->setText(QStringLiteral("王书记"));
    dialog.recorderEdit()->setText(QStringLiteral("李干事"));
    dialog.discussionEdit()->setPlainText(QStringLiteral("讨论了电梯加装事宜。"));

    MeetingAttendee a;
    a.party = MeetingParty::Property;
    a.organisation = QStringLiteral("物业公司");
    a.name = QStringLiteral("张经理");
    a.post = QStringLiteral("项目经理");
    dialog.addAttendee(a);
    MeetingAttendee b;
    b.name = QStringLiteral("赵主任");
    b.status = AttendanceStatus::Leave;
    dialog.addAttendee(b);

    MeetingAgendaItem item;
    item.text = QStringLiteral("电梯加装方案");
    dialog.addAgendaItem(item);

    // A resolution without text: the form names the field and refuses OK.
    dialog.addResolution(MeetingResolution());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(dialog.problem().startsWith(QStringLiteral("Resolution 1")));
    CHECK_FALSE(ok->isEnabled());
    setCell(dialog.resolutionTable(), 0, 0, QStringLiteral("物业一周内提交加装方案"));
    setCell(dialog.resolutionTable(), 0, 1, QStringLiteral("张经理"));
    setCell(dialog.resolutionTable(), 0, 2, QStringLiteral("2001-01-01"));
    CHECK(dialog.problem().contains(QStringLiteral("deadline")));
    CHECK_FALSE(ok->isEnabled());
    setCell(dialog.resolutionTable(), 0, 2, when.date().addDays(7).toString(Qt::ISODate));
    CHECK(dialog.problem().isEmpty());
    CHECK(ok->isEnabled());

    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const qint64 id = dialog.savedId();
    REQUIRE(id > 0);

    // In the store...
    const Result<QVector<MeetingSummary>> after = MeetingStore::list(db);
    REQUIRE(after.ok());
    REQUIRE(after->size() == before->size() + 1);
    const auto found = std::find_if(after->begin(), after->end(), [id](const MeetingSummary &m) { return m.id == id; });
    REQUIRE(found != after->end());
    CHECK(found->title == QStringLiteral("测试联席会议"));
    CHECK(found->present == 1);
    CHECK(found->openResolutions == 1);
    const Result<Meeting> stored = MeetingStore::load(db, id);
    REQUIRE(stored.ok());
    CHECK(stored->attendees.size() == 2);
    CHECK(stored->attendees.at(1).status == AttendanceStatus::Leave);
    CHECK(stored->resolutions.at(0).deadline == when.date().addDays(7));

    // ...and on the page once it refreshes.
    session.notifyDataChanged();
    settle();
    REQUIRE(page.listModel()->rowCount() == after->size());
    const int row = page.listModel()->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(page.listModel()->index(row, MeetingListModel::Title).data().toString() == QStringLiteral("测试联席会议"));
    CHECK(page.listModel()->index(row, MeetingListModel::Present).data().toInt() == 1);
    CHECK(page.complianceStrip()->state(when.date().month()) == MonthCompliance::Held);
    CHECK_FALSE(page.complianceStrip()->warningText().contains(QStringLiteral("this month")));
    bool listedOpen = false;
    for (int r = 0; r < page.openResolutionTable()->rowCount(); ++r)
        listedOpen = listedOpen || page.openResolutionTable()->item(r, 0)->text() == QStringLiteral("物业一周内提交加装方案");
    CHECK(listedOpen);

    // Minutes as PDF.
    page.selectMeeting(id);
    REQUIRE(page.selectedMeeting() == id);
    const QString pdf = dir.file(QStringLiteral("minutes.pdf"));
    const Status written = page.exportMinutes(id, pdf);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    REQUIRE(QFileInfo(pdf).size() > 1000);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    const QString odt = dir.file(QStringLiteral("minutes.odt"));
    REQUIRE(page.exportMinutes(id, odt).ok());
    CHECK(QFileInfo(odt).size() > 500);

    // Editing keeps the resolution (same id) and stores the changed place.
    {
        MeetingDialog edit(db, *stored, &page);
        CHECK(edit.attendeeTable()->rowCount() == 2);
        CHECK(edit.resolutionTable()->rowCount() == 1);
        edit.placeEdit()->setText(QStringLiteral("居委会会议室"));
        edit.accept();
        REQUIRE(edit.result() == QDialog::Accepted);
        CHECK(edit.savedId() == id);
    }
    const Result<Meeting> edited = MeetingStore::load(db, id);
    REQUIRE(edited.ok());
    CHECK(edited->place == QStringLiteral("居委会会议室"));
    REQUIRE(edited->resolutions.size() == 1);
    CHECK(edited->resolutions.at(0).id == stored->resolutions.at(0).id);
    CHECK(edited->attendees.at(0).name == QStringLiteral("张经理"));

    // Marking the resolution done takes it off the open list.
    REQUIRE(MeetingStore::markResolutionDone(db, stored->resolutions.at(0).id, when.date(), QString()).ok());
    session.notifyDataChanged();
    settle();
    CHECK(page.listModel()->index(page.listModel()->rowOf(id), MeetingListModel::OpenResolutions).data().toString()
              .startsWith(QStringLiteral("0 ")));
}

TEST_CASE("compliance strip: a due month shows the warning", "[ui][meeting]")
{
    ComplianceStrip strip;
    QVector<MonthCompliance> months;
    for (int m = 1; m <= 12; ++m) {
        MonthCompliance c;
        c.month = m;
        c.state = m < 3 ? MonthCompliance::Held : m == 3 ? MonthCompliance::Missing
                : m == 4 ? MonthCompliance::Due : MonthCompliance::Future;
        months << c;
    }
    strip.setMonths(2026, months);
    CHECK(strip.state(4) == MonthCompliance::Due);
    CHECK(strip.state(3) == MonthCompliance::Missing);
    CHECK_FALSE(strip.warningText().isEmpty());
    CHECK(strip.warningText().contains(QStringLiteral("this month")));
    CHECK(strip.warningText().contains(QStringLiteral("3")));
    months[3].state = MonthCompliance::Held;
    months[2].state = MonthCompliance::Held;
    strip.setMonths(2026, months);
    CHECK(strip.warningText().isEmpty());
}
