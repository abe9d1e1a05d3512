// Pinyin throughput on realistic names: 250,000 two- and three-character names built from
// common surnames and given-name characters (fixed seed). Prints names/s after warm-up.
#include "roster/pinyin.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <random>
#include <vector>

namespace {

// Frequent surnames (weighted by position: earlier ones are drawn more often).
const char16_t surnames[] =
    u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    u"姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    u"单解仇朴区查乐盖缪翟尉";
const char16_t givenChars[] =
    u"伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建华鹏辉玲桂芳凤英燕波宇浩俊峰志强"
    u"欣怡梓涵子轩浩然雨桐一诺梓萱欣妍思远晨曦佳琪嘉怡子涵诗涵若曦语嫣紫萱博文宇航子豪皓轩俊杰天佑"
    u"国庆建国建军卫东红梅淑珍秀珍玉珍凤兰桂兰淑兰德明德福永福永刚振华振国文斌海燕海涛春梅冬梅雪梅"
    u"丹丹晶晶婷婷莉莉倩倩宁宁亮亮鑫鑫磊磊园园慧敏慧娟雅琴雅静瑞霞瑞芳金凤金花银花翠花翠兰";

std::vector<QString> makeNames(int count)
{
    std::mt19937 rng(20240301);
    const int nSurnames = int(std::char_traits<char16_t>::length(surnames));
    const int nGiven = int(std::char_traits<char16_t>::length(givenChars));
    // Geometric-ish draw: common surnames dominate, as in real rosters.
    std::geometric_distribution<int> surnameDraw(0.04);
    std::uniform_int_distribution<int> givenDraw(0, nGiven - 1);
    std::bernoulli_distribution threeChars(0.7);
    std::vector<QString> names;
    names.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString n;
        n += QChar(surnames[surnameDraw(rng) % nSurnames]);
        n += QChar(givenChars[givenDraw(rng)]);
        if (threeChars(rng))
            n += QChar(givenChars[givenDraw(rng)]);
        names.push_back(n);
    }
    return names;
}

template <typename F>
double namesPerSecond(const std::vector<QString> &names, F f, qsizetype &sink)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &n : names)
        sink += f(n).size();
    return double(names.size()) * 1e9 / double(timer.nsecsElapsed());
}

} // namespace

int main()
{
    const std::vector<QString> names = makeNames(250000);
    qsizetype sink = 0;

    QElapsedTimer cold;
    cold.start();
    for (const QString &n : names)
        sink += cd::pinyin::full(n).size() + cd::pinyin::initials(n).size();
    std::printf("first pass (cache cold, full+initials): %.0f ms\n", cold.nsecsElapsed() / 1e6);

    double bestFull = 0, bestInitials = 0, bestBoth = 0;
    for (int round = 0; round < 5; ++round) {
        bestFull = std::max(bestFull, namesPerSecond(names, [](const QString &n) {
            return cd::pinyin::full(n); }, sink));
        bestInitials = std::max(bestInitials, namesPerSecond(names, [](const QString &n) {
            return cd::pinyin::initials(n); }, sink));
        bestBoth = std::max(bestBoth, namesPerSecond(names, [](const QString &n) {
            return cd::pinyin::full(n) + cd::pinyin::initials(n); }, sink));
    }
    std::printf("%zu names, best of 5 after warm-up:\n", names.size());
    std::printf("  full():            %10.0f names/s\n", bestFull);
    std::printf("  initials():        %10.0f names/s\n", bestInitials);
    std::printf("  full()+initials(): %10.0f names/s\n", bestBoth);
    std::printf("(checksum %lld)\n", static_cast<long long>(sink));
    return bestFull >= 1e6 ? 0 : 1;
}
