// The 党员 page on real widgets over the demo community: census KPI tiles against the
// calculator, the lists behind a tile and a chart bar, a member added through the form, a
// refused deletion with its reason, a credit code kept only with a note, the workbook export.
#include "uitestsupport.h"

#include "common/clock.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "party/censuscalculator.h"
#include "party/censusdrill.h"
#include "party/censusdrilldialog.h"
#include "party/censuskpis.h"
#include "party/censuspanel.h"
#include "party/companydialog.h"
#include "party/kpitile.h"
#include "party/memberdialog.h"
#include "party/memberlistmodel.h"
#include "party/memberpanel.h"
#include "party/optionaldateedit.h"
#include "party/orgpanel.h"
#include "party/partymemberstore.h"
#include "party/partyorgstore.h"
#include "party/partypage.h"
#include "party/personpicker.h"
#include "roster/creditcode.h"
#include "session/appsession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace cd;
using cd::test::settle;

namespace {

QString makeDemo(const test::TempDir &dir)
{
    const QString path = dir.file(QStringLiteral("party.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    DemoOptions options;
    options.households = 150;
    const Result<DemoSummary> made = DemoGenerator::generate(db, options);
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    return path;
}

const CensusKpi &kpiOf(const QVector<CensusKpi> &kpis, const QString &key)
{
    for (const CensusKpi &k : kpis)
        if (k.key == key)
            return k;
    FAIL("no KPI " << key.toStdString());
    return kpis.first();
}

} // namespace

TEST_CASE("party page: census tiles match the calculator and open the lists behind them", "[ui][party]")
{
    test::useTemporarySettings();
    test::TempDir dir;
    const QString path = makeDemo(dir);
    AppSession session;
    PartyPage page(session);
    REQUIRE(session.open(path).ok());
    page.resize(1500, 950);
    page.show();
    page.showTab(PartyPage::Census);
    settle();

    CensusPanel *census = page.censusPanel();
    const int year = SystemClock().now().date().year();
    const Result<CensusData> expected = CensusCalculator::compute(session.database(), year);
    REQUIRE(expected.ok());
    REQUIRE(expected->members.total > 0);
    const QVector<CensusKpi> kpis = CensusKpis::build(*expected);
    REQUIRE(census->tiles().size() == kpis.size());

    // Figures as the calculator counts them; a missed target shows its gap in words.
    KpiTile *members = census->tile(QStringLiteral("party_members"));
    REQUIRE(members);
    CHECK(members->valueText() == QString::number(expected->members.total));
    const CensusKpi &formation = kpiOf(kpis, QStringLiteral("formation_rate"));
    KpiTile *formationTile = census->tile(QStringLiteral("formation_rate"));
    REQUIRE(formationTile);
    CHECK(formationTile->valueText().startsWith(
        QStringLiteral("%1 / %2").arg(expected->companies.formation.numerator).arg(expected->companies.formation.denominator)));
    CHECK(formationTile->gapText() == (formation.met ? QString() : formation.gap));
    for (const CensusKpi &k : kpis) {
        if (!k.met) {
            REQUIRE(census->tile(k.key));
            CHECK_FALSE(census->tile(k.key)->gapText().isEmpty());
        }
    }

    // A click on the tile lists every member it counts.
    QTest::mouseClick(members, Qt::LeftButton);
    settle();
    REQUIRE(census->lastDrill());
    CHECK(census->lastDrill()->entity() == QStringLiteral("members"));
    CHECK(census->lastDrill()->table()->rowCount() == expected->members.total);

    // A click on an age-band bar lists the members of that band.
    int band = 0;
    for (int b = 0; b < partyrules::ageBandCount; ++b)
        if (expected->members.ageBands[std::size_t(b)] > expected->members.ageBands[std::size_t(band)])
            band = b;
    const int inBand = expected->members.ageBands[std::size_t(band)];
    REQUIRE(inBand > 0);
    QChartView *view = census->ageChartView();
    QChart *chart = view->chart();
    REQUIRE(chart->series().size() == 1);
    const QPointF barMiddle = chart->mapToPosition(QPointF(band, inBand / 2.0), chart->series().first());
    const QPoint click = view->mapFromScene(chart->mapToScene(barMiddle));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click);
    settle();
    REQUIRE(census->lastDrill());
    CHECK(census->lastDrill()->key() == QStringLiteral("age_band:%1").arg(band));
    CHECK(census->lastDrill()->table()->rowCount() == inBand);
    CHECK(census->lastDrill()->table()->rowCount()
          == censusdrill::members(*expected, QStringLiteral("age_band:%1").arg(band)).size());

    // The coverage chart's bars open the same list as the rate's tile.
    REQUIRE(census->coverageBars());
    // (the first rate is the top bar, the set's last)
    emit census->coverageBars()->clicked(census->coverageBars()->count() - 1);
    settle();
    REQUIRE(census->lastDrill());
    const CensusKpi firstRate = kpiOf(kpis, QStringLiteral("formation_rate"));
    CHECK(census->lastDrill()->key() == firstRate.drillKey);
    CHECK(census->lastDrill()->table()->rowCount()
          == censusdrill::rows(*expected, firstRate.drillEntity, firstRate.drillKey).size());

    // This year's round exists in the demo: starting it again is not offered.
    CHECK_FALSE(census->startButton()->isEnabled());

    // The workbook is written off the GUI thread.
    QSignalSpy finished(census, &CensusPanel::exportFinished);
    const QString xlsx = dir.file(QStringLiteral("census.xlsx"));
    census->exportWorkbook(xlsx, false);
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().at(0).toBool());
    CHECK(QFileInfo(xlsx).size() > 0);
}

TEST_CASE("party page: a member added through the form, a refused deletion, a credit code kept with a note",
          "[ui][party]")
{
    test::useTemporarySettings();
    test::TempDir dir;
    const QString path = makeDemo(dir);
    AppSession session;
    PartyPage page(session);
    REQUIRE(session.open(path).ok());
    page.resize(1500, 950);
    page.show();
    page.showTab(PartyPage::Members);
    settle();
    Database &db = session.database();

    MemberPanel *panel = page.memberPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = panel->model()->totalCount();
    REQUIRE(before > 0);

    // An adult of the roster who is not a member yet.
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id, name, birth_date FROM person WHERE birth_date <= '1990-01-01' "
                                  "AND id NOT IN (SELECT person_id FROM party_member) ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 personId = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    const QDate birth = QDate::fromString(q.value(2).toString(), Qt::ISODate);

    MemberDialog dialog(db, PartyMember(), QString(), &page);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no person yet
    dialog.personPicker()->searchEdit()->setText(name);
    dialog.personPicker()->search();
    const int found = dialog.personPicker()->results()->findData(personId);
    REQUIRE(found >= 0);
    dialog.personPicker()->results()->setCurrentIndex(found);

    // Admitted before the age of 18: the wrong field is named and saving is blocked.
    dialog.joinedEdit()->setDate(birth.addYears(10));
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(dialog.problemLabel()->text().isEmpty());

    const QDate joined = SystemClock().now().date().addMonths(-3);
    dialog.joinedEdit()->setDate(joined);
    dialog.orgBox()->setCurrentIndex(1);
    CHECK(dialog.probationLabel()->text().contains(joined.addYears(1).toString(QStringLiteral("yyyy-MM-dd"))));
    INFO(dialog.problemLabel()->text().toStdString());
    REQUIRE(ok->isEnabled());
    dialog.accept();
    REQUIRE(dialog.savedId() > 0);
    const Result<PartyMember> saved = PartyMemberStore(db).member(dialog.savedId());
    REQUIRE(saved.ok());
    CHECK(saved->personId == personId);
    CHECK(saved->joined == joined);
    CHECK_FALSE(saved->fullDate.isValid());
    panel->reload();
    CHECK(panel->model()->totalCount() == before + 1);

    // The probationary filter finds the new member.
    panel->statusBox()->setCurrentIndex(panel->statusBox()->findData(QStringLiteral("probationary")));
    panel->searchEdit()->setText(name);
    panel->reload();
    bool listed = false;
    for (int row = 0; row < panel->model()->totalCount(); ++row)
        listed = listed || panel->model()->row(row).member.id == dialog.savedId();
    CHECK(listed);

    // Deleting an organisation with members is refused, and the reason is shown.
    page.showTab(PartyPage::Organisations);
    settle();
    OrgPanel *orgs = page.orgPanel();
    PartyOrgStore store(db);
    const Result<std::vector<PartyOrgNode>> tree = store.tree(SystemClock().now().date());
    REQUIRE(tree.ok());
    qint64 withMembers = 0;
    for (const PartyOrgNode &n : *tree)
        if (!withMembers && n.fullMembers > 0)
            withMembers = n.org.id;
    REQUIRE(withMembers > 0);
    REQUIRE(orgs->selectOrg(withMembers));
    CHECK(orgs->memberTable()->rowCount() > 0);
    orgs->deleteOrg();
    const QStringList reasons = store.referencesTo(withMembers);
    REQUIRE_FALSE(reasons.isEmpty());
    CHECK(orgs->messageLabel()->isVisibleTo(orgs));
    CHECK(orgs->messageLabel()->text().contains(reasons.first()));
    CHECK(store.org(withMembers).ok());

    // A credit code whose check character fails is flagged and kept only with a note.
    const QString first17 = QStringLiteral("91110105MA01ABCD2");
    const QChar good = creditcode::checkCharacter(first17);
    const QString bad = first17 + (good == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
    CompanyDialog company(db, CompanyPartyInfo(), &page);
    QPushButton *save = company.buttons()->button(QDialogButtonBox::Ok);
    company.nameEdit()->setText(QStringLiteral("测试物业服务有限公司"));
    company.creditCodeEdit()->setText(first17 + good);
    CHECK(save->isEnabled());
    company.creditCodeEdit()->setText(bad);
    CHECK_FALSE(save->isEnabled());
    CHECK(company.creditNoteEdit()->isVisibleTo(&company));
    company.creditNoteEdit()->setText(QStringLiteral("营业执照原件如此"));
    CHECK(save->isEnabled());
    company.accept();
    REQUIRE(company.savedId() > 0);
}
