// The party's counting rules as pure functions, with their boundaries.
#include "party/partycodes.h"
#include "party/partyrules.h"

#include <catch2/catch.hpp>

using namespace cd;

TEST_CASE("Age bands on 31 December", "[party][rules]")
{
    const QDate cutoff(2026, 12, 31);
    struct Row { QDate birth; int age; int band; };
    const Row rows[] = {
        {QDate(1996, 1, 1), 30, 0},   {QDate(1995, 12, 31), 31, 1}, {QDate(1991, 12, 31), 35, 1},
        {QDate(1990, 12, 31), 36, 2}, {QDate(1986, 1, 1), 40, 2},   {QDate(1985, 12, 31), 41, 3},
        {QDate(1976, 6, 30), 50, 4},  {QDate(1975, 1, 1), 51, 5},   {QDate(1971, 12, 31), 55, 5},
        {QDate(1970, 12, 31), 56, 6}, {QDate(1966, 1, 1), 60, 6},   {QDate(1965, 12, 31), 61, 7},
        {QDate(2008, 2, 29), 18, 0},
    };
    for (const Row &r : rows) {
        INFO(r.birth.toString(Qt::ISODate).toStdString());
        CHECK(partyrules::ageOn(r.birth, cutoff) == r.age);
        CHECK(partyrules::ageBand(partyrules::ageOn(r.birth, cutoff)) == r.band);
    }
    CHECK(partyrules::ageOn(QDate(1995, 12, 31), QDate(2026, 12, 30)) == 30); // the day before the birthday
    CHECK(partyrules::ageOn(QDate(), cutoff) == -1);
    CHECK(partyrules::ageBand(-1) == -1);
    CHECK(partyrules::ageBandKeys().size() == partyrules::ageBandCount);
    CHECK(partyrules::ageBandTerms().size() == partyrules::ageBandCount);
}

TEST_CASE("Join periods and their boundaries", "[party][rules]")
{
    CHECK(partyrules::joinPeriod(QDate(1949, 9, 30)) == 0);
    CHECK(partyrules::joinPeriod(QDate(1949, 10, 1)) == 1);
    CHECK(partyrules::joinPeriod(QDate(1978, 12, 22)) == 1);
    CHECK(partyrules::joinPeriod(QDate(1978, 12, 23)) == 2);
    CHECK(partyrules::joinPeriod(QDate(2012, 11, 7)) == 2);
    CHECK(partyrules::joinPeriod(QDate(2012, 11, 8)) == 3);
    CHECK(partyrules::joinPeriod(QDate()) == -1);
}

TEST_CASE("Education, ethnicity, probation and contact", "[party][rules]")
{
    for (const char *yes : {"大专", "本科", "大学本科", "硕士研究生", "博士", "研究生", "高职", "专科", "Bachelor"})
        CHECK(partyrules::isCollegeEducated(QString::fromUtf8(yes)));
    for (const char *no : {"", "中专", "中等专科", "高中", "初中", "小学", "技校"})
        CHECK_FALSE(partyrules::isCollegeEducated(QString::fromUtf8(no)));
    CHECK(partyrules::isMinority(QStringLiteral("满族")));
    CHECK_FALSE(partyrules::isMinority(QStringLiteral("汉族")));
    CHECK_FALSE(partyrules::isMinority(QStringLiteral(" 汉 ")));
    CHECK_FALSE(partyrules::isMinority(QString()));

    PartyMember m;
    m.joined = QDate(2025, 1, 10);
    CHECK(partyrules::probationEnd(m.joined, false) == QDate(2026, 1, 10));
    CHECK(partyrules::probationEnd(m.joined, true) == QDate(2027, 1, 10));
    CHECK_FALSE(partyrules::isProbationOverdue(m, QDate(2026, 1, 10)));
    CHECK(partyrules::isProbationOverdue(m, QDate(2026, 1, 11)));
    m.probationExtended = true;
    CHECK_FALSE(partyrules::isProbationOverdue(m, QDate(2026, 6, 1)));
    m.fullDate = QDate(2026, 5, 1);
    CHECK(partyrules::isFullOn(m, QDate(2026, 5, 1)));
    CHECK_FALSE(partyrules::isFullOn(m, QDate(2026, 4, 30)));
    CHECK_FALSE(partyrules::isProbationOverdue(m, QDate(2027, 6, 1)));

    CHECK(partyrules::isLostContact(QDate(2026, 4, 1), QDate(2026, 10, 1)));      // exactly six months
    CHECK_FALSE(partyrules::isLostContact(QDate(2026, 4, 1), QDate(2026, 9, 30)));
    CHECK_FALSE(partyrules::isLostContact(QDate(), QDate(2026, 9, 30)));           // nothing on record
}

TEST_CASE("Member checks name the wrong field", "[party][rules]")
{
    const QDate today(2026, 11, 30);
    PartyMember m;
    m.personId = 1;
    m.orgId = 1;
    m.joined = QDate(2020, 3, 1);
    m.fullDate = QDate(2021, 3, 1);
    CHECK(partyrules::checkMember(m, QDate(1990, 1, 1), today).isEmpty());

    const auto fields = [&](const PartyMember &member, QDate birth) {
        QStringList out;
        for (const FieldProblem &p : partyrules::checkMember(member, birth, today))
            out << p.field + (p.warning ? QStringLiteral("?") : QString());
        return out;
    };
    PartyMember early = m;
    early.fullDate = QDate(2021, 2, 28); // less than a year of probation
    CHECK(fields(early, QDate()) == QStringList{QStringLiteral("fullDate")});
    PartyMember late = m;
    late.fullDate = QDate(2023, 3, 2); // more than two years: a warning only
    CHECK(fields(late, QDate()) == QStringList{QStringLiteral("fullDate?")});
    CHECK(fields(m, QDate(2003, 3, 2)) == QStringList{QStringLiteral("joined")}); // 17 when admitted
    PartyMember nowhere = m;
    nowhere.orgId = 0;
    CHECK(fields(nowhere, QDate()) == QStringList{QStringLiteral("orgId")});
    nowhere.outsideOrg = QStringLiteral("某局机关党支部");
    CHECK(fields(nowhere, QDate()).isEmpty());
    PartyMember future = m;
    future.joined = QDate(2027, 1, 1);
    future.fullDate = QDate();
    CHECK(fields(future, QDate()) == QStringList{QStringLiteral("joined")});
    PartyMember half = m;
    half.leftOn = QDate(2026, 1, 1);
    CHECK(fields(half, QDate()) == QStringList{QStringLiteral("leftReason")});
}

TEST_CASE("Party codes parse Chinese terms and labels", "[party][rules]")
{
    using L = PartyCodes::List;
    CHECK(PartyCodes::parse(L::OrgKind, QStringLiteral("党支部")) == QStringLiteral("branch"));
    CHECK(PartyCodes::parse(L::OrgKind, QStringLiteral("党总支")) == QStringLiteral("general_branch"));
    CHECK(PartyCodes::parse(L::CommitteeRole, QStringLiteral("主任")) == QStringLiteral("director"));
    CHECK(PartyCodes::parse(L::Rating, QStringLiteral("亮黄灯")) == QStringLiteral("fail"));
    CHECK(PartyCodes::parse(L::OrgForm, QStringLiteral("联合建")) == QStringLiteral("joint"));
    CHECK(PartyCodes::parse(L::OrgKind, QStringLiteral("Branch")) == QStringLiteral("branch"));
    CHECK(PartyCodes::parse(L::OrgKind, QStringLiteral("支委会")).isEmpty());
    CHECK(PartyCodes::chinese(L::OrgKind, QStringLiteral("committee")) == QStringLiteral("党委"));
    CHECK(PartyCodes::label(L::OrgKind, QStringLiteral("unknown")) == QStringLiteral("unknown"));
    CHECK(PartyCodes::codes(L::CommitteeRole).size() == 3);
}
