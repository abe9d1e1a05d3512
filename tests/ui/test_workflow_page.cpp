// The 五单 page on real widgets: a request listed with the keyboard form, then moved through
// 接单 → 派单 → 领单 → 办结 → 评单 → 关闭 by clicking the step buttons, the database checked at
// every step; refused steps show the engine's message; slip and monthly report export.
#include "uitestsupport.h"

#include "common/clock.h"
#include "db/database.h"
#include "session/appsession.h"
#include "workflow/categorystore.h"
#include "workflow/handlerstore.h"
#include "workflow/requestdetailpane.h"
#include "workflow/requestform.h"
#include "workflow/requestlistmodel.h"
#include "workflow/steppanel.h"
#include "workflow/workflowdashboard.h"
#include "workflow/workflowpage.h"
#include "workflow/workflowrules.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace cd;
using cd::test::settle;

namespace {

QVariant value(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.sql());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

qint64 insert(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db.sql());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    REQUIRE(query.exec());
    return query.lastInsertId().toLongLong();
}

/// Typed text as an input method commits it (Chinese cannot go through QTest::keyClicks).
void type(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

QString column(Database &db, qint64 id, const char *name)
{
    return value(db, QStringLiteral("SELECT %1 FROM request WHERE id = ?").arg(QLatin1String(name)), {id}).toString();
}

} // namespace

TEST_CASE("workflow page: list with the form, five steps by the buttons, refusals, printing", "[ui][workflow]")
{
    test::useTemporarySettings();
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("workflow.sqlite"));
    qint64 person = 0, handler = 0;
    {
        Database db;
        REQUIRE(db.open(path).ok());
        const qint64 estate = insert(db, QStringLiteral("INSERT INTO estate(name) VALUES (?)"), {QStringLiteral("月亮门小区")});
        const qint64 building = insert(db, QStringLiteral("INSERT INTO building(estate_id, number) VALUES (?, '3')"), {estate});
        const qint64 unit = insert(db, QStringLiteral("INSERT INTO unit(building_id, number) VALUES (?, '2')"), {building});
        const qint64 dwelling = insert(db, QStringLiteral("INSERT INTO dwelling(unit_id, room) VALUES (?, '501')"), {unit});
        person = insert(db, QStringLiteral("INSERT INTO person(name, phone) VALUES (?, ?)"),
                        {QStringLiteral("贾秀英"), QStringLiteral("13812345678")});
        insert(db, QStringLiteral("INSERT INTO residence(person_id, dwelling_id, moved_in) VALUES (?, ?, '2010-05-01')"),
               {person, dwelling});
        insert(db, QStringLiteral("INSERT INTO property_company(name) VALUES (?)"), {QStringLiteral("苏新物业")});
        handler = HandlerStore(db).find(QStringLiteral("苏新物业"))->id;
    }

    AppSession session;
    WorkflowPage page(session);
    REQUIRE(session.open(path).ok());
    page.resize(1500, 900);
    page.show();
    settle();
    QAbstractItemModelTester tester(page.requestModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    Database &db = session.database();
    RequestDetailPane *detail = page.detailPane();
    StepPanel *panel = detail->stepPanel();

    // 列单: the form filled from the keyboard, saved with Ctrl+Enter.
    bool formSeen = false;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<RequestForm *>(QApplication::activeModalWidget());
        REQUIRE(form);
        formSeen = true;
        CHECK_FALSE(form->saveButton()->isEnabled());
        type(form->titleEdit(), QStringLiteral("厨房水管漏水"));
        CHECK(form->problem().contains(QStringLiteral("Category")));
        type(form->categoryCombo()->lineEdit(), QStringLiteral("水电维修"));
        form->severityCombo()->lineEdit()->selectAll();
        QTest::keyClicks(form->severityCombo()->lineEdit(), QStringLiteral("Complex"));
        CHECK(form->request().severity == Severity::Complex);
        type(form->personEdit(), QStringLiteral("贾秀"));
        form->choosePerson(0);
        CHECK(form->request().personId == person);
        CHECK(form->request().dwellingId != 0);
        type(form->descriptionEdit(), QStringLiteral("水管接口渗水，地面有积水"));
        CHECK(form->problem().isEmpty());
        QTest::keyClick(form->descriptionEdit(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::mouseClick(page.newRequestButton(), Qt::LeftButton);
    settle();
    REQUIRE(formSeen);
    const qint64 id = value(db, QStringLiteral("SELECT max(id) FROM request")).toLongLong();
    REQUIRE(id > 0);
    CHECK(column(db, id, "state") == QStringLiteral("listed"));
    CHECK(column(db, id, "title") == QStringLiteral("厨房水管漏水"));
    CHECK(column(db, id, "severity") == QStringLiteral("complex"));
    CHECK(value(db, QStringLiteral("SELECT person_id FROM request WHERE id = ?"), {id}).toLongLong() == person);
    CHECK(value(db, QStringLiteral("SELECT c.name FROM request r JOIN request_category c ON c.id = r.category_id "
                                   "WHERE r.id = ?"), {id}).toString() == QStringLiteral("水电维修"));
    REQUIRE(detail->requestId() == id);
    CHECK(page.queueCount(RequestState::Listed) == 1);
    CHECK(page.requestModel()->rowCount() == 1);
    CHECK(page.requestModel()->data(page.requestModel()->index(0, RequestListModel::NumberColumn),
                                    RequestListModel::ColourRole).toInt() == int(DeadlineColour::Green));

    // Only the allowed next steps are offered.
    CHECK(detail->stepButton(RequestState::Accepted));
    CHECK(detail->stepButton(RequestState::Returned));
    CHECK_FALSE(detail->stepButton(RequestState::Dispatched));

    // 接单: one click, no fields.
    QTest::mouseClick(detail->stepButton(RequestState::Accepted), Qt::LeftButton);
    settle();
    CHECK(column(db, id, "state") == QStringLiteral("accepted"));
    CHECK(page.queueCount(RequestState::Accepted) == 1);

    // 派单 without a handler is refused with the engine's words; then with one.
    QTest::mouseClick(detail->stepButton(RequestState::Dispatched), Qt::LeftButton);
    REQUIRE(panel->isVisible());
    CHECK(panel->handlerCombo()->isVisible());
    CHECK_FALSE(panel->ratingCombo()->isVisible());
    panel->handlerCombo()->setCurrentIndex(-1);
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    CHECK(detail->messageLabel()->isVisible());
    CHECK(detail->messageLabel()->text().contains(QStringLiteral("needs a handler")));
    CHECK(column(db, id, "state") == QStringLiteral("accepted"));
    panel->handlerCombo()->setCurrentIndex(panel->handlerCombo()->findData(handler));
    type(panel->noteEdit(), QStringLiteral("请尽快处理"));
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    settle();
    CHECK(column(db, id, "state") == QStringLiteral("dispatched"));
    CHECK(value(db, QStringLiteral("SELECT handler_id FROM request WHERE id = ?"), {id}).toLongLong() == handler);
    CHECK_FALSE(detail->messageLabel()->isVisible());

    // 领单: the arrival time.
    QTest::mouseClick(detail->stepButton(RequestState::Taken), Qt::LeftButton);
    CHECK(panel->timeEdit()->isVisible());
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    settle();
    CHECK(column(db, id, "state") == QStringLiteral("taken"));
    CHECK_FALSE(column(db, id, "first_arrived_at").isEmpty());

    // 办结: refused without a result, then with it (Ctrl+Enter in the note confirms).
    QTest::mouseClick(detail->stepButton(RequestState::Resolved), Qt::LeftButton);
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    CHECK(detail->messageLabel()->text().contains(QStringLiteral("needs the result")));
    CHECK(column(db, id, "state") == QStringLiteral("taken"));
    type(panel->noteEdit(), QStringLiteral("已更换水管接头"));
    QTest::keyClick(panel->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    settle();
    CHECK(column(db, id, "state") == QStringLiteral("resolved"));
    CHECK(column(db, id, "result") == QStringLiteral("已更换水管接头"));

    // 评单: 基本满意 with a comment.
    QTest::mouseClick(detail->stepButton(RequestState::Rated), Qt::LeftButton);
    CHECK(panel->ratingCombo()->isVisible());
    panel->ratingCombo()->setCurrentIndex(panel->ratingCombo()->findData(WorkflowRules::code(Rating::Basic)));
    type(panel->noteEdit(), QStringLiteral("师傅来得及时"));
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    settle();
    CHECK(column(db, id, "state") == QStringLiteral("rated"));
    CHECK(column(db, id, "rating") == QStringLiteral("basic"));
    CHECK(column(db, id, "rating_comment") == QStringLiteral("师傅来得及时"));

    QTest::mouseClick(detail->stepButton(RequestState::Closed), Qt::LeftButton);
    settle();
    CHECK(column(db, id, "state") == QStringLiteral("closed"));
    CHECK(detail->stepButton(RequestState::Closed) == nullptr);
    CHECK(page.queueCount(RequestState::Closed) == 1);
    CHECK(page.queueCount(RequestState::Listed) == 0);

    // The timeline shows every step with its actor and note.
    const int events = value(db, QStringLiteral("SELECT count(*) FROM request_event WHERE request_id = ?"), {id}).toInt();
    CHECK(events == 7);
    CHECK(detail->timelineTable()->rowCount() == events);

    // The closed queue lists it; filters narrow it in SQL.
    page.showQueue(RequestState::Closed);
    CHECK(page.requestModel()->rowCount() == 1);
    QTest::keyClicks(page.searchEdit(), QStringLiteral("no such words"));
    page.reloadBoard();
    CHECK(page.queueCount(RequestState::Closed) == 0);
    page.searchEdit()->clear();
    page.reloadBoard();
    CHECK(page.queueCount(RequestState::Closed) == 1);

    // Printing: slip and monthly report to PDF.
    const QString slip = dir.file(QStringLiteral("slip.pdf"));
    REQUIRE(page.exportSlip(id, slip).ok());
    CHECK(QFileInfo(slip).size() > 1000);
    const QString month = SystemClock().now().toString(QStringLiteral("yyyy-MM"));
    const QString report = dir.file(QStringLiteral("requests.pdf"));
    REQUIRE(page.exportMonthReport(month, report).ok());
    CHECK(QFileInfo(report).size() > 1000);

    // The dashboard: this month's figures and charts.
    page.tabs()->setCurrentIndex(1);
    settle();
    CHECK(page.dashboard()->month() == month);
    CHECK(page.dashboard()->stats().total.requests == 1);
    CHECK(page.dashboard()->stats().total.ratings() == 1);
    CHECK(page.dashboard()->categoryChart()->series().size() == 1);
    CHECK(page.dashboard()->trendChart()->series().size() == 3);
}
