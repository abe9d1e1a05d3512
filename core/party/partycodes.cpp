#include "party/partycodes.h"

namespace cd {

namespace {

// One code, its English label (marked for translation), the Chinese term of the census forms
// and further spellings the parser accepts ('|'-separated, UTF-8).
struct CodeEntry
{
    const char *code;
    const char *label;
    const char *chinese;
    const char *aliases;
};

struct CodeTable
{
    const CodeEntry *entries;
    int count;
};

const CodeEntry orgKinds[] = {
    {"committee", QT_TRANSLATE_NOOP("cd::PartyCodes", "Party committee"), "党委", "委员会|社区党委"},
    {"general_branch", QT_TRANSLATE_NOOP("cd::PartyCodes", "General branch"), "党总支", "总支|党总支部"},
    {"branch", QT_TRANSLATE_NOOP("cd::PartyCodes", "Branch"), "党支部", "支部"},
    {"group", QT_TRANSLATE_NOOP("cd::PartyCodes", "Party group"), "党小组", "小组"},
};

const CodeEntry orgHosts[] = {
    {"community", QT_TRANSLATE_NOOP("cd::PartyCodes", "Community"), "社区", "社区党委"},
    {"property_company", QT_TRANSLATE_NOOP("cd::PartyCodes", "Property company"), "物业企业", "物业"},
    {"owners_committee", QT_TRANSLATE_NOOP("cd::PartyCodes", "Owners' committee"), "业委会", "业主委员会"},
    {"joint", QT_TRANSLATE_NOOP("cd::PartyCodes", "Joint"), "联合", "联合党支部|联合建"},
};

const CodeEntry postTitles[] = {
    {"secretary", QT_TRANSLATE_NOOP("cd::PartyCodes", "Secretary"), "书记", "党支部书记|党委书记"},
    {"deputy_secretary", QT_TRANSLATE_NOOP("cd::PartyCodes", "Deputy secretary"), "副书记", ""},
    {"committee_member", QT_TRANSLATE_NOOP("cd::PartyCodes", "Committee member"), "委员", "支委|兼职委员"},
    {"organisation", QT_TRANSLATE_NOOP("cd::PartyCodes", "Organisation member"), "组织委员", ""},
    {"propaganda", QT_TRANSLATE_NOOP("cd::PartyCodes", "Propaganda member"), "宣传委员", ""},
    {"discipline", QT_TRANSLATE_NOOP("cd::PartyCodes", "Discipline member"), "纪检委员", ""},
    {"group_leader", QT_TRANSLATE_NOOP("cd::PartyCodes", "Group leader"), "党小组长", "小组长"},
};

const CodeEntry committeeRoles[] = {
    {"director", QT_TRANSLATE_NOOP("cd::PartyCodes", "Director"), "主任", "业委会主任"},
    {"deputy_director", QT_TRANSLATE_NOOP("cd::PartyCodes", "Deputy director"), "副主任", ""},
    {"member", QT_TRANSLATE_NOOP("cd::PartyCodes", "Member"), "委员", "成员"},
};

const CodeEntry redProperty[] = {
    {"none", QT_TRANSLATE_NOOP("cd::PartyCodes", "Not started"), "未创建", "无"},
    {"building", QT_TRANSLATE_NOOP("cd::PartyCodes", "In progress"), "创建中", "培育|培育中"},
    {"achieved", QT_TRANSLATE_NOOP("cd::PartyCodes", "Achieved"), "已达标", "达标|红色物业"},
    {"benchmark", QT_TRANSLATE_NOOP("cd::PartyCodes", "Benchmark"), "标杆", "红色物业标杆|示范"},
};

const CodeEntry ratings[] = {
    {"excellent", QT_TRANSLATE_NOOP("cd::PartyCodes", "Excellent"), "优秀", "优"},
    {"good", QT_TRANSLATE_NOOP("cd::PartyCodes", "Good"), "良好", "良"},
    {"pass", QT_TRANSLATE_NOOP("cd::PartyCodes", "Pass"), "合格", "及格"},
    {"fail", QT_TRANSLATE_NOOP("cd::PartyCodes", "Fail (yellow light)"), "不合格(亮黄灯)",
     "不合格|不及格|亮黄灯|黄灯"},
};

const CodeEntry orgForms[] = {
    {"single", QT_TRANSLATE_NOOP("cd::PartyCodes", "Own organisation"), "单独建", "单独组建"},
    {"joint", QT_TRANSLATE_NOOP("cd::PartyCodes", "Joint organisation"), "联合建", "联合组建"},
    {"instructor", QT_TRANSLATE_NOOP("cd::PartyCodes", "Party-building instructor"), "选派党建指导员",
     "党建指导员|指导员"},
    {"none", QT_TRANSLATE_NOOP("cd::PartyCodes", "None"), "未覆盖", "无|未建"},
};

const CodeEntry leftReasons[] = {
    {"transferred_out", QT_TRANSLATE_NOOP("cd::PartyCodes", "Transferred out"), "转出", "组织关系转出"},
    {"deceased", QT_TRANSLATE_NOOP("cd::PartyCodes", "Deceased"), "去世", "死亡"},
    {"expelled", QT_TRANSLATE_NOOP("cd::PartyCodes", "Expelled"), "开除党籍", "开除"},
    {"withdrew", QT_TRANSLATE_NOOP("cd::PartyCodes", "Left the party"), "出党", "退党|除名"},
};

const CodeEntry bodies[] = {
    {"community_party", QT_TRANSLATE_NOOP("cd::PartyCodes", "Community party organisation"), "社区党组织",
     "社区党委|社区"},
    {"residents_committee", QT_TRANSLATE_NOOP("cd::PartyCodes", "Residents' committee"), "社区居委会", "居委会"},
    {"property_company", QT_TRANSLATE_NOOP("cd::PartyCodes", "Property company"), "物业企业", "物业"},
    {"owners_committee", QT_TRANSLATE_NOOP("cd::PartyCodes", "Owners' committee"), "业委会", "业主委员会"},
};

const CodeEntry memberStatus[] = {
    {"full", QT_TRANSLATE_NOOP("cd::PartyCodes", "Full member"), "正式党员", "正式"},
    {"probationary", QT_TRANSLATE_NOOP("cd::PartyCodes", "Probationary member"), "预备党员", "预备"},
};

template <int N>
constexpr CodeTable tableOf(const CodeEntry (&entries)[N])
{
    return {entries, N};
}

CodeTable table(PartyCodes::List list)
{
    using L = PartyCodes::List;
    switch (list) {
    case L::OrgKind: return tableOf(orgKinds);
    case L::OrgHost: return tableOf(orgHosts);
    case L::PostTitle: return tableOf(postTitles);
    case L::CommitteeRole: return tableOf(committeeRoles);
    case L::RedProperty: return tableOf(redProperty);
    case L::Rating: return tableOf(ratings);
    case L::OrgForm: return tableOf(orgForms);
    case L::LeftReason: return tableOf(leftReasons);
    case L::Body: return tableOf(bodies);
    case L::MemberStatus: return tableOf(memberStatus);
    }
    return {nullptr, 0};
}

const CodeEntry *find(PartyCodes::List list, QStringView code)
{
    const CodeTable t = table(list);
    for (int i = 0; i < t.count; ++i) {
        if (code == QLatin1String(t.entries[i].code))
            return &t.entries[i];
    }
    return nullptr;
}

} // namespace

QStringList PartyCodes::codes(List list)
{
    const CodeTable t = table(list);
    QStringList out;
    for (int i = 0; i < t.count; ++i)
        out << QString::fromLatin1(t.entries[i].code);
    return out;
}

bool PartyCodes::isKnown(List list, QStringView code)
{
    return find(list, code) != nullptr;
}

QString PartyCodes::label(List list, QStringView code)
{
    const CodeEntry *e = find(list, code);
    return e ? QCoreApplication::translate("cd::PartyCodes", e->label) : code.toString();
}

QString PartyCodes::chinese(List list, QStringView code)
{
    const CodeEntry *e = find(list, code);
    return e ? QString::fromUtf8(e->chinese) : QString();
}

QString PartyCodes::parse(List list, QStringView text)
{
    const QString wanted = text.trimmed().toString();
    if (wanted.isEmpty())
        return QString();
    const CodeTable t = table(list);
    for (int i = 0; i < t.count; ++i) {
        const CodeEntry &e = t.entries[i];
        if (wanted.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0
            || wanted.compare(QCoreApplication::translate("cd::PartyCodes", e.label), Qt::CaseInsensitive) == 0
            || wanted == QString::fromUtf8(e.chinese))
            return QString::fromLatin1(e.code);
        const QStringList aliases = QString::fromUtf8(e.aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (aliases.contains(wanted))
            return QString::fromLatin1(e.code);
    }
    return QString();
}

} // namespace cd
