// Election figures on an estate of 5,000 dwellings (multi-dwelling owners, co-owners, the
// developer's unsold and undelivered units): building and freezing the voter roll, the tally
// over the returned ballots, and 5,000 numbered ballots to PDF. Targets: roll ≤ 1 s,
// tally ≤ 200 ms, ballots ≤ 30 s.
#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "election/ballotprinter.h"
#include "election/electionstore.h"
#include "election/electiontables.h"
#include "election/electiontally.h"
#include "election/voterrollbuilder.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>
#include <random>

namespace {

qint64 insert(cd::Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        std::fprintf(stderr, "insert failed\n");
        std::exit(1);
    }
    return q.lastInsertId().toLongLong();
}

// 25 buildings × 4 units × 50 rooms; owners as described above the file.
qint64 buildEstate(cd::Database &db, int dwellings)
{
    cd::Transaction tx(db);
    const qint64 estate = insert(db, QStringLiteral("INSERT INTO estate(name, developer) VALUES (?, ?)"),
                                 {QStringLiteral("基准小区"), QStringLiteral("基准置业有限公司")});
    std::mt19937 rng(5000);
    QSqlQuery dwelling(db.sql()), person(db.sql()), owner(db.sql());
    dwelling.prepare(QStringLiteral("INSERT INTO dwelling(unit_id, room, floor, area_centi, occupancy, delivered) VALUES (?,?,?,?,?,?)"));
    person.prepare(QStringLiteral("INSERT INTO person(name, political_status) VALUES (?, ?)"));
    owner.prepare(QStringLiteral("INSERT INTO ownership(dwelling_id, person_id, is_developer, is_voter) VALUES (?,?,?,?)"));
    const auto newPerson = [&](int i) {
        person.addBindValue(QStringLiteral("业主%1").arg(i));
        person.addBindValue(i % 5 == 0 ? QStringLiteral("cpc_member") : QStringLiteral("masses"));
        person.exec();
        return person.lastInsertId().toLongLong();
    };
    int made = 0, people = 0;
    qint64 previousOwner = 0;
    for (int b = 1; made < dwellings; ++b) {
        const qint64 building = insert(db, QStringLiteral("INSERT INTO building(estate_id, number) VALUES (?, ?)"),
                                       {estate, QString::number(b)});
        for (int u = 1; u <= 4 && made < dwellings; ++u) {
            const qint64 unit = insert(db, QStringLiteral("INSERT INTO unit(building_id, number) VALUES (?, ?)"),
                                       {building, QString::number(u)});
            for (int r = 0; r < 50 && made < dwellings; ++r, ++made) {
                const int floor = r / 2 + 1;
                const bool unsold = made % 50 == 7;
                const bool undelivered = made % 100 == 13;
                dwelling.addBindValue(unit);
                dwelling.addBindValue(QString::number(floor * 100 + r % 2 + 1));
                dwelling.addBindValue(floor);
                dwelling.addBindValue(6000 + int(rng() % 9000));
                dwelling.addBindValue(unsold ? QStringLiteral("unsold") : QStringLiteral("owner_occupied"));
                dwelling.addBindValue(undelivered ? 0 : 1);
                dwelling.exec();
                const qint64 d = dwelling.lastInsertId().toLongLong();
                if (unsold) {
                    owner.addBindValue(d);
                    owner.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
                    owner.addBindValue(1);
                    owner.addBindValue(0);
                    owner.exec();
                    continue;
                }
                // Every 12th dwelling belongs to the previous owner too; every 3rd has two co-owners.
                const qint64 first = (made % 12 == 5 && previousOwner) ? previousOwner : newPerson(++people);
                owner.addBindValue(d);
                owner.addBindValue(first);
                owner.addBindValue(0);
                owner.addBindValue(1);
                owner.exec();
                if (made % 3 == 0 && first != previousOwner) {
                    owner.addBindValue(d);
                    owner.addBindValue(newPerson(++people));
                    owner.addBindValue(0);
                    owner.addBindValue(0);
                    owner.exec();
                }
                previousOwner = first;
            }
        }
    }
    tx.commit();
    return estate;
}

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int dwellings = argc > 1 ? std::atoi(argv[1]) : 5000;
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_KEEP"));
    if (!dir.autoRemove())
        std::printf("files kept in %s\n", qPrintable(dir.path()));
    cd::Database db;
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite"))).ok())
        return 1;
    cd::ManualClock clock(QStringLiteral("2026-11-01T09:00:00"));
    const qint64 estate = buildEstate(db, dwellings);

    cd::ElectionStore store(db, clock);
    cd::Election e;
    e.estateId = estate;
    e.title = QStringLiteral("第一届业主委员会选举");
    e.seats = 7;
    e.meetingDate = QDate(2026, 11, 20);
    const cd::Result<qint64> created = store.create(e);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.message()));
        return 1;
    }
    const qint64 election = *created;
    for (int i = 0; i < 9; ++i) {
        const cd::Result<qint64> c = store.addCandidate(election, 1 + i * 37, QStringLiteral("self"));
        const cd::Status vetted = c ? store.approveAllChecks(*c, QString()) : c.status();
        if (!vetted) {
            std::fprintf(stderr, "%s\n", qPrintable(vetted.message()));
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    const cd::Result<cd::VoterRoll> roll = cd::VoterRollBuilder::build(db, estate, QDate(2026, 11, 1));
    const double buildMs = ms(timer);
    timer.restart();
    const cd::Status opened = store.openVoting(election);
    const double openMs = ms(timer);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    std::printf("estate: %d dwellings, roll %lld persons, %s m2\n", roll->dwellings, roll->persons,
                qPrintable(cd::OwnersVote::areaText(roll->areaCenti)));
    std::printf("roll build (preview):           %8.1f ms\n", buildMs);
    std::printf("open voting (build + freeze):   %8.1f ms   target <= 1000 ms\n", openMs);

    const std::vector<cd::Candidate> candidates = *store.candidates(election);
    std::mt19937 rng(42);
    {
        cd::Transaction tx(db);
        for (const cd::RollVoter &v : roll->voters) {
            if (rng() % 100 >= 78)
                continue;
            cd::BallotEntry ballot;
            ballot.voterNumber = v.number;
            for (const cd::Candidate &c : candidates) {
                const unsigned r = rng() % 10;
                if (r < 6)
                    ballot.yes.push_back(c.id);
                else if (r < 8)
                    ballot.no.push_back(c.id);
            }
            if (ballot.yes.size() > 7)
                ballot.yes.resize(7);
            store.enterBallot(election, ballot);
        }
        tx.commit();
    }
    timer.restart();
    const cd::Result<cd::TallyResult> tally = cd::ElectionTally::run(db, election);
    const double tallyMs = ms(timer);
    std::printf("tally (%lld ballots):          %8.1f ms   target <= 200 ms\n", tally->participating.persons, tallyMs);

    timer.restart();
    const QString pdf = dir.filePath(QStringLiteral("ballots.pdf"));
    const cd::Status printed = cd::BallotPrinter(store).writePdf(election, pdf);
    const double pdfMs = ms(timer);
    if (!printed) {
        std::fprintf(stderr, "%s\n", qPrintable(printed.message()));
        return 1;
    }
    std::printf("%lld ballots to PDF:             %8.1f ms   target <= 30000 ms (%.1f MB)\n", roll->persons, pdfMs,
                QFileInfo(pdf).size() / 1e6);

    timer.restart();
    const cd::Status xlsx = cd::ElectionTables(store).writeXlsx(election, dir.filePath(QStringLiteral("t.xlsx")));
    std::printf("detail + summary tables .xlsx:  %8.1f ms %s\n", ms(timer), xlsx.ok() ? "" : "FAILED");
    return 0;
}
