#include "demo/demoplaces.h"

#include "demo/demorandom.h"

#include <vector>

namespace cd {

namespace {

struct WeightedCode
{
    const char *code;
    int weight;
};

QStringList fromUtf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(int(items.size()));
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// Shenyang: 和平 沈河 大东 皇姑 铁西 苏家屯 浑南 沈北新区 于洪 辽中 康平 法库 新民.
const WeightedCode kShenyang[] = {
    {"210102", 6}, {"210103", 6}, {"210104", 5}, {"210105", 5}, {"210106", 6}, {"210111", 40},
    {"210112", 6}, {"210113", 4}, {"210114", 6}, {"210115", 3}, {"210123", 2}, {"210124", 3},
    {"210181", 3},
};
// Liaoning's other cities, then the north-east and further away.
const WeightedCode kElsewhere[] = {
    {"210202", 4}, {"210302", 6}, {"210402", 6}, {"210502", 5}, {"210602", 4}, {"210702", 4},
    {"210802", 3}, {"210902", 5}, {"211002", 5}, {"211102", 3}, {"211202", 6}, {"211302", 4},
    {"211402", 3}, {"220102", 4}, {"220202", 3}, {"230102", 4}, {"150102", 2}, {"130102", 2},
    {"370102", 2}, {"110105", 1}, {"120101", 1}, {"410102", 2},
};

const WeightedCode kMobilePrefixes[] = {
    {"138", 9}, {"139", 9}, {"135", 6}, {"136", 5}, {"137", 5}, {"150", 5}, {"151", 5}, {"152", 4},
    {"158", 5}, {"159", 6}, {"182", 4}, {"183", 3}, {"187", 4}, {"188", 3}, {"130", 4}, {"131", 4},
    {"132", 3}, {"155", 3}, {"156", 3}, {"185", 3}, {"186", 6}, {"166", 2}, {"176", 2}, {"133", 3},
    {"153", 2}, {"180", 3}, {"181", 2}, {"189", 3}, {"177", 2}, {"173", 2}, {"199", 2}, {"198", 2},
};

struct CodeTable
{
    std::vector<QString> codes;
    DemoWeightedTable table;
    template <size_t N>
    explicit CodeTable(const WeightedCode (&entries)[N])
    {
        std::vector<int> weights;
        for (const WeightedCode &entry : entries) {
            codes.push_back(QString::fromLatin1(entry.code));
            weights.push_back(entry.weight);
        }
        table = DemoWeightedTable(weights);
    }
    const QString &pick(DemoRandom &random) const { return codes[size_t(table.pick(random))]; }
};

const char *const kRoads[] = {"枫杨路", "海丰路", "雪松路", "迎春街", "民主街", "香杨路", "紫杉路", "银杏路",
                              "丁香街", "樱花路", "玫瑰街", "金钱松路", "水杉路", "红松路", "桃源街", "振兴街",
                              "雪莲街", "柳杨路", "山丹街", "梨花路"};

} // namespace

const QStringList &DemoPlaces::ethnicities()
{
    static const QStringList list = fromUtf8List({"汉族", "满族", "回族", "蒙古族", "朝鲜族", "锡伯族"});
    return list;
}

int DemoPlaces::ethnicity(DemoRandom &random)
{
    // Shenyang: mostly 汉族, with the north-east's 满族 the largest minority.
    static const int weights[] = {9150, 520, 130, 100, 70, 30};
    return random.weighted(weights, 6);
}

QString DemoPlaces::addressCode(DemoRandom &random, int ethnicity, bool local)
{
    static const CodeTable shenyang(kShenyang);
    static const CodeTable elsewhere(kElsewhere);
    if (ethnicity == 4 && random.chance(6000))
        return QStringLiteral("222401"); // 延吉市, home of many 朝鲜族 families
    if (ethnicity == 3 && random.chance(5000))
        return QStringLiteral("150702"); // 海拉尔区
    if (random.chance(local ? 8000 : 2500))
        return shenyang.pick(random);
    return elsewhere.pick(random);
}

QString DemoPlaces::mobilePrefix(DemoRandom &random)
{
    static const CodeTable prefixes(kMobilePrefixes);
    return prefixes.pick(random);
}

const QStringList &DemoPlaces::workplaces()
{
    static const QStringList list = fromUtf8List({
        "沈阳市苏家屯区人民政府", "苏家屯区第一小学", "苏家屯区第二中学", "沈阳市第十人民医院", "苏家屯区中心医院",
        "中国工商银行沈阳分行", "中国建设银行苏家屯支行", "国网沈阳供电公司", "沈阳地铁集团有限公司",
        "沈阳铁路局苏家屯车务段", "华晨宝马汽车有限公司", "沈阳机床集团", "沈阳鼓风机集团股份有限公司",
        "沈阳新松机器人自动化股份有限公司", "东软集团股份有限公司", "中国移动辽宁公司", "沈阳市公安局苏家屯分局",
        "苏家屯区市场监督管理局", "沈阳大学", "东北大学", "辽宁大学", "沈阳农业大学", "苏家屯区幼儿园",
        "沈阳燃气有限公司", "沈阳水务集团", "苏家屯百货大楼", "兴隆大家庭购物中心", "中国邮政沈阳分公司",
        "沈阳恒达建筑工程有限公司", "辽宁金禾农业科技有限公司", "沈阳顺通物流有限公司", "个体经营",
        "沈阳市苏家屯区社区卫生服务中心", "苏家屯区税务局", "沈阳桃仙国际机场", "沈阳日报社", "自由职业",
        "沈阳宏运物流有限公司", "沈阳华润雪花啤酒有限公司", "辽宁省农村信用社", "苏家屯区城市管理局",
    });
    return list;
}

int DemoPlaces::workplace(DemoRandom &random)
{
    return int(random.below(quint32(workplaces().size())));
}

QStringList DemoPlaces::estateNames(bool modern)
{
    static const QStringList oldPrefixes = fromUtf8List({
        "桃源", "春晖", "和平", "民主", "幸福", "红旗", "光明", "友谊", "胜利", "建设", "向阳", "东风", "新华",
        "团结", "工农", "朝阳", "繁荣", "兴隆", "永安", "长青", "丰收", "解放", "文化", "育才", "铁路", "电力",
        "机床", "纺织", "化工", "林业", "邮电", "水利", "粮库", "园林", "卫生", "商业", "供电", "前进", "新风",
        "跃进"});
    static const QStringList oldSuffixes = fromUtf8List({"小区", "新村", "里"});
    static const QStringList newPrefixes = fromUtf8List({
        "锦绣", "翠湖", "金地", "御景", "中央", "盛世", "天悦", "枫林", "碧水", "星河", "紫郡", "云顶", "君悦",
        "铂悦", "江山", "观澜", "银海", "樱花", "玫瑰", "香榭", "丽都", "欧风", "金域", "水岸", "香山", "凯旋",
        "瑞府", "尚城", "名都", "溪山", "万象", "璟园", "和煦", "书香", "东方", "阳光", "怡景", "绿洲", "泊岸",
        "熙园"});
    static const QStringList newSuffixes = fromUtf8List({"花园", "家园", "名苑", "华庭", "公馆", "嘉园", "雅居"});
    const QStringList &prefixes = modern ? newPrefixes : oldPrefixes;
    const QStringList &suffixes = modern ? newSuffixes : oldSuffixes;
    QStringList names;
    for (const QString &suffix : suffixes) {
        for (const QString &prefix : prefixes)
            names.append(prefix + suffix);
    }
    return names;
}

const QStringList &DemoPlaces::roads()
{
    static const QStringList list = [] {
        QStringList roads;
        for (const char *road : kRoads)
            roads.append(QString::fromUtf8(road));
        return roads;
    }();
    return list;
}

QStringList DemoPlaces::companyNames()
{
    static const QStringList prefixes = fromUtf8List({
        "苏新", "盛京", "恒安", "宜居", "万家", "安泰", "和泰", "嘉禾", "瑞丰", "鑫达", "金桥", "德润", "祥和",
        "康居", "华顺", "中环", "博远", "广厦", "众诚", "宏业", "东盛", "北辰", "天成", "嘉园", "泰和", "万隆",
        "佳兴", "福源", "安居", "新城", "永盛", "汇丰", "盈科", "正阳", "浑河", "辽沈", "晟达", "锦程", "美居",
        "乐家"});
    static const QStringList forms = fromUtf8List({"沈阳%1物业服务有限公司", "辽宁%1物业管理有限公司",
                                                   "沈阳%1物业管理集团有限公司"});
    QStringList names;
    for (const QString &form : forms) {
        for (const QString &prefix : prefixes)
            names.append(form.arg(prefix));
    }
    return names;
}

QString DemoPlaces::developer(DemoRandom &random, bool modern)
{
    static const QStringList stateDevelopers = fromUtf8List({
        "沈阳市苏家屯区房屋开发公司", "沈阳市住宅建设开发总公司", "沈阳铁路分局房产段", "沈阳市城建开发公司"});
    static const QStringList brands = fromUtf8List({"恒信", "华新", "龙盛", "金鼎", "融汇", "盛达", "天润", "中兴"});
    if (!modern)
        return stateDevelopers.at(int(random.below(quint32(stateDevelopers.size()))));
    return QString::fromUtf8("沈阳%1置业有限公司").arg(brands.at(int(random.below(quint32(brands.size())))));
}

} // namespace cd
