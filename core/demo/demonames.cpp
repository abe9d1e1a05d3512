#include "demo/demonames.h"

#include "demo/demorandom.h"

#include <QStringList>

#include <vector>

namespace cd {

namespace {

struct WeightedName
{
    const char *text;
    int weight; // roughly per ten thousand people (national figures, northern flavour)
};

const WeightedName kSurnames[] = {
    {"王", 710}, {"李", 700}, {"张", 680}, {"刘", 540}, {"陈", 460}, {"杨", 310}, {"赵", 260}, {"黄", 190},
    {"周", 190}, {"吴", 180}, {"徐", 150}, {"孙", 170}, {"马", 130}, {"朱", 120}, {"胡", 110}, {"郭", 120},
    {"何", 90},  {"林", 90},  {"高", 110}, {"罗", 70},  {"郑", 80},  {"梁", 80},  {"谢", 70},  {"宋", 80},
    {"唐", 60},  {"许", 60},  {"韩", 80},  {"冯", 70},  {"邓", 50},  {"曹", 60},  {"彭", 50},  {"曾", 40},
    {"肖", 50},  {"田", 60},  {"董", 60},  {"袁", 50},  {"潘", 40},  {"于", 80},  {"蒋", 40},  {"蔡", 40},
    {"余", 30},  {"杜", 50},  {"叶", 30},  {"程", 40},  {"苏", 40},  {"魏", 50},  {"吕", 40},  {"丁", 40},
    {"任", 40},  {"沈", 30},  {"姚", 30},  {"卢", 30},  {"姜", 50},  {"崔", 40},  {"钟", 20},  {"谭", 20},
    {"陆", 20},  {"汪", 20},  {"范", 30},  {"金", 30},  {"石", 30},  {"廖", 20},  {"贾", 30},  {"夏", 20},
    {"付", 30},  {"方", 20},  {"白", 30},  {"邹", 20},  {"孟", 30},  {"熊", 20},  {"秦", 20},  {"邱", 20},
    {"江", 20},  {"尹", 20},  {"薛", 20},  {"闫", 30},  {"段", 20},  {"雷", 20},  {"侯", 20},  {"史", 20},
    {"陶", 10},  {"贺", 10},  {"顾", 10},  {"毛", 10},  {"郝", 20},  {"邵", 10},  {"万", 10},  {"钱", 10},
    {"严", 10},  {"关", 20},  {"佟", 10},  {"那", 5},   {"鲁", 10},  {"葛", 10},  {"庞", 10},  {"常", 20},
    {"岳", 10},  {"隋", 5},   {"齐", 10},  {"曲", 10},  {"宫", 5},   {"栾", 5},   {"欧阳", 3}, {"司马", 1},
};

// Ethnic groups with surnames of their own; the index matches DemoPlaces::ethnicities().
const char *const kManchu[] = {"关", "佟", "那", "富", "赵", "王", "金", "傅", "洪"};
const char *const kHui[] = {"马", "白", "丁", "杨", "李", "哈", "沙", "穆"};
const char *const kMongol[] = {"包", "白", "韩", "吴", "宝", "鲍", "乌"};
const char *const kKorean[] = {"金", "朴", "李", "崔", "郑", "姜", "赵", "尹"};

/// Character pools for one generation and sex: first and second characters of two-character
/// names, single-character names, and how often (per 10,000) a one-character name is chosen.
struct GivenPools
{
    const char16_t *first;
    const char16_t *second;
    const char16_t *single;
    int singleShare;
};

// Birth-year bands: ≤1949, 1950–69, 1970–89, 1990–2004, 2005 on.
const GivenPools kMale[] = {
    {u"德福永玉振殿庆树宝长文世广万成国忠学凤金", u"山林福才贵海江祥发生田和顺仁财明喜奎堂义", u"山林福祥海", 800},
    {u"建国志卫红振立永宏德学洪庆胜跃文树东春宝", u"国华军东民平明林强刚伟成生忠祥利斌新光勇", u"军伟强刚勇斌", 1500},
    {u"海志建晓春立永宏俊文光小长家振子明红大新", u"伟军勇涛强斌刚峰磊波鹏辉杰亮龙宇超健明东", u"伟勇军磊涛斌强鹏杰超健峰亮辉", 3500},
    {u"浩子俊宇嘉家博天明志文晨思泽佳一鑫皓梓金", u"轩宇然豪博阳杰鹏涛浩晨瑞琦航旭凯鑫帆哲楠", u"鑫浩宇帅博磊杰鹏凯旭", 3000},
    {u"子梓浩宇一俊沐奕思锦煜铭晨逸辰嘉睿宸皓承", u"轩涵睿宸泽辰阳航铭诚杰熙霖然博安恒川瑾钧", u"睿泽辰航铭", 1000},
};
const GivenPools kFemale[] = {
    {u"淑秀桂玉凤素金兰翠春月美德彩惠秋荣瑞银福", u"英兰珍芝华芳琴云荣贞梅香霞凤清莲娥花枝琳", u"英兰珍芳梅", 800},
    {u"淑秀桂玉丽红凤春海晓素建立彩雅艳美爱秋月", u"华英芬霞萍敏红梅琴荣云芳兰娟玲珍平艳丽杰", u"红萍敏梅娟霞", 1500},
    {u"丽晓春海艳秀雪红静玉小丹金美亚文冬雅立彦", u"丽娟燕红梅艳丹静芳霞敏娜颖莉玲辉萍婷洁慧", u"丽静敏燕艳娟霞丹颖娜杰红", 3500},
    {u"思雨欣佳雪婉梦晓子诗心雅嘉美紫月若文一可", u"琪婷怡涵雯妍萱璐彤颖琳洁晴菲瑶倩悦蕾茜莹", u"琪婷悦璐颖雪洁倩丹蕾", 2500},
    {u"梓子欣一雨思语诗若沐可嘉佳奕馨梦艺心依紫", u"涵萱琪彤汐妍桐瑶诺希菲悦然宁晴怡岚冉媛钰", u"涵萱琪彤", 800},
};

QChar pickChar(DemoRandom &random, const char16_t *pool)
{
    int length = 0;
    while (pool[length])
        ++length;
    return QChar(pool[random.below(quint32(length))]);
}

int generationBand(int birthYear)
{
    if (birthYear < 1950)
        return 0;
    if (birthYear < 1970)
        return 1;
    if (birthYear < 1990)
        return 2;
    if (birthYear < 2005)
        return 3;
    return 4;
}

struct SurnameTable
{
    QStringList names;
    DemoWeightedTable table;
    SurnameTable()
    {
        std::vector<int> weights;
        for (const WeightedName &entry : kSurnames) {
            names.append(QString::fromUtf8(entry.text));
            weights.push_back(entry.weight);
        }
        table = DemoWeightedTable(weights);
    }
};

const SurnameTable &surnames()
{
    static const SurnameTable table;
    return table;
}

template <size_t N>
QString pickFrom(DemoRandom &random, const char *const (&list)[N])
{
    return QString::fromUtf8(list[random.below(quint32(N))]);
}

} // namespace

QString DemoNames::surname(DemoRandom &random, int ethnicity)
{
    // Half the members of these groups carry a surname typical of the group.
    if (ethnicity > 0 && random.chance(5000)) {
        switch (ethnicity) {
        case 1: return pickFrom(random, kManchu);
        case 2: return pickFrom(random, kHui);
        case 3: return pickFrom(random, kMongol);
        case 4: return pickFrom(random, kKorean);
        default: break;
        }
    }
    const SurnameTable &table = surnames();
    return table.names.at(table.table.pick(random));
}

QString DemoNames::givenName(DemoRandom &random, bool male, int birthYear)
{
    const GivenPools &pools = (male ? kMale : kFemale)[generationBand(birthYear)];
    if (random.chance(pools.singleShare))
        return QString(pickChar(random, pools.single));
    QString name;
    name.reserve(2);
    name.append(pickChar(random, pools.first));
    name.append(pickChar(random, pools.second));
    return name;
}

} // namespace cd
