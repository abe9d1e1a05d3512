// The 选举 page on real widgets: an election created through "New election…" runs through all
// six steps — candidates looked up and vetted, the roll frozen on a worker thread, ballots
// typed in by a teller, the count, closing, roles, exports and the 备案 checklist — and the
// database holds each result. Later steps stay disabled until their inputs are complete.
#include "uitestsupport.h"

#include "db/database.h"
#include "demo/demogenerator.h"
#include "election/ballotentrywidget.h"
#include "election/candidatestep.h"
#include "election/countingstep.h"
#include "election/electionfiling.h"
#include "election/electionlistmodel.h"
#include "election/electionpage.h"
#include "election/electionsettingsform.h"
#include "election/electionstore.h"
#include "election/electiontally.h"
#include "election/newelectiondialog.h"
#include "election/preparestep.h"
#include "election/resultsstep.h"
#include "election/rollstep.h"
#include "election/voterrollmodel.h"
#include "election/votingstep.h"
#include "common/clock.h"
#include "session/appsession.h"
#include "settings/languagemanager.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace cd;
using cd::test::settle;

namespace {

struct Person
{
    qint64 id;
    QString name;
};

// Owners who live in their estate: the person lookup finds them by name.
std::vector<Person> residentOwners(Database &db, qint64 estateId, int count)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT p.id, p.name FROM person p JOIN ownership o ON o.person_id = p.id AND o.until IS NULL "
        "JOIN residence r ON r.person_id = p.id AND r.moved_out IS NULL AND r.dwelling_id = o.dwelling_id "
        "JOIN dwelling d ON d.id = o.dwelling_id JOIN unit u ON u.id = d.unit_id "
        "JOIN building b ON b.id = u.building_id WHERE b.estate_id = ? AND p.archived = 0 ORDER BY p.id LIMIT ?"));
    q.addBindValue(estateId);
    q.addBindValue(count);
    REQUIRE(q.exec());
    std::vector<Person> people;
    while (q.next())
        people.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    return people;
}

// Closes any message box (a refused write shows one) and keeps its text, so that a refusal
// fails the test instead of hanging it.
struct MessageBoxWatch
{
    QTimer timer;
    QStringList seen;

    MessageBoxWatch()
    {
        timer.setInterval(50);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (box && box->isVisible()) {
                    seen << box->text();
                    box->done(QMessageBox::Ok);
                }
            }
        });
        timer.start();
    }
};

} // namespace

TEST_CASE("election page: an election through all six steps", "[ui][election]")
{
    test::useTemporarySettings();
    MessageBoxWatch messages;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("election.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        DemoOptions options;
        options.households = 150;
        const Result<DemoSummary> made = DemoGenerator::generate(db, options);
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
    }

    AppSession session;
    ElectionPage page(session);
    REQUIRE(session.open(path).ok());
    page.resize(1400, 900);
    page.show();
    settle();
    QAbstractItemModelTester listTester(page.listModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    Database &db = session.database();
    SystemClock clock;
    ElectionStore store(db, clock);
    const int electionsBefore = page.listModel()->rowCount();
    REQUIRE(electionsBefore == int(store.elections()->size()));

    // --- 准备: "New election…" checks the seats as typed and creates the election.
    bool dialogSeen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<NewElectionDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialogSeen = true;
        ElectionSettingsForm *form = dialog->form();
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        REQUIRE(form->estateBox()->count() > 0);
        form->seatsBox()->setValue(6); // even: refused as typed
        CHECK_FALSE(ok->isEnabled());
        CHECK(form->problemLabel()->text().contains(QStringLiteral("odd")));
        form->seatsBox()->setValue(13); // above the bound
        CHECK_FALSE(ok->isEnabled());
        form->seatsBox()->setValue(5);
        CHECK(ok->isEnabled());
        CHECK_FALSE(form->titleEdit()->text().isEmpty());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    page.newElection();
    settle();
    REQUIRE(dialogSeen);
    REQUIRE(page.listModel()->rowCount() == electionsBefore + 1);
    const qint64 id = page.selectedElection();
    REQUIRE(id != 0);
    const Election created = *store.election(id);
    CHECK(created.seats == 5);
    CHECK(created.isPreparing());

    // Preparation is complete; candidates are next and everything after them is blocked.
    CHECK(page.report(ElectionStep::Prepare).isDone());
    CHECK(page.currentStep() == ElectionStep::Candidates);
    page.showStep(ElectionStep::Roll);
    CHECK(page.report(ElectionStep::Roll).state == StepReport::State::Blocked);
    CHECK_FALSE(page.stepWidget(ElectionStep::Roll)->isEnabled());
    CHECK_FALSE(page.rollStep()->freezeButton()->isEnabled());
    CHECK_FALSE(page.statusLabel()->text().isEmpty());
    page.showStep(ElectionStep::Voting);
    CHECK_FALSE(page.stepWidget(ElectionStep::Voting)->isEnabled());
    page.showStep(ElectionStep::Counting);
    CHECK_FALSE(page.countingStep()->closeButton()->isEnabled());

    // --- 候选人: six owners through the person lookup, vetted through the checklist.
    page.showStep(ElectionStep::Candidates);
    CandidateStep *candidates = page.candidateStep();
    REQUIRE(candidates->isEnabled());
    const std::vector<Person> people = residentOwners(db, created.estateId, 6);
    REQUIRE(people.size() == 6);
    for (size_t i = 0; i < people.size(); ++i) {
        candidates->searchEdit()->setText(people[i].name); // QTest types ASCII only
        candidates->search();
        QListWidget *results = candidates->resultList();
        int match = -1;
        for (int row = 0; row < results->count(); ++row) {
            if (results->item(row)->data(Qt::UserRole).toLongLong() == people[i].id)
                match = row;
        }
        INFO(people[i].name.toStdString());
        REQUIRE(match >= 0);
        results->setCurrentRow(match);
        candidates->sourceBox()->setCurrentIndex(int(i % 4));
        REQUIRE(candidates->addButton()->isEnabled());
        QTest::mouseClick(candidates->addButton(), Qt::LeftButton);
    }
    REQUIRE(store.candidates(id)->size() == 6);
    CHECK(candidates->candidateTable()->rowCount() == 6);
    CHECK(page.report(ElectionStep::Candidates).state == StepReport::State::InProgress);
    CHECK(page.report(ElectionStep::Roll).state == StepReport::State::Blocked);

    // The vetting conditions belong to the election: one added, then removed again.
    const size_t conditionCount = store.conditions(id)->size();
    REQUIRE(candidates->addCondition(QStringLiteral("disqualifier"), QStringLiteral("本届候选人测试条件")));
    REQUIRE(store.conditions(id)->size() == conditionCount + 1);
    REQUIRE(candidates->conditionTable()->rowCount() == int(conditionCount + 1));
    candidates->conditionTable()->selectRow(int(conditionCount));
    candidates->removeSelectedCondition();
    REQUIRE(store.conditions(id)->size() == conditionCount);

    const std::vector<Candidate> added = *store.candidates(id);
    for (const Candidate &c : added) {
        candidates->selectCandidate(c.id);
        REQUIRE(candidates->selectedCandidate() == c.id);
        CHECK_FALSE(candidates->approveButton()->isEnabled()); // nothing ticked yet
        CHECK_FALSE(candidates->problemLabel()->text().isEmpty());
        for (int i = 0; i < 4; ++i)
            candidates->fourHasBox(i)->setChecked(true);
        const std::vector<ElectionCondition> conditions = *store.conditions(id);
        REQUIRE(candidates->conditionTable()->rowCount() == int(conditions.size()));
        for (size_t row = 0; row < conditions.size(); ++row)
            candidates->setConditionAnswer(int(row), conditions[row].isDisqualifier() ? 0 : 1);
        CHECK(candidates->problemLabel()->text().isEmpty());
        REQUIRE(candidates->approveButton()->isEnabled());
        if (c.id == added.front().id) {
            // A disqualifier that applies blocks the approval, named under the checklist.
            const auto disqualifier = std::find_if(conditions.begin(), conditions.end(),
                                                   [](const ElectionCondition &k) { return k.isDisqualifier(); });
            REQUIRE(disqualifier != conditions.end());
            const int row = int(disqualifier - conditions.begin());
            candidates->setConditionAnswer(row, 1);
            CHECK_FALSE(candidates->approveButton()->isEnabled());
            CHECK(candidates->problemLabel()->text().contains(disqualifier->text));
            candidates->setConditionAnswer(row, 0);
            REQUIRE(candidates->approveButton()->isEnabled());
        }
        QTest::mouseClick(candidates->approveButton(), Qt::LeftButton);
        CHECK(store.candidate(c.id)->isApproved());
    }
    // The party share is a reminder, never a block.
    int party = 0;
    const std::vector<Candidate> vetted = *store.candidates(id);
    for (const Candidate &c : vetted)
        party += c.partyMember ? 1 : 0;
    CHECK(candidates->summaryLabel()->text().contains(QStringLiteral("under 50%")) == (2 * party < 6));
    CHECK(page.report(ElectionStep::Candidates).isDone());

    // --- 选民名册: the roll is frozen on a worker thread when voting opens.
    page.showStep(ElectionStep::Roll);
    RollStep *roll = page.rollStep();
    REQUIRE(roll->isEnabled());
    const VoterRoll preview = *store.roll(id);
    CHECK_FALSE(preview.frozen);
    CHECK(roll->model()->rowCount() == int(preview.persons));
    CHECK(roll->totalsLabel()->text().contains(QString::number(preview.persons)));
    REQUIRE(roll->freezeButton()->isEnabled());
    const QString rollXlsx = dir.file(QStringLiteral("roll.xlsx"));
    CHECK(roll->exportRoll(rollXlsx).ok());
    CHECK(QFile::exists(rollXlsx));
    roll->startOpenVoting();
    CHECK(page.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
    settle();
    REQUIRE(store.election(id)->isVoting());
    const VoterRoll frozen = *store.roll(id);
    CHECK(frozen.frozen);
    CHECK(frozen.persons == preview.persons);
    CHECK(frozen.areaCenti == preview.areaCenti);
    CHECK(page.report(ElectionStep::Roll).isDone());

    // --- 投票: ballots to PDF on the worker, statuses, a proxy and the teller's keyboard entry.
    page.showStep(ElectionStep::Voting);
    VotingStep *voting = page.votingStep();
    REQUIRE(voting->isEnabled());
    QAbstractItemModelTester voterTester(voting->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(voting->model()->rowCount() == int(frozen.persons));
    const QString ballotsPdf = dir.file(QStringLiteral("ballots.pdf"));
    voting->startBallotsPdf(ballotsPdf);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    {
        QFile pdf(ballotsPdf);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
    }
    const int total = int(frozen.persons);
    CHECK(voting->setVoterStatus(total, QStringLiteral("refused")));
    CHECK(store.voter(id, total)->status == QLatin1String("refused"));
    CHECK(voting->setCanvass(total - 1, QStringLiteral("revisit")));
    CHECK(store.voter(id, total - 1)->canvass == QLatin1String("revisit"));
    CHECK(voting->setProxy(2, QStringLiteral("代理人"), QString()));
    CHECK(store.voter(id, 2)->proxyName == QStringLiteral("代理人"));
    const QString gapBefore = voting->turnoutLabel()->text();
    CHECK_FALSE(gapBefore.isEmpty());

    // Ballot 1 typed as a teller would: number, Enter, marks, Enter.
    BallotEntryWidget *entry = voting->entryWidget();
    entry->numberBox()->setFocus();
    QTest::keyClicks(entry->numberBox(), QStringLiteral("1"));
    QTest::keyClick(entry->numberBox(), Qt::Key_Return);
    QTest::keyClicks(entry->marksEdit(), QStringLiteral("yyyyyn"));
    QTest::keyClick(entry->marksEdit(), Qt::Key_Return);
    REQUIRE(*store.ballotCount(id) == 1);
    CHECK(store.voter(id, 1)->status == QLatin1String("voted"));
    CHECK(entry->voterNumber() == 0); // ready for the next ballot
    CHECK(voting->turnoutLabel()->text() != gapBefore);

    // Ballot 3 invalid; the rest of the first 85% yes to candidates 1–5 and no to 6.
    entry->setVoterNumber(3);
    entry->marksEdit()->setFocus();
    QTest::keyClicks(entry->marksEdit(), QStringLiteral("x"));
    QTest::keyClick(entry->marksEdit(), Qt::Key_Return);
    REQUIRE(*store.ballotCount(id) == 2);
    const int voters = (total * 85) / 100;
    for (int number = 2; number <= voters; ++number) {
        if (number == 3)
            continue;
        entry->setVoterNumber(number);
        entry->setMarksText(QStringLiteral("yyyyyn"));
        REQUIRE(entry->submitButton()->isEnabled());
        entry->submitButton()->click();
    }
    REQUIRE(*store.ballotCount(id) == voters);
    CHECK(page.report(ElectionStep::Counting).canRun());

    // --- 计票: the count on both measures, then closing freezes the ballots.
    page.showStep(ElectionStep::Counting);
    CountingStep *counting = page.countingStep();
    REQUIRE(counting->isEnabled());
    CHECK(counting->table()->rowCount() == 6);
    const TallyResult tally = *ElectionTally::run(db, id);
    CHECK(tally.turnoutMet());
    REQUIRE(tally.elected.size() == 5);
    CHECK(tally.tied.empty());
    CHECK(tally.invalid.persons == 1);
    const std::vector<Candidate> slate = *store.candidates(id);
    for (int i = 0; i < 5; ++i)
        CHECK(std::find(tally.elected.begin(), tally.elected.end(), slate[size_t(i)].id) != tally.elected.end());
    CHECK(counting->electedLabel()->text().contains(slate[0].name));
    CHECK_FALSE(counting->electedLabel()->text().contains(slate[5].name));
    REQUIRE(counting->closeButton()->isEnabled());
    REQUIRE(counting->closeVote());
    REQUIRE(store.election(id)->isClosed());
    BallotEntry late;
    late.voterNumber = total - 2;
    late.invalid = true;
    CHECK_FALSE(store.enterBallot(id, late).ok()); // frozen

    // --- 结果: roles, the committee in the census data, a logged correction, exports, 备案.
    page.showStep(ElectionStep::Results);
    ResultsStep *results = page.resultsStep();
    REQUIRE(results->isEnabled());
    REQUIRE(results->memberTable()->rowCount() == 5);
    auto *role = qobject_cast<QComboBox *>(results->memberTable()->cellWidget(0, 2));
    REQUIRE(role);
    const int director = role->findData(QStringLiteral("director"));
    role->setCurrentIndex(director);
    emit role->activated(director);
    const std::vector<ElectedMember> members = *store.members(id);
    REQUIRE(members.size() == 5);
    CHECK(members.front().role == QLatin1String("director"));

    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT m.person_id, m.role FROM owners_committee_member m "
                             "JOIN owners_committee c ON c.id = m.committee_id "
                             "JOIN election e ON e.committee_id = c.id "
                             "WHERE e.id = ? AND c.estate_id = ? AND m.until IS NULL"));
    q.addBindValue(id);
    q.addBindValue(created.estateId);
    REQUIRE(q.exec());
    QSet<qint64> recorded;
    int directors = 0;
    while (q.next()) {
        recorded.insert(q.value(0).toLongLong());
        directors += q.value(1).toString() == QLatin1String("director") ? 1 : 0;
    }
    QSet<qint64> elected;
    for (const ElectedMember &m : members)
        elected.insert(m.personId);
    CHECK(recorded == elected);
    CHECK(directors == 1);

    // A correction after closing goes through the dialog and needs its reason.
    bool correctionSeen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *ballot = dialog->findChild<BallotEntryWidget *>();
        REQUIRE(ballot);
        correctionSeen = true;
        ballot->setVoterNumber(3);
        ballot->setMarksText(QStringLiteral("y"));
        REQUIRE(ballot->submitButton()->isEnabled());
        QLineEdit *reason = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->parent() == dialog)
                reason = edit;
        }
        REQUIRE(reason);
        reason->setText(QStringLiteral("misread by the teller"));
        ballot->submitButton()->click();
    });
    results->correctBallotDialog();
    REQUIRE(correctionSeen);
    REQUIRE(store.corrections(id)->size() == 1);
    CHECK(store.corrections(id)->front().reason == QStringLiteral("misread by the teller"));

    const QString tables = dir.file(QStringLiteral("tables.xlsx"));
    const QString notice = dir.file(QStringLiteral("notice.pdf"));
    CHECK(results->exportTables(tables).ok());
    CHECK(results->exportNotice(notice).ok());
    CHECK(QFileInfo(tables).size() > 0);
    CHECK(QFileInfo(notice).size() > 0);

    CHECK_FALSE(results->fileButton()->isEnabled());
    CHECK_FALSE(results->deadlineLabel()->text().isEmpty());
    for (const QString &code : ElectionFiling::itemCodes()) {
        QListWidget *list = results->filingList();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == code)
                list->item(row)->setCheckState(Qt::Checked);
        }
    }
    REQUIRE(results->fileButton()->isEnabled());
    QTest::mouseClick(results->fileButton(), Qt::LeftButton);
    const FilingStatus filing = *ElectionFiling(store).status(id);
    CHECK(filing.filed);
    CHECK(page.report(ElectionStep::Results).isDone());
    for (ElectionStep step : ElectionWorkflow::allSteps())
        CHECK(page.report(step).isDone());
    // The language switches live: the step bar follows (core step names are translated).
    LanguageManager language;
    language.setLanguage(LanguageManager::chinese(), false);
    settle();
    CHECK(page.stepButton(ElectionStep::Prepare)->text().contains(QStringLiteral("准备")));
    CHECK(page.stepButton(ElectionStep::Results)->text().contains(QStringLiteral("结果")));
    CHECK(page.resultsStep()->memberTable()->rowCount() == 5);
    language.setLanguage(LanguageManager::english(), false);
    settle();
    CHECK(page.stepButton(ElectionStep::Prepare)->text().contains(QStringLiteral("Preparation")));
    CHECK(messages.seen.join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("election page: a tie at the last seat is reported and settled by a recorded run-off", "[ui][election]")
{
    test::useTemporarySettings();
    MessageBoxWatch messages;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("tie.sqlite"));
    qint64 id = 0;
    std::vector<qint64> slate;
    {
        // Set up through the store (the entry widgets are exercised above): five seats, six
        // candidates, ballots in a 2:2:1 pattern that tie candidates 5 and 6 for the last seat.
        Database db;
        REQUIRE(db.open(path).ok());
        DemoOptions options;
        options.households = 150;
        REQUIRE(DemoGenerator::generate(db, options).ok());
        SystemClock clock;
        ElectionStore store(db, clock);
        Election e;
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM estate ORDER BY id LIMIT 1")));
        REQUIRE(q.next());
        e.estateId = q.value(0).toLongLong();
        e.title = QStringLiteral("补选测试");
        e.seats = 5;
        e.meetingDate = QDate(2026, 12, 20);
        id = *store.create(e);
        for (const Person &p : residentOwners(db, e.estateId, 6)) {
            const Result<qint64> added = store.addCandidate(id, p.id, QStringLiteral("self"));
            REQUIRE(added.ok());
            REQUIRE(store.approveAllChecks(*added, QString()).ok());
            slate.push_back(*added);
        }
        REQUIRE(slate.size() == 6);
        REQUIRE(store.openVoting(id).ok());
        const int voters = int(store.roll(id)->persons) * 85 / 100 / 5 * 5;
        for (int number = 1; number <= voters; ++number) {
            BallotEntry ballot;
            ballot.voterNumber = number;
            const int group = (number - 1) % 5; // A A B B C
            ballot.yes = {slate[0], slate[1], slate[2]};
            if (group < 4)
                ballot.yes.push_back(slate[3]);
            if (group < 2 || group == 4)
                ballot.yes.push_back(slate[4]);
            if (group >= 2)
                ballot.yes.push_back(slate[5]);
            REQUIRE(store.enterBallot(id, ballot).ok());
        }
        const TallyResult tally = *ElectionTally::run(db, id);
        REQUIRE(tally.turnoutMet());
        REQUIRE(tally.elected.size() == 4);
        REQUIRE(tally.tied.size() == 2);
        REQUIRE(tally.runOffSeats == 1);
    }

    AppSession session;
    ElectionPage page(session);
    REQUIRE(session.open(path).ok());
    page.resize(1400, 900);
    page.show();
    settle();
    page.selectElection(id);
    settle();
    REQUIRE(page.selectedElection() == id);
    CHECK(page.currentStep() == ElectionStep::Voting);

    page.showStep(ElectionStep::Counting);
    CountingStep *counting = page.countingStep();
    CHECK(counting->electedLabel()->text().contains(QStringLiteral("Tie at the last seat")));
    int tieRows = 0;
    for (int row = 0; row < counting->table()->rowCount(); ++row)
        tieRows += counting->table()->item(row, 7)->text().contains(QStringLiteral("run-off")) ? 1 : 0;
    CHECK(tieRows == 2);
    REQUIRE(counting->closeVote());

    // Closed with a tie: the results step asks for the run-off before it is done.
    page.showStep(ElectionStep::Results);
    ResultsStep *results = page.resultsStep();
    CHECK(page.report(ElectionStep::Results).state == StepReport::State::InProgress);
    CHECK(page.statusLabel()->text().contains(QStringLiteral("run-off")));
    REQUIRE(results->runOffBox()->isVisibleTo(results));
    CHECK(results->memberTable()->rowCount() == 4);
    auto *tied = results->runOffBox()->findChild<QListWidget *>();
    REQUIRE(tied);
    REQUIRE(tied->count() == 2);
    auto *record = results->runOffBox()->findChild<QPushButton *>();
    auto *note = results->runOffBox()->findChild<QLineEdit *>();
    REQUIRE((record && note));
    tied->item(1)->setCheckState(Qt::Checked);
    CHECK_FALSE(record->isEnabled()); // the note is required
    note->setText(QStringLiteral("业主大会现场加投，2026-12-20"));
    REQUIRE(record->isEnabled());
    const qint64 winner = tied->item(1)->data(Qt::UserRole).toLongLong();
    QTest::mouseClick(record, Qt::LeftButton);

    SystemClock clock;
    ElectionStore store(session.database(), clock);
    const std::vector<ElectedMember> members = *store.members(id);
    REQUIRE(members.size() == 5);
    CHECK(std::any_of(members.begin(), members.end(), [winner](const ElectedMember &m) {
        return m.candidateId == winner && m.source == QLatin1String("runoff");
    }));
    CHECK(results->memberTable()->rowCount() == 5);
    CHECK_FALSE(results->runOffBox()->isVisibleTo(results));
    CHECK(messages.seen.join(QLatin1Char('\n')).toStdString() == "");
}

// Timings on an estate-sized roll (hidden; run with "[.bench]"): opening the page on an
// election in voting, and one ballot typed in with the page reloading its step after it.
TEST_CASE("election page timings at 5,000 households", "[.bench][election]")
{
    test::useTemporarySettings();
    MessageBoxWatch messages;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("bench.sqlite"));
    qint64 id = 0;
    {
        Database db;
        REQUIRE(db.open(path).ok());
        DemoOptions options;
        options.households = 5000;
        REQUIRE(DemoGenerator::generate(db, options).ok());
        SystemClock clock;
        ElectionStore store(db, clock);
        const std::vector<Election> elections = *store.elections();
        for (const Election &e : elections) {
            if (e.isVoting())
                id = e.id;
        }
        REQUIRE(id != 0);
        WARN("voters on the roll: " << store.roll(id)->persons);
    }
    AppSession session;
    ElectionPage page(session);
    REQUIRE(session.open(path).ok());
    page.resize(1400, 900);
    QElapsedTimer timer;
    timer.start();
    page.show();
    page.selectElection(id);
    page.showStep(ElectionStep::Voting);
    settle();
    WARN("page shown on the voting step: " << timer.elapsed() << " ms");

    BallotEntryWidget *entry = page.votingStep()->entryWidget();
    SystemClock clock;
    ElectionStore store(session.database(), clock);
    int number = 0;
    for (int n = 1; n <= int(store.roll(id)->persons) && !number; ++n) {
        if (store.voter(id, n)->status != QLatin1String("voted"))
            number = n;
    }
    REQUIRE(number > 0);
    timer.restart();
    entry->setVoterNumber(number);
    entry->setMarksText(QStringLiteral("yyyyyyy"));
    INFO("voters listed " << page.votingStep()->model()->rowCount() << ", entry enabled " << entry->isEnabled()
         << ", selected " << page.selectedElection() << " of " << id << ": " << page.statusLabel()->text().toStdString());
    REQUIRE(entry->submitButton()->isEnabled());
    entry->submitButton()->click();
    WARN("one ballot entered and the step reloaded: " << timer.elapsed() << " ms");
    CHECK(messages.seen.join(QLatin1Char('\n')).toStdString() == "");
    CHECK(store.voter(id, number)->status == QLatin1String("voted"));
}
