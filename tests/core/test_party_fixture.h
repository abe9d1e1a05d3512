#pragma once

// A hand-made community whose census figures are known (worked out by hand in the comments),
// shared by the party tests. The census is counted for 2026 on 2026-11-30; ages on 2026-12-31.
//
// Members (13 counted; 蒋十四 left in June):
//  #  name    sex eth  education   birth       joined      full        org            company
//  1  张一    M   汉族 本科        1995-12-31  2018-05-01  2019-05-02  第一网格        -      31 on 31 Dec (30 on 30 Nov)
//  2  李二    F   满族 大专        1996-01-01  2026-03-01  -           第一网格        -      30, probationary, new
//  3  王三    M   汉族 高中        1965-12-31  1990-07-01  1991-07-01  第一网格        -      61 on 31 Dec
//  4  赵四    F   回族 中专        1966-01-01  1988-06-01  1989-06-01  党小组          -      60
//  5  钱五    M   汉族 硕士研究生  1980-06-15  2025-01-10  -           第二网格        -      probation overdue
//  6  孙六    F   -    -           1929-05-05  1948-03-01  1949-03-01  第二网格        -      joined before 1949-10
//  7  周七    M   汉族 本科        1990-03-03  2013-01-01  2014-01-05  outside (报到)  -
//  8  吴八    M   汉族 大学本科    1985-02-02  2010-10-10  2011-10-11  第二网格        -      mobile, last contact 2026-04-01
//  9  郑九    F   汉族 大专        1988-08-08  2012-11-08  2013-11-08  甲物业党支部    甲     (十八大以来: boundary day)
// 10  冯十    M   汉族 本科        1987-07-07  2012-11-07  2013-11-07  甲物业党支部    甲     (the day before)
// 11  陈十一  M   汉族 本科        1986-01-01  2015-01-01  2016-01-01  甲物业党支部    甲
// 12  褚十二  F   汉族 本科        1992-01-01  2016-01-01  2017-01-01  第一网格        乙
// 13  卫十三  M   汉族 高中        1993-01-01  2025-03-01  2026-03-05  outside         乙     converted in 2026
// 14  蒋十四  M   汉族 本科        1970-01-01  2000-01-01  2001-01-01  第一网格 — left 2026-06-01
// People 15–20 are not party members.
//
// Companies: 甲 (own branch, 3 members), 乙 (2 members, no organisation), 丙 (no members,
// instructor), 丁 (its only project ended in 2025: not counted).
// Owners' committees: 阳光花园 2 of 4 party members (exactly 50%), 翠湖苑 1 of 3, 新建小区 none.

#include "db/database.h"
#include "party/censuscalculator.h"
#include "party/crossappointmentstore.h"
#include "party/ownerscommitteestore.h"
#include "party/partymemberstore.h"
#include "party/partyorgstore.h"
#include "party/propertycompanystore.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace cd::test {

struct PartyFixture
{
    static QDate asOf() { return QDate(2026, 11, 30); }

    TempDir dir;
    Database db;
    qint64 estateA = 0, estateB = 0, estateC = 0;
    qint64 companyX = 0, companyY = 0, companyZ = 0, companyW = 0;
    qint64 projectX = 0, projectY = 0;
    qint64 committee = 0, branchA = 0, group = 0, branchB = 0, branchC = 0, companyBranch = 0, oldBranch = 0;
    qint64 person[21] = {}; // 1-based

    void exec(const QString &sql, const QVariantList &values = {}, qint64 *id = nullptr)
    {
        QSqlQuery q(db.sql());
        REQUIRE(q.prepare(sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        INFO(sql.toStdString() << " " << q.lastError().text().toStdString());
        REQUIRE(q.exec());
        if (id)
            *id = q.lastInsertId().toLongLong();
    }

    template <typename T>
    static T ok(const Result<T> &result)
    {
        INFO(result.message().toStdString());
        REQUIRE(result.ok());
        return result.value();
    }

    qint64 addPerson(int n, const QString &name, const char *sex, const char *ethnicity, const char *education,
                     QDate birth)
    {
        const QString id = QStringLiteral("110105%1%2").arg(birth.toString(QStringLiteral("yyyyMMdd"))).arg(n, 4, 10, QLatin1Char('0'));
        exec(QStringLiteral("INSERT INTO person (name, sex, ethnicity, education, birth_date, id_number, phone) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {name, QString::fromLatin1(sex), QString::fromUtf8(ethnicity), QString::fromUtf8(education),
              birth.toString(Qt::ISODate), id, QStringLiteral("1380013%1").arg(n, 4, 10, QLatin1Char('0'))},
             &person[n]);
        return person[n];
    }

    qint64 addMember(int n, QDate joined, QDate full, qint64 org, const QString &outside = QString(), qint64 company = 0,
                     qint64 project = 0)
    {
        PartyMember m;
        m.personId = person[n];
        m.joined = joined;
        m.fullDate = full;
        m.orgId = org;
        m.outsideOrg = outside;
        m.companyId = company;
        m.projectId = project;
        return ok(PartyMemberStore(db).save(m));
    }

    qint64 addOrg(const QString &name, const char *kind, qint64 parent, const char *host = "community",
                  qint64 company = 0)
    {
        PartyOrg o;
        o.name = name;
        o.kind = QString::fromLatin1(kind);
        o.parentId = parent;
        o.host = QString::fromLatin1(host);
        o.companyId = company;
        o.founded = QDate(2010, 1, 1);
        return ok(PartyOrgStore(db).save(o));
    }

    void addCross(int n, const char *from, qint64 fromCompany, qint64 fromEstate, const char *to, qint64 toCompany,
                  qint64 toEstate, QDate since, QDate until = QDate())
    {
        CrossAppointment a;
        a.personId = person[n];
        a.fromBody = QString::fromLatin1(from);
        a.fromCompanyId = fromCompany;
        a.fromEstateId = fromEstate;
        a.toBody = QString::fromLatin1(to);
        a.toCompanyId = toCompany;
        a.toEstateId = toEstate;
        a.post = QStringLiteral("兼职委员");
        a.since = since;
        a.until = until;
        ok(CrossAppointmentStore(db).save(a));
    }

    qint64 addCommittee(qint64 estate, QDate start, QDate end, const QVector<QPair<int, const char *>> &members)
    {
        OwnersCommittee c;
        c.estateId = estate;
        c.termStart = start;
        c.termEnd = end;
        for (const auto &[n, role] : members) {
            CommitteeMember m;
            m.personId = person[n];
            m.role = QString::fromLatin1(role);
            c.members.append(m);
        }
        return ok(OwnersCommitteeStore(db).save(c));
    }

    PartyFixture()
    {
        REQUIRE(db.open(dir.file(QStringLiteral("party.sqlite"))).ok());
        exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('community.name', '幸福社区')"));
        exec(QStringLiteral("INSERT INTO estate (name) VALUES ('阳光花园')"), {}, &estateA);
        exec(QStringLiteral("INSERT INTO estate (name) VALUES ('翠湖苑')"), {}, &estateB);
        exec(QStringLiteral("INSERT INTO estate (name) VALUES ('新建小区')"), {}, &estateC);

        addPerson(1, QStringLiteral("张一"), "M", "汉族", "本科", QDate(1995, 12, 31));
        addPerson(2, QStringLiteral("李二"), "F", "满族", "大专", QDate(1996, 1, 1));
        addPerson(3, QStringLiteral("王三"), "M", "汉族", "高中", QDate(1965, 12, 31));
        addPerson(4, QStringLiteral("赵四"), "F", "回族", "中专", QDate(1966, 1, 1));
        addPerson(5, QStringLiteral("钱五"), "M", "汉族", "硕士研究生", QDate(1980, 6, 15));
        addPerson(6, QStringLiteral("孙六"), "F", "", "", QDate(1929, 5, 5));
        addPerson(7, QStringLiteral("周七"), "M", "汉族", "本科", QDate(1990, 3, 3));
        addPerson(8, QStringLiteral("吴八"), "M", "汉族", "大学本科", QDate(1985, 2, 2));
        addPerson(9, QStringLiteral("郑九"), "F", "汉族", "大专", QDate(1988, 8, 8));
        addPerson(10, QStringLiteral("冯十"), "M", "汉族", "本科", QDate(1987, 7, 7));
        addPerson(11, QStringLiteral("陈十一"), "M", "汉族", "本科", QDate(1986, 1, 1));
        addPerson(12, QStringLiteral("褚十二"), "F", "汉族", "本科", QDate(1992, 1, 1));
        addPerson(13, QStringLiteral("卫十三"), "M", "汉族", "高中", QDate(1993, 1, 1));
        addPerson(14, QStringLiteral("蒋十四"), "M", "汉族", "本科", QDate(1970, 1, 1));
        for (int n = 15; n <= 20; ++n)
            addPerson(n, QStringLiteral("群众%1").arg(n), "F", "汉族", "初中", QDate(1975, 5, n));

        PropertyCompanyStore companies(db);
        const auto company = [&](const char *name, const char *code) {
            CompanyPartyInfo c;
            c.name = QString::fromUtf8(name);
            c.creditCode = QString::fromLatin1(code);
            return ok(companies.save(c));
        };
        companyX = company("甲物业", "91350100M000100Y43");
        companyY = company("乙物业", "");
        companyZ = company("丙物业", "");
        companyW = company("丁物业", "");
        const auto project = [&](qint64 c, qint64 estate, QDate since, QDate until, int staff) {
            PropertyProject p;
            p.companyId = c;
            p.estateId = estate;
            p.since = since;
            p.until = until;
            p.staffCount = staff;
            return ok(companies.saveProject(p));
        };
        projectX = project(companyX, estateA, QDate(2019, 1, 1), QDate(), 30);
        projectY = project(companyY, estateB, QDate(2020, 1, 1), QDate(), 20);
        project(companyZ, estateA, QDate(2021, 1, 1), QDate(), 10);
        project(companyW, estateC, QDate(2018, 1, 1), QDate(2025, 6, 30), 15);
        CompanyPartyInfo z = ok(companies.company(companyZ));
        z.instructorPersonId = person[20];
        ok(companies.save(z));

        committee = addOrg(QStringLiteral("幸福社区党委"), "committee", 0);
        branchA = addOrg(QStringLiteral("第一网格党支部"), "branch", committee);
        group = addOrg(QStringLiteral("一号楼院党小组"), "group", branchA);
        branchB = addOrg(QStringLiteral("第二网格党支部"), "branch", committee);
        branchC = addOrg(QStringLiteral("第三网格党支部"), "branch", committee);
        companyBranch = addOrg(QStringLiteral("甲物业党支部"), "branch", committee, "property_company", companyX);
        oldBranch = addOrg(QStringLiteral("原退休党支部"), "branch", committee);
        PartyOrg old = ok(PartyOrgStore(db).org(oldBranch));
        old.dissolved = QDate(2020, 1, 1);
        ok(PartyOrgStore(db).save(old));

        addMember(1, QDate(2018, 5, 1), QDate(2019, 5, 2), branchA);
        addMember(2, QDate(2026, 3, 1), QDate(), branchA);
        addMember(3, QDate(1990, 7, 1), QDate(1991, 7, 1), branchA);
        addMember(4, QDate(1988, 6, 1), QDate(1989, 6, 1), group);
        addMember(5, QDate(2025, 1, 10), QDate(), branchB);
        addMember(6, QDate(1948, 3, 1), QDate(1949, 3, 1), branchB);
        PartyMember seven;
        seven.personId = person[7];
        seven.joined = QDate(2013, 1, 1);
        seven.fullDate = QDate(2014, 1, 5);
        seven.outsideOrg = QStringLiteral("某局机关党支部");
        seven.registeredOn = QDate(2024, 5, 1);
        ok(PartyMemberStore(db).save(seven));
        PartyMember eight;
        eight.personId = person[8];
        eight.joined = QDate(2010, 10, 10);
        eight.fullDate = QDate(2011, 10, 11);
        eight.orgId = branchB;
        eight.mobile = true;
        eight.mobileTo = QStringLiteral("广东省深圳市");
        eight.lastContact = QDate(2026, 4, 1);
        ok(PartyMemberStore(db).save(eight));
        addMember(9, QDate(2012, 11, 8), QDate(2013, 11, 8), companyBranch, QString(), companyX, projectX);
        addMember(10, QDate(2012, 11, 7), QDate(2013, 11, 7), companyBranch, QString(), companyX);
        addMember(11, QDate(2015, 1, 1), QDate(2016, 1, 1), companyBranch, QString(), companyX);
        addMember(12, QDate(2016, 1, 1), QDate(2017, 1, 1), branchA, QString(), companyY, projectY);
        addMember(13, QDate(2025, 3, 1), QDate(2026, 3, 5), 0, QStringLiteral("乙物业上级党委"), companyY);
        const qint64 fourteen = addMember(14, QDate(2000, 1, 1), QDate(2001, 1, 1), branchA);
        REQUIRE(PartyMemberStore(db).leave(fourteen, QDate(2026, 6, 1), QStringLiteral("transferred_out")).ok());

        // Cross-appointments: 甲 both ways; 乙 one way; 丙's ended in 2025.
        addCross(10, "property_company", companyX, 0, "community_party", 0, 0, QDate(2025, 1, 1));
        addCross(1, "community_party", 0, 0, "property_company", companyX, 0, QDate(2025, 1, 1));
        addCross(13, "property_company", companyY, 0, "residents_committee", 0, 0, QDate(2026, 1, 1));
        addCross(3, "community_party", 0, 0, "property_company", companyZ, 0, QDate(2024, 1, 1), QDate(2025, 12, 31));
        // Owners' committees: 阳光花园 both ways, 翠湖苑 one way.
        addCross(3, "community_party", 0, 0, "owners_committee", 0, estateA, QDate(2024, 1, 1));
        addCross(1, "owners_committee", 0, estateA, "community_party", 0, 0, QDate(2024, 2, 1));
        addCross(6, "residents_committee", 0, 0, "owners_committee", 0, estateB, QDate(2023, 5, 1));

        addCommittee(estateA, QDate(2024, 1, 1), QDate(2028, 12, 31),
                     {{1, "director"}, {3, "deputy_director"}, {15, "member"}, {16, "member"}});
        const qint64 b = addCommittee(estateB, QDate(2023, 5, 1), QDate(2028, 4, 30),
                                      {{17, "director"}, {6, "member"}, {18, "member"}, {2, "member"}});
        // 李二 left the committee in 2025: three current members.
        exec(QStringLiteral("UPDATE owners_committee_member SET until = '2025-06-30' WHERE committee_id = ? AND person_id = ?"),
             {b, person[2]});
        addCommittee(estateC, QDate(2015, 1, 1), QDate(2020, 1, 1), {{19, "director"}});
    }

    CensusData census() { return ok(CensusCalculator::compute(db, 2026, asOf())); }
};

} // namespace cd::test
