#include "roster/rostercodes.h"

#include <QRegularExpression>

#include <cstddef>

namespace cd {

namespace {

// One code with its English label (marked for translation) and the spellings the parser
// accepts besides the code and the label: the Chinese term first, then common variants.
struct CodeEntry
{
    const char *code;
    const char *label;
    const char *aliases; // '|'-separated, UTF-8
};

struct CodeTable
{
    const CodeEntry *entries;
    int count;
};

const CodeEntry occupancy[] = {
    {"owner_occupied", QT_TRANSLATE_NOOP("cd::RosterCodes", "Owner-occupied"), "自住|自住房|自用|业主自住"},
    {"rented", QT_TRANSLATE_NOOP("cd::RosterCodes", "Rented"), "出租|出租房|租赁|租住"},
    {"vacant", QT_TRANSLATE_NOOP("cd::RosterCodes", "Vacant"), "空置|空置房|空房|闲置"},
    {"unsold", QT_TRANSLATE_NOOP("cd::RosterCodes", "Unsold"), "未售|未售出|待售"},
};

const CodeEntry politicalStatus[] = {
    {"masses", QT_TRANSLATE_NOOP("cd::RosterCodes", "Masses"), "群众|普通群众"},
    {"cpc_member", QT_TRANSLATE_NOOP("cd::RosterCodes", "CPC member"),
     "中共党员|党员|中国共产党党员|共产党员|正式党员"},
    {"cpc_probationary", QT_TRANSLATE_NOOP("cd::RosterCodes", "CPC probationary member"),
     "中共预备党员|预备党员"},
    {"league_member", QT_TRANSLATE_NOOP("cd::RosterCodes", "Communist Youth League member"),
     "共青团员|团员|中国共产主义青年团团员"},
    {"democratic_party", QT_TRANSLATE_NOOP("cd::RosterCodes", "Democratic party member"),
     "民主党派|民主党派人士|民主党派成员"},
    {"non_party", QT_TRANSLATE_NOOP("cd::RosterCodes", "Non-party personage"), "无党派人士|无党派"},
};

const CodeEntry hukou[] = {
    {"registered", QT_TRANSLATE_NOOP("cd::RosterCodes", "Registered household"),
     "户籍|户籍人口|本地户籍|户籍人员"},
    {"resident", QT_TRANSLATE_NOOP("cd::RosterCodes", "Resident"), "常住|常住人口|人户分离"},
    {"floating", QT_TRANSLATE_NOOP("cd::RosterCodes", "Floating population"),
     "流动|流动人口|外来人口|暂住"},
};

const CodeEntry sex[] = {
    {"M", QT_TRANSLATE_NOOP("cd::RosterCodes", "Male"), "男|男性|m"},
    {"F", QT_TRANSLATE_NOOP("cd::RosterCodes", "Female"), "女|女性|f"},
};

const CodeEntry tags[] = {
    {"elderly_alone", QT_TRANSLATE_NOOP("cd::RosterCodes", "Elderly living alone"),
     "独居老人|独居|空巢老人"},
    {"oldest_old", QT_TRANSLATE_NOOP("cd::RosterCodes", "Oldest-old"), "高龄|高龄老人"},
    {"disabled", QT_TRANSLATE_NOOP("cd::RosterCodes", "Disabled"), "残疾|残疾人|残障"},
    {"subsistence", QT_TRANSLATE_NOOP("cd::RosterCodes", "Subsistence allowance"),
     "低保|低保户|最低生活保障"},
    {"veteran", QT_TRANSLATE_NOOP("cd::RosterCodes", "Veteran"), "退役军人|复员军人|退伍军人"},
    {"left_behind_child", QT_TRANSLATE_NOOP("cd::RosterCodes", "Left-behind child"),
     "留守儿童"},
    {"key_attention", QT_TRANSLATE_NOOP("cd::RosterCodes", "Key attention"),
     "重点关注|重点人员|重点关注对象"},
};

const CodeEntry leaderKinds[] = {
    {"senior", QT_TRANSLATE_NOOP("cd::RosterCodes", "Senior"), "老|老年|老年楼栋长"},
    {"young", QT_TRANSLATE_NOOP("cd::RosterCodes", "Young"), "青|青年|青年楼栋长"},
    {"junior", QT_TRANSLATE_NOOP("cd::RosterCodes", "Junior"), "少|少年|少年楼栋长"},
};

template <std::size_t N>
constexpr CodeTable tableOf(const CodeEntry (&entries)[N])
{
    return {entries, int(N)};
}

CodeTable table(RosterCodes::List list)
{
    switch (list) {
    case RosterCodes::List::Occupancy: return tableOf(occupancy);
    case RosterCodes::List::PoliticalStatus: return tableOf(politicalStatus);
    case RosterCodes::List::Hukou: return tableOf(hukou);
    case RosterCodes::List::Sex: return tableOf(sex);
    case RosterCodes::List::Tag: return tableOf(tags);
    case RosterCodes::List::LeaderKind: return tableOf(leaderKinds);
    }
    return {nullptr, 0};
}

// Trims ASCII and full-width spaces; folds full-width Latin letters to ASCII.
QString simplified(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out.trimmed();
}

} // namespace

QStringList RosterCodes::codes(List list)
{
    const CodeTable t = table(list);
    QStringList out;
    for (int i = 0; i < t.count; ++i)
        out << QString::fromLatin1(t.entries[i].code);
    return out;
}

bool RosterCodes::isKnown(List list, QStringView code)
{
    const CodeTable t = table(list);
    for (int i = 0; i < t.count; ++i) {
        if (code == QLatin1String(t.entries[i].code))
            return true;
    }
    return false;
}

QString RosterCodes::label(List list, QStringView code)
{
    const CodeTable t = table(list);
    for (int i = 0; i < t.count; ++i) {
        if (code == QLatin1String(t.entries[i].code))
            return QCoreApplication::translate("cd::RosterCodes", t.entries[i].label);
    }
    return code.toString();
}

QString RosterCodes::parse(List list, QStringView text)
{
    const QString wanted = simplified(text);
    if (wanted.isEmpty())
        return QString();
    const CodeTable t = table(list);
    for (int i = 0; i < t.count; ++i) {
        const CodeEntry &e = t.entries[i];
        const QString code = QString::fromLatin1(e.code);
        if (wanted.compare(code, Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0
            || wanted.compare(QCoreApplication::translate("cd::RosterCodes", e.label), Qt::CaseInsensitive) == 0) {
            return code;
        }
        const QStringList aliases = QString::fromUtf8(e.aliases).split(QLatin1Char('|'));
        for (const QString &alias : aliases) {
            if (wanted.compare(alias, Qt::CaseInsensitive) == 0)
                return code;
        }
    }
    return QString();
}

bool RosterCodes::isValidCustomTag(QStringView code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(code).hasMatch();
}

} // namespace cd
