#pragma once

// A database with the 五单 tables, a hand-set clock, two handlers and a small estate,
// shared by the workflow tests.

#include "common/clock.h"
#include "db/database.h"
#include "testsupport.h"
#include "workflow/categorystore.h"
#include "workflow/handlerstore.h"
#include "workflow/workflowengine.h"
#include "workflow/workflowrules.h"

#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

namespace cd::test {

inline QVariant sqlValue(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.sql());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return QVariant();
    return query.value(0);
}

inline qint64 insertRow(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db.sql());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    REQUIRE(query.exec());
    return query.lastInsertId().toLongLong();
}

struct WorkflowFixture
{
    TempDir dir;
    Database db;
    ManualClock clock{QStringLiteral("2025-04-10T12:00:00")};
    WorkflowEngine engine{db, clock};
    qint64 water = 0, parking = 0;          // categories 水电维修, 停车
    qint64 company = 0, property = 0;       // property_company row and its handler
    qint64 utility = 0;                     // a utility handler
    qint64 estate = 0, building = 0, dwelling = 0, person = 0;

    WorkflowFixture()
    {
        REQUIRE(db.open(dir.file(QStringLiteral("workflow.sqlite"))).ok());
        CategoryStore categories(db);
        water = categories.find(QStringLiteral("水电维修"))->id;
        parking = categories.find(QStringLiteral("停车"))->id;
        company = insertRow(db, QStringLiteral("INSERT INTO property_company(name, phone) VALUES (?, ?)"),
                            {QStringLiteral("苏新物业"), QStringLiteral("024-00000000")});
        property = HandlerStore(db).find(QStringLiteral("苏新物业"))->id;
        utility = HandlerStore(db).add(QStringLiteral("自来水公司"), HandlerKind::Utility).value();
        estate = insertRow(db, QStringLiteral("INSERT INTO estate(name) VALUES (?)"), {QStringLiteral("月亮门小区")});
        building = insertRow(db, QStringLiteral("INSERT INTO building(estate_id, number) VALUES (?, '3')"), {estate});
        const qint64 unit = insertRow(db, QStringLiteral("INSERT INTO unit(building_id, number) VALUES (?, '2')"), {building});
        dwelling = insertRow(db, QStringLiteral("INSERT INTO dwelling(unit_id, room) VALUES (?, '501')"), {unit});
        person = insertRow(db, QStringLiteral("INSERT INTO person(name) VALUES (?)"), {QStringLiteral("贾秀英")});
        insertRow(db, QStringLiteral("INSERT INTO residence(person_id, dwelling_id, moved_in) VALUES (?, ?, '2010-05-01')"),
                  {person, dwelling});
    }

    qint64 add(const QString &listedAt, Severity severity = Severity::Ordinary, qint64 category = 0,
               const QString &title = QStringLiteral("水管漏水"))
    {
        NewRequest request;
        request.title = title;
        request.categoryId = category > 0 ? category : water;
        request.severity = severity;
        request.channel = Channel::Phone;
        request.listedAt = Clock::fromText(listedAt);
        request.actor = QStringLiteral("网格员");
        const Result<qint64> id = engine.add(request);
        INFO(id.message().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    Status tryMove(qint64 id, RequestState to, const QString &at = QString(), const QString &note = QString(),
                   qint64 handler = 0, std::optional<Rating> rating = std::nullopt)
    {
        MoveRequest move;
        move.to = to;
        move.at = at.isEmpty() ? QDateTime() : Clock::fromText(at);
        move.actor = QStringLiteral("书记");
        move.note = note;
        move.handlerId = handler;
        move.rating = rating;
        return engine.move(id, move);
    }

    void move(qint64 id, RequestState to, const QString &at = QString(), const QString &note = QString(),
              qint64 handler = 0, std::optional<Rating> rating = std::nullopt)
    {
        const Status status = tryMove(id, to, at, note, handler, rating);
        INFO(status.message().toStdString());
        REQUIRE(status.ok());
    }

    Request get(qint64 id)
    {
        const Result<Request> request = engine.request(id);
        REQUIRE(request.ok());
        return request.value();
    }

    int events(qint64 id)
    {
        return sqlValue(db, QStringLiteral("SELECT count(*) FROM request_event WHERE request_id = ?"), {id}).toInt();
    }
};

} // namespace cd::test
