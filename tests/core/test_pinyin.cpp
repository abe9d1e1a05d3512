#include "roster/pinyin.h"

#include <catch2/catch.hpp>

#include <QString>

#include <thread>
#include <vector>

namespace {

struct PinyinCase
{
    const char16_t *name;
    const char *full;
    const char *initials;
};

} // namespace

TEST_CASE("pinyin of names", "[pinyin]")
{
    const auto row = GENERATE(values<PinyinCase>({
        {u"张三丰", "zhangsanfeng", "zsf"},
        {u"吕布", "lvbu", "lb"},           // ü is typed v
        {u"女娲", "nvwa", "nw"},
        {u"单雄信", "shanxiongxin", "sxx"}, // polyphonic surnames read as surnames
        {u"曾国藩", "zengguofan", "zgf"},   // not "céngguó" from a word rule
        {u"解缙", "xiejin", "xj"},
        {u"仇英", "qiuying", "qy"},
        {u"朴槿惠", "piaojinhui", "pjh"},
        {u"区志强", "ouzhiqiang", "ozq"},
        {u"万俟卨", "moqixie", "mqx"},     // compound surname
        {u"尉迟恭", "yuchigong", "ycg"},
        {u"长孙无忌", "zhangsunwuji", "zswj"},
        {u"王单", "wangdan", "wd"},         // 单 later in the name: ordinary reading
        {u"阿依古丽·买买提", "ayiguli·maimaiti", "aygl·mmt"},
        {u"阿依古丽・买买提", "ayiguli·maimaiti", "aygl·mmt"}, // Japanese middle dot unified
        {u"  李 四 ", "lisi", "ls"},
        {u"李Anna", "lianna", "la"},
        {u"ＬＩ Ｍｉｎｇ２", "liming2", "lm"},
        {u"John Smith", "johnsmith", "js"},
        {u"Lü Bu", "lvbu", "lb"},
        {u"王䶮", "wangyan", "wy"},         // Extension A, not in GBK
        {u"王𬌗", "wanghe", "wh"},          // supplementary-plane character
        {u"王𠮷", "wang𠮷", "w"},           // no reading known: the character is kept
        {u"", "", ""},
    }));
    const QString name = QString::fromUtf16(row.name);
    CAPTURE(name.toStdString());
    CHECK(cd::pinyin::full(name).toStdString() == row.full);
    CHECK(cd::pinyin::initials(name).toStdString() == row.initials);
}

TEST_CASE("pinyin is consistent across threads", "[pinyin]")
{
    // Characters not used elsewhere, so the cache is filled concurrently here.
    const QString names[] = {QStringLiteral("欧阳修"), QStringLiteral("诸葛亮"), QStringLiteral("司马懿"),
                             QStringLiteral("上官婉儿"), QStringLiteral("慕容复"), QStringLiteral("皇甫嵩")};
    const char *expected[] = {"ouyangxiu", "zhugeliang", "simayi", "shangguanwaner", "murongfu", "huangfusong"};
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round)
                for (int i = 0; i < 6; ++i)
                    if (cd::pinyin::full(names[(i + t) % 6]) != QLatin1String(expected[(i + t) % 6]))
                        ++failures[t];
        });
    }
    for (auto &th : threads)
        th.join();
    for (int f : failures)
        CHECK(f == 0);
}
