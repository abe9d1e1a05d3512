#include "roster/rostercodes.h"
#include "roster/roomreference.h"

#include <catch2/catch.hpp>

using cd::RosterCodes;
using cd::RoomReference;
using List = cd::RosterCodes::List;

TEST_CASE("roster codes parse Chinese terms, codes and variants", "[roster][codes]")
{
    struct Row { List list; const char *text; const char *code; };
    const Row rows[] = {
        {List::PoliticalStatus, "中共党员", "cpc_member"},
        {List::PoliticalStatus, "党员", "cpc_member"},
        {List::PoliticalStatus, " 中共预备党员 ", "cpc_probationary"},
        {List::PoliticalStatus, "共青团员", "league_member"},
        {List::PoliticalStatus, "群众", "masses"},
        {List::PoliticalStatus, "民主党派", "democratic_party"},
        {List::PoliticalStatus, "无党派人士", "non_party"},
        {List::PoliticalStatus, "cpc_member", "cpc_member"},
        {List::PoliticalStatus, "CPC member", "cpc_member"},
        {List::Sex, "男", "M"},
        {List::Sex, "女", "F"},
        {List::Sex, "f", "F"},
        {List::Sex, "Male", "M"},
        {List::Occupancy, "自住", "owner_occupied"},
        {List::Occupancy, "出租", "rented"},
        {List::Occupancy, "空置", "vacant"},
        {List::Occupancy, "未售", "unsold"},
        {List::Hukou, "户籍", "registered"},
        {List::Hukou, "常住", "resident"},
        {List::Hukou, "流动", "floating"},
        {List::Tag, "独居老人", "elderly_alone"},
        {List::Tag, "高龄", "oldest_old"},
        {List::Tag, "残疾", "disabled"},
        {List::Tag, "低保", "subsistence"},
        {List::Tag, "退役军人", "veteran"},
        {List::Tag, "留守儿童", "left_behind_child"},
        {List::Tag, "重点关注", "key_attention"},
        {List::LeaderKind, "老", "senior"},
        {List::LeaderKind, "青", "young"},
        {List::LeaderKind, "少", "junior"},
        {List::PoliticalStatus, "党员群众", ""},
        {List::Sex, "未知", ""},
        {List::Occupancy, "", ""},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        CHECK(RosterCodes::parse(row.list, QString::fromUtf8(row.text)) == QString::fromLatin1(row.code));
    }
}

TEST_CASE("every code has an English label and parses back from it", "[roster][codes]")
{
    for (List list : {List::Occupancy, List::PoliticalStatus, List::Hukou, List::Sex, List::Tag, List::LeaderKind}) {
        const QStringList codes = RosterCodes::codes(list);
        REQUIRE(!codes.isEmpty());
        for (const QString &code : codes) {
            INFO(code.toStdString());
            const QString label = RosterCodes::label(list, code);
            CHECK(label != code);
            CHECK(RosterCodes::parse(list, label) == code);
            CHECK(RosterCodes::isKnown(list, code));
        }
    }
    CHECK(RosterCodes::occupancyLabel(u"owner_occupied") == QStringLiteral("Owner-occupied"));
    CHECK(RosterCodes::politicalStatusLabel(u"cpc_member") == QStringLiteral("CPC member"));
    CHECK(RosterCodes::tagLabel(u"my_group") == QStringLiteral("my_group")); // user-defined stays as is
    CHECK(RosterCodes::codes(List::Occupancy) == QStringList{QStringLiteral("owner_occupied"), QStringLiteral("rented"),
                                                             QStringLiteral("vacant"), QStringLiteral("unsold")});
    CHECK(RosterCodes::isValidCustomTag(u"volunteer_2024"));
    CHECK_FALSE(RosterCodes::isValidCustomTag(u"志愿者"));
    CHECK_FALSE(RosterCodes::isValidCustomTag(u"Bad Tag"));
}

TEST_CASE("room references in the short and the Chinese forms", "[roster][room]")
{
    struct Row { const char *text; const char *estate; const char *building; const char *unit; const char *room; };
    const Row rows[] = {
        {"3-2-501", "", "3", "2", "501"},
        {"3栋2单元501", "", "3", "2", "501"},
        {"3号楼2单元501室", "", "3", "2", "501"},
        {"3幢2单元501号", "", "3", "2", "501"},
        {"3栋2单元501室", "", "3", "2", "501"},
        {"１２－３－１２０１", "", "12", "3", "1201"},
        {"3—2—501", "", "3", "2", "501"},
        {" 3-2-501 ", "", "3", "2", "501"},
        {"3a-1-101", "", "3A", "1", "101"},
        {"幸福小区3-2-501", "幸福小区", "3", "2", "501"},
        {"幸福小区3号楼2单元501室", "幸福小区", "3", "2", "501"},
        {"3-2", "", "3", "2", ""},
        {"3栋", "", "3", "", ""},
        {"3栋2单元", "", "3", "2", ""},
        {"3栋501室", "", "3", "", "501"},
        {"3#2单元501", "", "3", "2", "501"},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        const auto ref = RoomReference::parse(QString::fromUtf8(row.text));
        REQUIRE(ref.has_value());
        CHECK(ref->estate == QString::fromUtf8(row.estate));
        CHECK(ref->building == QString::fromUtf8(row.building));
        CHECK(ref->unit == QString::fromUtf8(row.unit));
        CHECK(ref->room == QString::fromUtf8(row.room));
    }
    for (const char *text : {"", "王建国", "3", "501", "abc", "3-2-501-7", "3--501", "zsf", "3栋2单元501室5"}) {
        INFO(text);
        CHECK_FALSE(RoomReference::parse(QString::fromUtf8(text)).has_value());
    }
    CHECK(RoomReference::parse(u"3号楼2单元501室")->toString() == QStringLiteral("3-2-501"));
    CHECK(RoomReference::parse(u"3-2")->toString() == QStringLiteral("3-2"));
    // Without a unit the short form would read as building-unit, so it stays Chinese.
    const auto noUnit = RoomReference::parse(u"3栋501室");
    CHECK(RoomReference::parse(noUnit->toString()) == noUnit);
    CHECK(RoomReference::parse(u"3-2-501")->isComplete());
    CHECK_FALSE(RoomReference::parse(u"3-2")->isComplete());
}
