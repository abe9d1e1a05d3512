#include "party/censusreport.h"

#include "party/barchartimage.h"
#include "party/censuskpis.h"
#include "party/censusworkbook.h"
#include "party/partycodes.h"
#include "report/chinesedate.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"

#include <QHash>

#include <cmath>

namespace cd {

namespace {

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString percent(const Ratio &r)
{
    return percent(r.value());
}

QString yesNo(bool v)
{
    return v ? QStringLiteral("是") : QStringLiteral("否");
}

double percentValue(const Ratio &r)
{
    return r.value().value_or(0.0) * 100.0;
}

struct TargetLine
{
    QString name;
    Ratio ratio;
    int target;
    QString gap; // Chinese, empty when met
};

// The headline figures against their targets, with what is missing in words.
QVector<TargetLine> targetLines(const CensusData &d)
{
    const CensusTargets &t = d.targets;
    const CensusCompanyCounts &c = d.companies;
    const CensusCommitteeCounts &k = d.committees;
    const auto gap = [](const Ratio &r, int target, const QString &text) {
        const qint64 missing = r.missing(target);
        return missing > 0 ? text.arg(missing) : QString();
    };
    return {
        {QStringLiteral("物业企业党组织组建率"), c.formation, t.formationPercent,
         gap(c.formation, t.formationPercent, QStringLiteral("还差%1家物业企业建立党组织"))},
        {QStringLiteral("物业服务项目党组织组建率"), c.projectFormation, t.formationPercent,
         gap(c.projectFormation, t.formationPercent, QStringLiteral("还差%1个物业服务项目建立党组织"))},
        {QStringLiteral("党的组织和工作覆盖率"), c.coverage, t.coveragePercent,
         gap(c.coverage, t.coveragePercent, QStringLiteral("还差%1家物业企业实现党的组织和工作覆盖"))},
        {QStringLiteral("业委会党员比例达%1%").arg(t.committeeSharePercent), k.share, 100,
         gap(k.share, 100, QStringLiteral("%1") + QStringLiteral("个业委会党员比例不足%1%").arg(t.committeeSharePercent))},
        {QStringLiteral("物业企业双向进入、交叉任职"), c.cross, t.crossPercent,
         gap(c.cross, t.crossPercent, QStringLiteral("还差%1家物业企业实现双向进入、交叉任职"))},
        {QStringLiteral("业委会双向进入、交叉任职"), k.cross, t.crossPercent,
         gap(k.cross, t.crossPercent, QStringLiteral("还差%1个业委会实现双向进入、交叉任职"))},
    };
}

// The comparison lines in the form's wording.
QString changeLabel(const QString &key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("members_total"), QStringLiteral("党员总数")},
        {QStringLiteral("members_full"), QStringLiteral("正式党员")},
        {QStringLiteral("members_probationary"), QStringLiteral("预备党员")},
        {QStringLiteral("newly_admitted"), QStringLiteral("新发展党员")},
        {QStringLiteral("registered_employed"), QStringLiteral("在职党员到社区报到")},
        {QStringLiteral("organisations_total"), QStringLiteral("党组织总数")},
        {QStringLiteral("branches"), QStringLiteral("党支部")},
        {QStringLiteral("companies_total"), QStringLiteral("物业企业")},
        {QStringLiteral("companies_with_organisation"), QStringLiteral("已建立党组织的物业企业")},
        {QStringLiteral("formation_rate"), QStringLiteral("物业企业党组织组建率")},
        {QStringLiteral("project_formation_rate"), QStringLiteral("物业服务项目党组织组建率")},
        {QStringLiteral("coverage_rate"), QStringLiteral("党的组织和工作覆盖率")},
        {QStringLiteral("committee_share"), QStringLiteral("党员比例达标的业委会占比")},
        {QStringLiteral("cross_companies"), QStringLiteral("物业企业双向进入、交叉任职")},
        {QStringLiteral("cross_committees"), QStringLiteral("业委会双向进入、交叉任职")},
    };
    return labels.value(key, key);
}

} // namespace

QImage CensusReport::chart(int which, const CensusData &d, const std::vector<CensusData> &earlier)
{
    BarChartSpec spec;
    if (which == 0) {
        spec.title = QStringLiteral("党员年龄结构（截至%1）").arg(chineseDate(d.cutoff));
        spec.categories = partyrules::ageBandTerms();
        for (int band : d.members.ageBands)
            spec.values << band;
        spec.valueSuffix = QStringLiteral("人");
    } else if (which == 1) {
        spec.title = QStringLiteral("党组织覆盖与目标");
        spec.seriesName = QStringLiteral("现状");
        spec.secondSeriesName = QStringLiteral("目标");
        for (const TargetLine &line : targetLines(d)) {
            spec.categories << line.name;
            spec.values << percentValue(line.ratio);
            spec.secondValues << line.target;
        }
        spec.valueSuffix = QStringLiteral("%");
        spec.decimals = 1;
    } else {
        spec.title = QStringLiteral("历次排查趋势");
        spec.seriesName = QStringLiteral("物业企业党组织组建率");
        spec.secondSeriesName = QStringLiteral("物业企业双向进入、交叉任职");
        for (const CensusData &round : earlier) {
            spec.categories << QStringLiteral("%1年").arg(round.year);
            spec.values << percentValue(round.companies.formation);
            spec.secondValues << percentValue(round.companies.cross);
        }
        spec.categories << QStringLiteral("%1年").arg(d.year);
        spec.values << percentValue(d.companies.formation);
        spec.secondValues << percentValue(d.companies.cross);
        spec.valueSuffix = QStringLiteral("%");
        spec.decimals = 1;
        spec.target = d.targets.formationPercent;
        spec.targetLabel = QStringLiteral("组建率目标%1%").arg(d.targets.formationPercent);
    }
    return BarChartImage::render(spec);
}

std::unique_ptr<ReportDocument> CensusReport::build(const CensusData &d, const std::vector<CensusData> &earlier)
{
    auto report = std::make_unique<ReportDocument>(PageSetup::portraitReport());
    ReportDocument &r = *report;
    r.setRunningHeader(d.community, QStringLiteral("%1年党员底数排查").arg(d.year));
    r.addTitle(CensusWorkbook::title(d, QStringLiteral("情况汇总")), 20);
    r.addSubtitle(CensusWorkbook::unitLine(d), 10.5);
    const double width = r.pageSetup().bodySizeMm().width();

    const CensusMemberCounts &m = d.members;
    const CensusCompanyCounts &c = d.companies;
    const CensusCommitteeCounts &k = d.committees;
    r.addHeading(QStringLiteral("一、总体情况"), 14);
    r.addParagraph(QStringLiteral("截至%1，社区共有党员%2名（正式党员%3名、预备党员%4名），党组织%5个（党委%6个、党总支%7个、"
                                  "党支部%8个、党小组%9个）；物业企业%10家、服务项目%11个，从业人员%12人、从业党员%13名；"
                                  "小区%14个，已成立业委会%15个；在任交叉任职%16人次；在职党员到社区报到%17名。")
                       .arg(chineseDate(d.asOf)).arg(m.total).arg(m.full).arg(m.probationary).arg(d.orgs.total)
                       .arg(d.orgs.committees).arg(d.orgs.generalBranches).arg(d.orgs.branches).arg(d.orgs.groups)
                       .arg(c.total).arg(c.projects).arg(c.staff).arg(c.partyMembers).arg(k.estates)
                       .arg(k.withCommittee).arg(d.crossAppointments).arg(m.registered),
                   12, Qt::AlignJustify, 2);

    ReportTable targets;
    targets.headers = {QStringLiteral("指标"), QStringLiteral("现状"), QStringLiteral("比例"), QStringLiteral("目标"),
                       QStringLiteral("是否达标"), QStringLiteral("差距")};
    targets.columnWidthsPercent = {28, 12, 10, 10, 10, 30};
    for (const TargetLine &line : targetLines(d)) {
        targets.rows.append({line.name, QStringLiteral("%1/%2").arg(line.ratio.numerator).arg(line.ratio.denominator),
                             percent(line.ratio), QStringLiteral("%1%").arg(line.target),
                             yesNo(line.ratio.meets(line.target)), line.gap});
    }
    r.addTable(targets);
    r.addImage(chart(1, d, earlier), width);

    r.addHeading(QStringLiteral("二、党员队伍结构"), 14);
    r.addImage(chart(0, d, earlier), width);
    ReportTable structure;
    structure.headers = {QStringLiteral("项目"), QStringLiteral("人数"), QStringLiteral("占比")};
    structure.columnWidthsPercent = {50, 25, 25};
    structure.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
    const auto share = [&](int part) {
        return m.total > 0 ? percent(std::optional<double>(double(part) / m.total)) : QStringLiteral("—");
    };
    const auto addLine = [&](const QString &item, int count) {
        structure.rows.append({item, QString::number(count), share(count)});
    };
    addLine(QStringLiteral("男"), m.male);
    addLine(QStringLiteral("女"), m.female);
    addLine(QStringLiteral("少数民族"), m.minority);
    addLine(QStringLiteral("大专及以上学历"), m.college);
    const QStringList bands = partyrules::ageBandTerms();
    for (int i = 0; i < partyrules::ageBandCount; ++i)
        addLine(bands.at(i), m.ageBands[size_t(i)]);
    const QStringList periods = partyrules::joinPeriodTerms();
    for (int i = 0; i < partyrules::joinPeriodCount; ++i)
        addLine(periods.at(i), m.joinPeriods[size_t(i)]);
    addLine(QStringLiteral("%1年新发展党员").arg(d.year), m.newlyAdmitted);
    addLine(QStringLiteral("预备期满未转正"), m.overdue);
    addLine(QStringLiteral("流动党员"), m.mobile);
    addLine(QStringLiteral("失联党员"), m.lostContact);
    r.addTable(structure);

    r.addHeading(QStringLiteral("三、物业企业党建情况"), 14);
    ReportTable companies;
    companies.headers = {QStringLiteral("企业名称"), QStringLiteral("党员"), QStringLiteral("组建形式"),
                         QStringLiteral("交叉任职"), QStringLiteral("履约评价"), QStringLiteral("建议")};
    companies.columnWidthsPercent = {26, 8, 14, 10, 14, 28};
    companies.fontPointSize = 9;
    for (const CensusCompanyRow &row : d.companyRows)
        companies.rows.append({row.name, QString::number(row.partyMembers),
                               PartyCodes::chinese(PartyCodes::List::OrgForm, row.form), yesNo(row.covered),
                               PartyCodes::chinese(PartyCodes::List::Rating, row.rating), row.proposal.chinese()});
    r.addTable(companies);

    r.addHeading(QStringLiteral("四、业委会情况"), 14);
    ReportTable committees;
    committees.headers = {QStringLiteral("小区"), QStringLiteral("委员"), QStringLiteral("党员"),
                          QStringLiteral("党员比例"), QStringLiteral("达%1%").arg(d.targets.committeeSharePercent),
                          QStringLiteral("交叉任职")};
    committees.columnWidthsPercent = {30, 12, 12, 16, 14, 16};
    for (const CensusCommitteeRow &row : d.committeeRows) {
        if (row.committeeId <= 0) {
            committees.rows.append({row.estateName, QStringLiteral("未成立"), QString(), QString(), QString(), QString()});
            continue;
        }
        committees.rows.append({row.estateName, QString::number(row.members), QString::number(row.partyMembers),
                                percent(Ratio{row.partyMembers, row.members}), yesNo(row.meetsShare), yesNo(row.covered)});
    }
    r.addTable(committees);

    r.addHeading(QStringLiteral("五、与上一轮排查比较"), 14);
    if (earlier.empty()) {
        r.addParagraph(QStringLiteral("本次为首轮排查，暂无可比较的数据。"), 12, Qt::AlignLeft, 2);
    } else {
        const CensusData &previous = earlier.back();
        ReportTable changes;
        changes.headers = {QStringLiteral("项目"), QStringLiteral("%1年").arg(previous.year),
                           QStringLiteral("%1年").arg(d.year), QStringLiteral("增减"), QStringLiteral("同比")};
        changes.columnWidthsPercent = {40, 15, 15, 15, 15};
        for (const CensusChange &line : CensusKpis::compare(previous, d)) {
            const auto show = [&](const std::optional<double> &v) {
                if (!v)
                    return QStringLiteral("—");
                return line.isRate ? percent(v) : QString::number(qint64(std::llround(*v)));
            };
            QString change = QStringLiteral("—");
            if (line.change)
                change = line.isRate ? QStringLiteral("%1个百分点").arg(*line.change * 100.0, 0, 'f', 1)
                                     : QString::number(qint64(std::llround(*line.change)));
            const QString relative = line.changePercent ? QStringLiteral("%1%").arg(*line.changePercent, 0, 'f', 1)
                                                        : QStringLiteral("—");
            changes.rows.append({changeLabel(line.key), show(line.previous), show(line.current), change, relative});
        }
        r.addTable(changes);
    }
    r.addImage(chart(2, d, earlier), width);
    return report;
}

Status CensusReport::writePdf(const CensusData &data, const std::vector<CensusData> &earlier, const QString &path)
{
    std::unique_ptr<ReportDocument> report = build(data, earlier);
    return ReportWriter::writePdf(*report, path);
}

} // namespace cd
