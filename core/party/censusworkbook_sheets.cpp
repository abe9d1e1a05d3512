// CensusWorkbook: the list sheets — 党员花名册, 党组织情况, 物业企业党建情况, 业委会情况, 交叉任职.
#include "party/censusworkbook.h"

#include "party/partycodes.h"
#include "roster/privacymask.h"

namespace cd {

namespace {

using Type = TableColumn::Type;

QString yesNo(bool value)
{
    return value ? QStringLiteral("是") : QStringLiteral("否");
}

QString sexTerm(const QString &code)
{
    if (code == QLatin1String("M"))
        return QStringLiteral("男");
    if (code == QLatin1String("F"))
        return QStringLiteral("女");
    return QString();
}

QVariant dateCell(QDate d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QString hostText(const QString &host, const QString &hostName)
{
    const QString term = PartyCodes::chinese(PartyCodes::List::OrgHost, host);
    return hostName.isEmpty() ? term : term + QStringLiteral("（") + hostName + QStringLiteral("）");
}

} // namespace

TableSheet CensusWorkbook::memberSheet(const CensusData &d, const PrivacyMask &mask)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("党员花名册");
    sheet.title = title(d, QStringLiteral("党员花名册"));
    sheet.subtitle = unitLine(d);
    sheet.columns = {{QStringLiteral("序号"), Type::Integer, 6},
                     {QStringLiteral("姓名"), Type::Text, 10},
                     {QStringLiteral("性别"), Type::Text, 5},
                     {QStringLiteral("民族"), Type::Text, 8},
                     {QStringLiteral("出生日期"), Type::Date, 12},
                     {QStringLiteral("年龄"), Type::Integer, 6},
                     {QStringLiteral("公民身份号码"), Type::Text, 21},
                     {QStringLiteral("学历"), Type::Text, 10},
                     {QStringLiteral("入党日期"), Type::Date, 12},
                     {QStringLiteral("转正日期"), Type::Date, 12},
                     {QStringLiteral("党员类别"), Type::Text, 9},
                     {QStringLiteral("所在党组织"), Type::Text, 24},
                     {QStringLiteral("工作单位"), Type::Text, 20},
                     {QStringLiteral("联系电话"), Type::Text, 14},
                     {QStringLiteral("到社区报到日期"), Type::Date, 14},
                     {QStringLiteral("流动党员"), Type::Text, 14},
                     {QStringLiteral("最近联系"), Type::Date, 12},
                     {QStringLiteral("党内及交叉任职"), Type::Text, 28},
                     {QStringLiteral("提示"), Type::Text, 20}};
    // Streamed: a sub-district roster has tens of thousands of lines.
    size_t next = 0;
    const std::vector<CensusMemberRow> *rows = &d.memberRows;
    const PrivacyMask *privacy = &mask;
    sheet.rowSource = [next, rows, privacy](TableRow &row) mutable {
        if (next >= rows->size())
            return false;
        const CensusMemberRow &m = (*rows)[next++];
        QStringList notes;
        if (m.overdue)
            notes << QStringLiteral("预备期满未转正");
        if (m.lostContact)
            notes << QStringLiteral("失联");
        if (m.newlyAdmitted)
            notes << QStringLiteral("本年度发展");
        row = {qint64(next),
               m.name,
               sexTerm(m.sex),
               m.ethnicity,
               dateCell(m.birthDate),
               m.age >= 0 ? QVariant(qint64(m.age)) : QVariant(),
               privacy->display(PrivacyMask::IdNumber, m.idNumber, m.personId),
               m.education,
               dateCell(m.joined),
               dateCell(m.fullDate),
               PartyCodes::chinese(PartyCodes::List::MemberStatus,
                                   m.full ? QStringLiteral("full") : QStringLiteral("probationary")),
               m.orgName,
               m.companyName.isEmpty() ? m.workplace : m.companyName,
               privacy->display(PrivacyMask::Phone, m.phone, m.personId),
               dateCell(m.registeredOn),
               m.mobile ? (m.mobileTo.isEmpty() ? QStringLiteral("是") : QStringLiteral("是（%1）").arg(m.mobileTo))
                        : QString(),
               dateCell(m.lastContact),
               m.posts,
               notes.join(QStringLiteral("、"))};
        return true;
    };
    sheet.totals = {QVariant(), QStringLiteral("合计：%1人").arg(d.memberRows.size())};
    sheet.totals.resize(sheet.columns.size());
    return sheet;
}

TableSheet CensusWorkbook::orgSheet(const CensusData &d)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("党组织情况");
    sheet.title = title(d, QStringLiteral("党组织情况表"));
    sheet.subtitle = unitLine(d);
    sheet.columns = {{QStringLiteral("序号"), Type::Integer, 6},        {QStringLiteral("党组织名称"), Type::Text, 30},
                     {QStringLiteral("类别"), Type::Text, 8},           {QStringLiteral("依托单位"), Type::Text, 26},
                     {QStringLiteral("成立日期"), Type::Date, 12},      {QStringLiteral("书记"), Type::Text, 10},
                     {QStringLiteral("正式党员"), Type::Integer, 9},    {QStringLiteral("预备党员"), Type::Integer, 9},
                     {QStringLiteral("党员合计"), Type::Integer, 9},    {QStringLiteral("符合组建要求"), Type::Text, 12},
                     {QStringLiteral("建议"), Type::Text, 40}};
    qint64 full = 0, probationary = 0, line = 0;
    for (const CensusOrgRow &o : d.orgRows) {
        const bool branch = o.kind == QLatin1String("branch");
        sheet.appendRow({++line, QString(o.depth * 2, QChar(0x3000)) + o.name,
                         PartyCodes::chinese(PartyCodes::List::OrgKind, o.kind), hostText(o.host, o.hostName),
                         dateCell(o.founded), o.secretary, qint64(o.fullMembers), qint64(o.probationaryMembers),
                         qint64(o.fullMembers + o.probationaryMembers), branch ? yesNo(o.meetsMinimum) : QString(),
                         o.proposal.chinese()});
        full += o.fullMembers;
        probationary += o.probationaryMembers;
    }
    sheet.totals = {QVariant(), QStringLiteral("合计：%1个").arg(d.orgRows.size()), QVariant(), QVariant(), QVariant(),
                    QVariant(), full, probationary, full + probationary, QVariant(), QVariant()};
    return sheet;
}

TableSheet CensusWorkbook::companySheet(const CensusData &d)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("物业企业党建情况");
    sheet.title = title(d, QStringLiteral("物业企业党建情况表"));
    sheet.subtitle = unitLine(d);
    sheet.columns = {{QStringLiteral("序号"), Type::Integer, 6},           {QStringLiteral("企业名称"), Type::Text, 26},
                     {QStringLiteral("统一社会信用代码"), Type::Text, 21},  {QStringLiteral("代码校验"), Type::Text, 16},
                     {QStringLiteral("服务项目数"), Type::Integer, 10},     {QStringLiteral("服务小区"), Type::Text, 22},
                     {QStringLiteral("从业人员"), Type::Integer, 9},        {QStringLiteral("党员数"), Type::Integer, 8},
                     {QStringLiteral("其中正式党员"), Type::Integer, 11},   {QStringLiteral("组建形式"), Type::Text, 14},
                     {QStringLiteral("党组织"), Type::Text, 24},            {QStringLiteral("党建指导员"), Type::Text, 10},
                     {QStringLiteral("红色物业"), Type::Text, 10},          {QStringLiteral("履约评价"), Type::Text, 14},
                     {QStringLiteral("亮黄灯"), Type::Text, 8},             {QStringLiteral("企业人员进社区任职"), Type::Text, 12},
                     {QStringLiteral("社区人员进企业任职"), Type::Text, 12}, {QStringLiteral("双向进入交叉任职"), Type::Text, 12},
                     {QStringLiteral("建议"), Type::Text, 36}};
    qint64 projects = 0, staff = 0, members = 0, full = 0, line = 0;
    for (const CensusCompanyRow &c : d.companyRows) {
        QString check = c.creditCodeValid ? QStringLiteral("通过") : QStringLiteral("未通过");
        if (c.creditCode.isEmpty())
            check = QStringLiteral("未登记");
        else if (!c.creditCodeValid && !c.creditCodeNote.isEmpty())
            check += QStringLiteral("（") + c.creditCodeNote + QStringLiteral("）");
        sheet.appendRow({++line, c.name, c.creditCode, check, qint64(c.projects), c.estates, qint64(c.staff),
                         qint64(c.partyMembers), qint64(c.fullMembers),
                         PartyCodes::chinese(PartyCodes::List::OrgForm, c.form), c.orgNames, c.instructor,
                         PartyCodes::chinese(PartyCodes::List::RedProperty, c.redProperty),
                         PartyCodes::chinese(PartyCodes::List::Rating, c.rating), c.yellowLight ? QStringLiteral("是") : QString(),
                         yesNo(c.outward), yesNo(c.inward), yesNo(c.covered), c.proposal.chinese()});
        projects += c.projects;
        staff += c.staff;
        members += c.partyMembers;
        full += c.fullMembers;
    }
    sheet.totals = {QVariant(), QStringLiteral("合计：%1家").arg(d.companyRows.size()), QVariant(), QVariant(), projects,
                    QVariant(), staff, members, full};
    sheet.totals.resize(sheet.columns.size());
    return sheet;
}

TableSheet CensusWorkbook::committeeSheet(const CensusData &d)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("业委会情况");
    sheet.title = title(d, QStringLiteral("业委会情况表"));
    sheet.subtitle = unitLine(d);
    sheet.columns = {{QStringLiteral("序号"), Type::Integer, 6},          {QStringLiteral("小区"), Type::Text, 18},
                     {QStringLiteral("业委会"), Type::Text, 10},          {QStringLiteral("任期开始"), Type::Date, 12},
                     {QStringLiteral("任期届满"), Type::Date, 12},        {QStringLiteral("委员人数"), Type::Integer, 9},
                     {QStringLiteral("党员人数"), Type::Integer, 9},      {QStringLiteral("党员比例"), Type::Percent, 9},
                     {QStringLiteral("党员比例达%1%").arg(d.targets.committeeSharePercent), Type::Text, 12},
                     {QStringLiteral("主任"), Type::Text, 10},            {QStringLiteral("主任是否党员"), Type::Text, 11},
                     {QStringLiteral("社区人员进业委会"), Type::Text, 14}, {QStringLiteral("业委会党员进社区党组织"), Type::Text, 18},
                     {QStringLiteral("双向进入交叉任职"), Type::Text, 14}};
    qint64 members = 0, party = 0, line = 0;
    for (const CensusCommitteeRow &k : d.committeeRows) {
        if (k.committeeId <= 0) {
            sheet.appendRow({++line, k.estateName, QStringLiteral("未成立")});
            sheet.rows.last().resize(sheet.columns.size());
            continue;
        }
        sheet.appendRow({++line, k.estateName, QStringLiteral("已成立"), dateCell(k.termStart), dateCell(k.termEnd),
                         qint64(k.members), qint64(k.partyMembers),
                         k.members > 0 ? QVariant(double(k.partyMembers) / k.members) : QVariant(), yesNo(k.meetsShare),
                         k.director, k.director.isEmpty() ? QString() : yesNo(k.directorIsPartyMember), yesNo(k.inward),
                         yesNo(k.outward), yesNo(k.covered)});
        members += k.members;
        party += k.partyMembers;
    }
    sheet.totals = {QVariant(), QStringLiteral("合计"), QStringLiteral("%1个").arg(d.committees.withCommittee), QVariant(),
                    QVariant(), members, party, members > 0 ? QVariant(double(party) / members) : QVariant()};
    sheet.totals.resize(sheet.columns.size());
    return sheet;
}

TableSheet CensusWorkbook::crossSheet(const CensusData &d)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("交叉任职");
    sheet.title = title(d, QStringLiteral("“双向进入、交叉任职”情况表"));
    sheet.subtitle = unitLine(d);
    sheet.columns = {{QStringLiteral("序号"), Type::Integer, 6}, {QStringLiteral("姓名"), Type::Text, 10},
                     {QStringLiteral("是否党员"), Type::Text, 9}, {QStringLiteral("原单位类别"), Type::Text, 14},
                     {QStringLiteral("原单位"), Type::Text, 24},  {QStringLiteral("任职单位"), Type::Text, 26},
                     {QStringLiteral("职务"), Type::Text, 20},    {QStringLiteral("任职日期"), Type::Date, 12},
                     {QStringLiteral("离任日期"), Type::Date, 12}};
    qint64 line = 0;
    for (const CensusCrossRow &x : d.crossRows)
        sheet.appendRow({++line, x.person, yesNo(x.partyMember), PartyCodes::chinese(PartyCodes::List::Body, x.fromBody),
                         x.from, x.to, x.post, dateCell(x.since), dateCell(x.until)});
    sheet.totals = {QVariant(), QStringLiteral("合计：%1人次").arg(d.crossRows.size())};
    sheet.totals.resize(sheet.columns.size());
    return sheet;
}

} // namespace cd
