#pragma once
// A small hand-made community for the roster tests, with known answers.

#include "db/database.h"
#include "roster/idnumber.h"
#include "roster/rosterrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>
#include <map>

namespace rosterfixture {

/// A valid 18-character ID number from address code, birth date (yyyyMMdd) and sequence.
inline QString makeId(const char *address, const char *birth, const char *sequence)
{
    const QString first17 = QString::fromLatin1(address) + QString::fromLatin1(birth) + QString::fromLatin1(sequence);
    return first17 + cd::idnumber::checkCharacter(first17);
}

inline qint64 saved(const cd::Result<cd::RosterChange> &change)
{
    INFO(change.message().toStdString());
    REQUIRE(change.ok());
    return change->id;
}

inline int scalarInt(cd::Database &db, const QString &sql, qint64 bind = -1)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    if (bind >= 0)
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

/// 幸福小区 (developer 幸福置业): building 3 (grid 第一网格) units 1 and 2, building 5 (第二网格);
/// 和谐家园: building 3 unit 2. People live at known rooms; 赵六 is archived.
struct Community
{
    cd::test::TempDir dir;
    cd::Database db;
    std::unique_ptr<cd::RosterRepository> repo;
    qint64 xingfu = 0, hexie = 0, gridA = 0, gridB = 0;
    std::map<QString, qint64> dwelling; // "幸福小区 3-2-501" -> id
    std::map<QString, qint64> person;   // name -> id

    Community()
    {
        REQUIRE(db.open(dir.file(QStringLiteral("roster.sqlite"))).ok());
        repo = std::make_unique<cd::RosterRepository>(db);
        cd::RosterRepository &r = *repo;
        xingfu = saved(r.saveEstate({0, QStringLiteral("幸福小区"), QString(), QStringLiteral("幸福置业"), QString()}));
        hexie = saved(r.saveEstate({0, QStringLiteral("和谐家园"), QString(), QString(), QString()}));
        gridA = saved(r.saveGrid({0, QStringLiteral("第一网格"), QStringLiteral("刘网格"), QString()}));
        gridB = saved(r.saveGrid({0, QStringLiteral("第二网格"), QString(), QString()}));
        addRoom(xingfu, QStringLiteral("幸福小区"), QStringLiteral("3"), gridA, QStringLiteral("2"), QStringLiteral("501"));
        addRoom(xingfu, QStringLiteral("幸福小区"), QStringLiteral("3"), gridA, QStringLiteral("2"), QStringLiteral("502"));
        addRoom(xingfu, QStringLiteral("幸福小区"), QStringLiteral("3"), gridA, QStringLiteral("1"), QStringLiteral("101"));
        addRoom(xingfu, QStringLiteral("幸福小区"), QStringLiteral("5"), gridB, QStringLiteral("1"), QStringLiteral("501"));
        addRoom(hexie, QStringLiteral("和谐家园"), QStringLiteral("3"), 0, QStringLiteral("2"), QStringLiteral("501"));

        addPerson(QStringLiteral("张三丰"), makeId("110105", "19491231", "001"), QStringLiteral("13800138000"),
                  QStringLiteral("幸福小区 3-2-501"), QStringLiteral("户主"), {QStringLiteral("elderly_alone")},
                  QStringLiteral("cpc_member"));
        addPerson(QStringLiteral("张三"), makeId("110105", "19800101", "003"), QStringLiteral("13912345678"),
                  QStringLiteral("幸福小区 3-2-501"), QStringLiteral("子女"));
        addPerson(QStringLiteral("王建国"), makeId("210102", "19650315", "005"), QStringLiteral("13700001111"),
                  QStringLiteral("幸福小区 3-2-502"), QStringLiteral("户主"), {QStringLiteral("veteran")});
        addPerson(QStringLiteral("王建"), makeId("210102", "19900620", "002"), QStringLiteral("15000002222"),
                  QStringLiteral("幸福小区 3-1-101"), QStringLiteral("租户"));
        addPerson(QStringLiteral("王芳"), makeId("210103", "19880808", "004"), QStringLiteral("18600003333"),
                  QStringLiteral("幸福小区 5-1-501"), QStringLiteral("户主"));
        addPerson(QStringLiteral("李四"), makeId("310104", "19750505", "006"), QStringLiteral("13600004444"),
                  QStringLiteral("和谐家园 3-2-501"), QStringLiteral("户主"), {QStringLiteral("subsistence")});
        addPerson(QStringLiteral("吕布"), makeId("440524", "19700101", "007"), QString(), QString(), QString());
        addPerson(QStringLiteral("赵六"), makeId("120101", "19600101", "009"), QStringLiteral("13500005555"),
                  QStringLiteral("幸福小区 3-1-101"), QStringLiteral("户主"));
        REQUIRE(r.archivePerson(person[QStringLiteral("赵六")], QStringLiteral("deceased")).ok());
    }

    void addRoom(qint64 estate, const QString &estateName, const QString &building, qint64 grid,
                 const QString &unit, const QString &room)
    {
        cd::RosterRepository &r = *repo;
        qint64 buildingId = 0;
        const auto buildings = r.buildings(estate);
        for (const cd::Building &b : buildings.value()) {
            if (b.number == building)
                buildingId = b.id;
        }
        if (!buildingId) {
            cd::Building b;
            b.estateId = estate;
            b.number = building;
            b.gridId = grid;
            buildingId = saved(r.saveBuilding(b));
        }
        qint64 unitId = 0;
        const auto units = r.units(buildingId);
        for (const cd::Unit &u : units.value()) {
            if (u.number == unit)
                unitId = u.id;
        }
        if (!unitId)
            unitId = saved(r.saveUnit({0, buildingId, unit}));
        cd::Dwelling d;
        d.unitId = unitId;
        d.room = room;
        d.areaCenti = 8950;
        dwelling[QStringLiteral("%1 %2-%3-%4").arg(estateName, building, unit, room)] = saved(r.saveDwelling(d));
    }

    qint64 addPerson(const QString &name, const QString &id, const QString &phone, const QString &address,
                     const QString &relation, const QStringList &tags = {},
                     const QString &political = QStringLiteral("masses"))
    {
        cd::Person p;
        p.name = name;
        p.idNumber = id;
        p.phone = phone;
        p.tags = tags;
        p.politicalStatus = political;
        const qint64 pid = saved(repo->createPerson(p));
        person[name] = pid;
        if (!address.isEmpty())
            saved(repo->moveIn(pid, dwelling.at(address), relation, QDate(2010, 1, 1)));
        return pid;
    }
};

} // namespace rosterfixture
