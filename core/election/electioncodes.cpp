#include "election/electioncodes.h"

#include "election/electiontypes.h"

#include <QHash>

namespace cd {

namespace {

struct CodeEntry
{
    const char *code;
    const char *chinese; // UTF-8
};

// One table per list: code and the Chinese term of the documents.
const std::vector<CodeEntry> &entries(ElectionCodes::List list)
{
    using List = ElectionCodes::List;
    static const std::vector<CodeEntry> kind{{"first", "首次选举"}, {"renewal", "换届选举"}, {"by_election", "补选"}};
    static const std::vector<CodeEntry> status{{"preparing", "筹备中"}, {"voting", "投票中"}, {"closed", "已结束"}};
    static const std::vector<CodeEntry> source{{"self", "自荐"},
                                               {"joint", "联名推荐"},
                                               {"party_org", "社区党组织推荐"},
                                               {"residents_committee", "居委会推荐"}};
    static const std::vector<CodeEntry> vetting{
        {"pending", "待审查"}, {"approved", "审查通过"}, {"rejected", "审查未通过"}, {"withdrawn", "已退出"}};
    static const std::vector<CodeEntry> voterKind{{"owner", "业主"}, {"developer", "建设单位"}, {"unknown", "业主不详"}};
    static const std::vector<CodeEntry> voterStatus{
        {"pending", "未投"}, {"voted", "已投"}, {"refused", "拒绝"}, {"unreachable", "无法联系"}};
    static const std::vector<CodeEntry> canvass{
        {"not_visited", "未走访"}, {"delivered", "已送票"}, {"revisit", "需再访"}, {"collected", "已收票"}};
    static const std::vector<CodeEntry> role{{"director", "主任"}, {"deputy_director", "副主任"}, {"member", "委员"}};
    switch (list) {
    case List::Kind: return kind;
    case List::Status: return status;
    case List::Source: return source;
    case List::Vetting: return vetting;
    case List::VoterKind: return voterKind;
    case List::VoterStatus: return voterStatus;
    case List::Canvass: return canvass;
    case List::Role: return role;
    }
    return kind;
}

} // namespace

QStringList ElectionCodes::codes(List list)
{
    QStringList result;
    for (const CodeEntry &entry : entries(list))
        result << QLatin1String(entry.code);
    return result;
}

bool ElectionCodes::isKnown(List list, const QString &code)
{
    return codes(list).contains(code);
}

QString ElectionCodes::label(List list, const QString &code)
{
    // Spelled out so that lupdate sees every source text.
    static const QHash<QString, const char *> texts{
        {QStringLiteral("first"), QT_TR_NOOP("First election")},
        {QStringLiteral("renewal"), QT_TR_NOOP("Renewal")},
        {QStringLiteral("by_election"), QT_TR_NOOP("By-election")},
        {QStringLiteral("preparing"), QT_TR_NOOP("Preparing")},
        {QStringLiteral("voting"), QT_TR_NOOP("Voting")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("self"), QT_TR_NOOP("Self-nominated")},
        {QStringLiteral("joint"), QT_TR_NOOP("Jointly nominated by owners")},
        {QStringLiteral("party_org"), QT_TR_NOOP("Nominated by the community party organisation")},
        {QStringLiteral("residents_committee"), QT_TR_NOOP("Nominated by the residents' committee")},
        {QStringLiteral("approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("withdrawn"), QT_TR_NOOP("Withdrawn")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("developer"), QT_TR_NOOP("Developer")},
        {QStringLiteral("unknown"), QT_TR_NOOP("Owner not recorded")},
        {QStringLiteral("voted"), QT_TR_NOOP("Voted")},
        {QStringLiteral("refused"), QT_TR_NOOP("Refused")},
        {QStringLiteral("unreachable"), QT_TR_NOOP("Cannot be reached")},
        {QStringLiteral("not_visited"), QT_TR_NOOP("Not visited")},
        {QStringLiteral("delivered"), QT_TR_NOOP("Ballot delivered")},
        {QStringLiteral("revisit"), QT_TR_NOOP("Visit again")},
        {QStringLiteral("collected"), QT_TR_NOOP("Ballot collected")},
        {QStringLiteral("director"), QT_TR_NOOP("Director")},
        {QStringLiteral("deputy_director"), QT_TR_NOOP("Deputy director")},
        {QStringLiteral("member"), QT_TR_NOOP("Member")},
    };
    if (code == QLatin1String("pending"))
        return list == List::Vetting ? tr("Pending vetting") : tr("Not voted");
    const auto found = texts.constFind(code);
    if (found == texts.constEnd() || !isKnown(list, code))
        return code;
    return tr(found.value());
}

QString ElectionCodes::chinese(List list, const QString &code)
{
    for (const CodeEntry &entry : entries(list)) {
        if (code == QLatin1String(entry.code))
            return QString::fromUtf8(entry.chinese);
    }
    return code;
}

QString ElectionCodes::parse(List list, const QString &text)
{
    QString wanted = text.trimmed();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const CodeEntry &entry : entries(list)) {
        const QString code = QLatin1String(entry.code);
        if (wanted.compare(code, Qt::CaseInsensitive) == 0 || wanted == QString::fromUtf8(entry.chinese)
            || text.trimmed().compare(label(list, code), Qt::CaseInsensitive) == 0)
            return code;
    }
    return QString();
}

std::vector<ElectionCondition> ElectionCodes::defaultConditions()
{
    // Common conditions of local 业主大会 rules; each election may edit its own copy.
    static const char *const eligibility[] = {
        "本小区业主",
        "具有完全民事行为能力",
        "遵守法律法规和管理规约，热心公益事业，责任心强",
        "具备履行职责的时间和能力",
    };
    static const char *const disqualifiers[] = {
        "欠缴物业费或专项维修资金",
        "本人或近亲属在本小区物业企业任职",
        "有违法搭建、擅自改变房屋用途等违反管理规约的行为且未改正",
        "因故意犯罪受过刑事处罚",
    };
    std::vector<ElectionCondition> result;
    int position = 0;
    for (const char *text : eligibility)
        result.push_back({0, QStringLiteral("eligibility"), QString::fromUtf8(text), ++position});
    for (const char *text : disqualifiers)
        result.push_back({0, QStringLiteral("disqualifier"), QString::fromUtf8(text), ++position});
    return result;
}

} // namespace cd
