// CensusWorkbook: the workbook, its title lines and the summary sheet (汇总表); the list sheets
// are in censusworkbook_sheets.cpp.
#include "party/censusworkbook.h"

#include "io/xlsxtablewriter.h"
#include "party/partycodes.h"
#include "report/chinesedate.h"
#include "roster/privacymask.h"

namespace cd {

namespace {

using Type = TableColumn::Type;

QVariant fraction(const Ratio &r)
{
    const std::optional<double> v = r.value();
    return v ? QVariant(*v) : QVariant();
}

QVariant share(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

QString yesNo(bool met)
{
    return met ? QStringLiteral("是") : QStringLiteral("否");
}

} // namespace

QString CensusWorkbook::title(const CensusData &data, const QString &form)
{
    return QStringLiteral("%1%2年党员底数排查%3").arg(data.community).arg(data.year).arg(form);
}

QString CensusWorkbook::unitLine(const CensusData &data)
{
    QString line = QStringLiteral("填报单位：%1　　统计截止：%2　　数据日期：%3")
                       .arg(data.community, chineseDate(data.cutoff), chineseDate(data.asOf));
    if (data.isSnapshot())
        line += QStringLiteral("　　排查轮次冻结于：%1").arg(chineseDateTime(data.takenAt));
    return line;
}

TableSheet CensusWorkbook::summarySheet(const CensusData &d)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("汇总表");
    sheet.title = title(d, QStringLiteral("汇总表"));
    sheet.subtitle = unitLine(d);
    sheet.columns = {{QStringLiteral("类别"), Type::Text, 12},   {QStringLiteral("项目"), Type::Text, 36},
                     {QStringLiteral("数量"), Type::Integer, 10}, {QStringLiteral("比例"), Type::Percent, 10},
                     {QStringLiteral("目标"), Type::Text, 10},    {QStringLiteral("是否达标"), Type::Text, 10}};
    const auto add = [&](const QString &group, const QString &item, qint64 count, const QVariant &ratio = QVariant(),
                         const QString &target = QString(), const QString &met = QString()) {
        sheet.appendRow({group, item, count, ratio, target, met});
    };
    const CensusMemberCounts &m = d.members;
    const QString members = QStringLiteral("党员");
    add(members, QStringLiteral("党员总数"), m.total);
    add(members, QStringLiteral("其中：正式党员"), m.full, share(m.full, m.total));
    add(members, QStringLiteral("　　　预备党员"), m.probationary, share(m.probationary, m.total));
    add(members, QStringLiteral("男"), m.male, share(m.male, m.total));
    add(members, QStringLiteral("女"), m.female, share(m.female, m.total));
    add(members, QStringLiteral("少数民族"), m.minority, share(m.minority, m.total));
    add(members, QStringLiteral("大专及以上学历"), m.college, share(m.college, m.total));
    const QStringList bands = partyrules::ageBandTerms();
    for (int i = 0; i < partyrules::ageBandCount; ++i)
        add(QStringLiteral("年龄"), bands.at(i), m.ageBands[size_t(i)], share(m.ageBands[size_t(i)], m.total));
    if (m.ageUnknown > 0)
        add(QStringLiteral("年龄"), QStringLiteral("出生日期不详"), m.ageUnknown, share(m.ageUnknown, m.total));
    const QStringList periods = partyrules::joinPeriodTerms();
    for (int i = 0; i < partyrules::joinPeriodCount; ++i)
        add(QStringLiteral("入党时间"), periods.at(i), m.joinPeriods[size_t(i)], share(m.joinPeriods[size_t(i)], m.total));
    add(QStringLiteral("发展党员"), QStringLiteral("%1年新发展党员").arg(d.year), m.newlyAdmitted);
    add(QStringLiteral("发展党员"), QStringLiteral("%1年按期转正").arg(d.year), m.converted);
    add(QStringLiteral("发展党员"), QStringLiteral("预备期满未转正"), m.overdue, QVariant(), QStringLiteral("0"),
        yesNo(m.overdue == 0));
    add(QStringLiteral("党员管理"), QStringLiteral("在职党员到社区报到"), m.registered);
    add(QStringLiteral("党员管理"), QStringLiteral("流动党员"), m.mobile);
    add(QStringLiteral("党员管理"), QStringLiteral("失联党员（6个月以上未联系）"), m.lostContact, QVariant(),
        QStringLiteral("0"), yesNo(m.lostContact == 0));
    add(QStringLiteral("党员管理"), QStringLiteral("组织关系在社区外的党员"), m.outsideOrgs);
    add(QStringLiteral("党员管理"), QStringLiteral("物业企业从业党员"), m.propertyStaff);

    const CensusOrgCounts &o = d.orgs;
    const QString orgs = QStringLiteral("党组织");
    add(orgs, QStringLiteral("党组织总数"), o.total);
    add(orgs, QStringLiteral("党委"), o.committees);
    add(orgs, QStringLiteral("党总支"), o.generalBranches);
    add(orgs, QStringLiteral("党支部"), o.branches);
    add(orgs, QStringLiteral("党小组"), o.groups);
    add(orgs, QStringLiteral("其中：物业企业党组织"), o.hostCompany);
    add(orgs, QStringLiteral("　　　业委会党组织"), o.hostOwnersCommittee);
    add(orgs, QStringLiteral("　　　联合党组织"), o.hostJoint);
    add(orgs, QStringLiteral("正式党员不足3名的党支部"), o.branchesBelowMinimum, QVariant(), QStringLiteral("0"),
        yesNo(o.branchesBelowMinimum == 0));

    const CensusCompanyCounts &c = d.companies;
    const CensusTargets &t = d.targets;
    const QString companies = QStringLiteral("物业企业");
    add(companies, QStringLiteral("物业企业总数"), c.total);
    add(companies, QStringLiteral("物业服务项目数"), c.projects);
    add(companies, QStringLiteral("从业人员数"), c.staff);
    add(companies, QStringLiteral("从业党员数"), c.partyMembers);
    add(companies, QStringLiteral("有党员的物业企业"), c.withMembers);
    add(companies, QStringLiteral("单独建立党组织"), c.single);
    add(companies, QStringLiteral("联合建立党组织"), c.joint);
    add(companies, QStringLiteral("选派党建指导员"), c.instructor);
    add(companies, QStringLiteral("党的组织和工作未覆盖"), c.none);
    add(companies, QStringLiteral("物业企业党组织组建率"), c.formation.numerator, fraction(c.formation),
        QStringLiteral("≥%1%").arg(t.formationPercent), yesNo(c.formation.meets(t.formationPercent)));
    add(companies, QStringLiteral("物业服务项目党组织组建率"), c.projectFormation.numerator, fraction(c.projectFormation),
        QStringLiteral("≥%1%").arg(t.formationPercent), yesNo(c.projectFormation.meets(t.formationPercent)));
    add(companies, QStringLiteral("党的组织和工作覆盖率"), c.coverage.numerator, fraction(c.coverage),
        QStringLiteral("%1%").arg(t.coveragePercent), yesNo(c.coverage.meets(t.coveragePercent)));
    const QStringList red = PartyCodes::codes(PartyCodes::List::RedProperty);
    for (int i = 1; i < red.size(); ++i)
        add(companies, QStringLiteral("红色物业：") + PartyCodes::chinese(PartyCodes::List::RedProperty, red.at(i)),
            c.redProperty[size_t(i)]);
    add(companies, QStringLiteral("履约评价亮黄灯"), c.yellowLights);

    const CensusCommitteeCounts &k = d.committees;
    const QString committees = QStringLiteral("业委会");
    add(committees, QStringLiteral("小区数"), k.estates);
    add(committees, QStringLiteral("已成立业委会"), k.withCommittee, share(k.withCommittee, k.estates));
    add(committees, QStringLiteral("业委会委员"), k.members);
    add(committees, QStringLiteral("其中：党员委员"), k.partyMembers, share(k.partyMembers, k.members),
        QStringLiteral("≥%1%").arg(t.committeeSharePercent), yesNo(2 * k.partyMembers >= k.members));
    add(committees, QStringLiteral("党员比例达到%1%的业委会").arg(t.committeeSharePercent), k.share.numerator,
        fraction(k.share), QStringLiteral("100%"), yesNo(k.share.meets(100)));
    add(committees, QStringLiteral("党员担任业委会主任"), k.directorsInParty, share(k.directorsInParty, k.withCommittee));

    const QString cross = QStringLiteral("交叉任职");
    add(cross, QStringLiteral("在任交叉任职人次"), d.crossAppointments);
    add(cross, QStringLiteral("物业企业“双向进入、交叉任职”"), c.cross.numerator, fraction(c.cross),
        QStringLiteral("%1%").arg(t.crossPercent), yesNo(c.cross.meets(t.crossPercent)));
    add(cross, QStringLiteral("业委会“双向进入、交叉任职”"), k.cross.numerator, fraction(k.cross),
        QStringLiteral("%1%").arg(t.crossPercent), yesNo(k.cross.meets(t.crossPercent)));
    return sheet;
}

QVector<TableSheet> CensusWorkbook::sheets(const CensusData &data, const PrivacyMask &mask)
{
    return {summarySheet(data), memberSheet(data, mask), orgSheet(data),
            companySheet(data), committeeSheet(data),    crossSheet(data)};
}

Status CensusWorkbook::write(const CensusData &data, const PrivacyMask &mask, const QString &path,
                             const TableProgressCallback &progress)
{
    XlsxTableWriter writer;
    if (progress)
        writer.setProgressCallback(progress);
    return writer.write(path, sheets(data, mask));
}

} // namespace cd
