#pragma once

// A database with hand-made estates for the election tests: dwellings with exact areas,
// owners, co-owners and the developer, a hand-set clock and an ElectionStore.

#include "common/clock.h"
#include "db/database.h"
#include "election/electionstore.h"
#include "election/electiontally.h"
#include "election/ownersvote.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

namespace cd::test::election {

inline qint64 insert(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db.sql());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    return query.lastInsertId().toLongLong();
}

inline QVariant value(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.sql());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return QVariant();
    return query.value(0);
}

struct Fixture
{
    TempDir dir;
    Database db;
    ManualClock clock{QStringLiteral("2026-11-01T09:00:00")};
    ElectionStore store{db, clock};
    qint64 estate = 0;
    qint64 unit = 0;
    int rooms = 0;

    Fixture()
    {
        REQUIRE(db.open(dir.file(QStringLiteral("election.sqlite"))).ok());
        estate = addEstate(QStringLiteral("幸福小区"));
    }

    qint64 addEstate(const QString &name)
    {
        const qint64 id = insert(db, QStringLiteral("INSERT INTO estate(name, developer) VALUES (?, ?)"),
                                 {name, QStringLiteral("幸福置业有限公司")});
        const qint64 building = insert(db, QStringLiteral("INSERT INTO building(estate_id, number) VALUES (?, '1')"), {id});
        unit = insert(db, QStringLiteral("INSERT INTO unit(building_id, number) VALUES (?, '1')"), {building});
        return id;
    }

    /// A dwelling in the current unit: room 101, 102, ...
    qint64 dwelling(qint64 areaCenti, const QString &occupancy = QStringLiteral("owner_occupied"), bool delivered = true)
    {
        ++rooms;
        return insert(db, QStringLiteral("INSERT INTO dwelling(unit_id, room, floor, area_centi, occupancy, delivered) VALUES (?,?,?,?,?,?)"),
                      {unit, QString::number(100 + rooms), 1, areaCenti, occupancy, delivered ? 1 : 0});
    }

    qint64 person(const QString &name, const QString &political = QStringLiteral("masses"))
    {
        return insert(db, QStringLiteral("INSERT INTO person(name, political_status) VALUES (?, ?)"), {name, political});
    }

    void own(qint64 dwellingId, qint64 personId, bool voter = true)
    {
        insert(db, QStringLiteral("INSERT INTO ownership(dwelling_id, person_id, is_developer, is_voter) VALUES (?,?,0,?)"),
               {dwellingId, personId, voter ? 1 : 0});
    }

    void developerOwns(qint64 dwellingId)
    {
        insert(db, QStringLiteral("INSERT INTO ownership(dwelling_id, person_id, is_developer, is_voter) VALUES (?,NULL,1,0)"),
               {dwellingId});
    }

    /// `count` dwellings of `areaCenti` each, each with its own owner; returns the owners.
    std::vector<qint64> owners(int count, qint64 areaCenti, const QString &political = QStringLiteral("masses"))
    {
        std::vector<qint64> people;
        for (int i = 0; i < count; ++i) {
            const qint64 p = person(QStringLiteral("业主%1").arg(rooms + 1), political);
            own(dwelling(areaCenti), p);
            people.push_back(p);
        }
        return people;
    }

    /// An election ready to open: meeting date set, the given people approved as candidates.
    qint64 election(int seats, const std::vector<qint64> &candidatePeople, qint64 estateId = 0)
    {
        Election e;
        e.estateId = estateId ? estateId : estate;
        e.title = QStringLiteral("第一届业主委员会选举");
        e.seats = seats;
        e.minSize = 1;
        e.oddSize = false;
        e.meetingDate = QDate(2026, 11, 20);
        const Result<qint64> id = store.create(e);
        REQUIRE(id.ok());
        for (qint64 p : candidatePeople) {
            const Result<qint64> c = store.addCandidate(*id, p, QStringLiteral("self"));
            REQUIRE(c.ok());
            REQUIRE(store.approveAllChecks(*c, QString()).ok());
        }
        return *id;
    }

    /// Candidate ids in ballot order.
    std::vector<qint64> ballotOrder(qint64 electionId)
    {
        std::vector<qint64> ids;
        const Result<std::vector<Candidate>> all = store.candidates(electionId);
        REQUIRE(all.ok());
        for (const Candidate &c : *all) {
            if (c.ballotNumber > 0)
                ids.push_back(c.id);
        }
        return ids;
    }

    qint64 candidateOf(qint64 electionId, qint64 personId)
    {
        const Result<std::vector<Candidate>> all = store.candidates(electionId);
        REQUIRE(all.ok());
        for (const Candidate &c : *all) {
            if (c.personId == personId)
                return c.id;
        }
        FAIL("no such candidate");
        return 0;
    }

    void vote(qint64 electionId, int number, std::vector<qint64> yes, std::vector<qint64> no = {})
    {
        BallotEntry ballot;
        ballot.voterNumber = number;
        ballot.yes = std::move(yes);
        ballot.no = std::move(no);
        const Status entered = store.enterBallot(electionId, ballot);
        INFO(entered.message().toStdString());
        REQUIRE(entered.ok());
    }
};

} // namespace cd::test::election
