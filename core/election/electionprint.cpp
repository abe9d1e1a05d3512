#include "election/electionprint.h"

#include "common/clock.h"
#include "election/electioncodes.h"
#include "election/electionstore.h"
#include "election/electiontables.h"
#include "election/electiontally.h"
#include "report/chinesedate.h"
#include "report/reportdocument.h"

#include <algorithm>

namespace cd {

namespace {

using Document = std::unique_ptr<ReportDocument>;

// The sheet's table in a landscape document with its title and subtitle.
void addSheet(ReportDocument &document, const TableSheet &sheet, double fontSize, bool withTitle)
{
    if (withTitle) {
        document.addTitle(sheet.title, 18);
        document.addSubtitle(sheet.subtitle, 11);
    } else {
        document.addHeading(sheet.name, 14);
    }
    ReportTable table = ElectionTables::toReportTable(sheet);
    table.fontPointSize = fontSize;
    document.addTable(table);
}

QString ordinal(int number)
{
    static const char *const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return number >= 0 && number <= 10 ? QString::fromUtf8(digits[number]) : QString::number(number);
}

} // namespace

ElectionPrint::ElectionPrint(const ElectionStore &store) : m_store(store) {}

Result<Document> ElectionPrint::summaryDocument(qint64 electionId) const
{
    ElectionTables tables(m_store);
    const Result<TableSheet> turnout = tables.turnoutSheet(electionId);
    if (!turnout)
        return turnout.status();
    const Result<TableSheet> summary = tables.summarySheet(electionId);
    if (!summary)
        return summary.status();
    auto document = std::make_unique<ReportDocument>(PageSetup::landscapeTable());
    document->setRunningHeader(summary->title, summary->subtitle);
    addSheet(*document, *summary, 10.5, true);
    document->addSpacing(4);
    addSheet(*document, *turnout, 10.5, false);
    return document;
}

Result<Document> ElectionPrint::detailDocument(qint64 electionId) const
{
    const Result<TableSheet> detail = ElectionTables(m_store).detailSheet(electionId);
    if (!detail)
        return detail.status();
    auto document = std::make_unique<ReportDocument>(PageSetup::landscapeTable());
    document->setRunningHeader(detail->title, detail->subtitle);
    addSheet(*document, *detail, detail->columns.size() > 14 ? 8 : 9, true);
    return document;
}

Result<Document> ElectionPrint::rollDocument(qint64 electionId) const
{
    const Result<TableSheet> roll = ElectionTables(m_store).rollSheet(electionId);
    if (!roll)
        return roll.status();
    auto document = std::make_unique<ReportDocument>(PageSetup::landscapeTable());
    document->setRunningHeader(roll->title, roll->subtitle);
    addSheet(*document, *roll, 9.5, true);
    return document;
}

Result<Document> ElectionPrint::resultNotice(qint64 electionId) const
{
    const Result<Election> found = m_store.election(electionId);
    if (!found)
        return found.status();
    const Election &e = *found;
    if (!e.isClosed())
        return Status::failure(tr("The result notice is printed after the vote is closed."));
    const Result<TallyResult> counted = ElectionTally::run(m_store.database(), electionId);
    if (!counted)
        return counted.status();
    const TallyResult &t = *counted;
    const Result<std::vector<ElectedMember>> members = m_store.members(electionId);
    if (!members)
        return members.status();
    const QDate closed = Clock::fromText(e.closedAt).date();

    auto document = std::make_unique<ReportDocument>(PageSetup::officialDocument());
    document->setPageNumbers(true);
    ReportDocument &d = *document;
    const double body = 16; // 三号
    d.addTitle(QStringLiteral("%1业主大会\n选举结果公告").arg(e.estateName));
    d.addParagraph(QStringLiteral("全体业主："), body);
    d.addParagraph(QStringLiteral("%1业主大会于%2召开，以书面投票方式进行%3，应选业主委员会委员%4名。现将选举结果公告如下：")
                       .arg(e.estateName,
                            e.meetingDate.isValid() ? chineseDate(e.meetingDate) : chineseDate(closed),
                            ElectionCodes::chinese(ElectionCodes::List::Kind, e.kind))
                       .arg(e.seats),
                   body, Qt::AlignJustify, 2);

    d.addParagraph(QStringLiteral("一、参与表决情况"), body, Qt::AlignLeft, 2);
    QString turnout = QStringLiteral("本小区专有部分总面积%1平方米，业主总人数%2人。参与表决的业主%3人，占业主总人数的%4；"
                                     "其专有部分面积%5平方米，占总面积的%6。")
                          .arg(OwnersVote::areaText(t.total.areaCenti))
                          .arg(t.total.persons)
                          .arg(t.participating.persons)
                          .arg(OwnersVote::percentText(t.participating.persons, t.total.persons),
                               OwnersVote::areaText(t.participating.areaCenti),
                               OwnersVote::percentText(t.participating.areaCenti, t.total.areaCenti));
    turnout += t.turnoutMet() ? QStringLiteral("参与表决的专有部分面积和人数均达到三分之二以上，符合《中华人民共和国民法典》第二百七十八条的规定。")
                              : QStringLiteral("参与表决的专有部分面积或人数未达到三分之二，依照《中华人民共和国民法典》第二百七十八条的规定，本次表决不产生效力。");
    d.addParagraph(turnout, body, Qt::AlignJustify, 2);

    d.addParagraph(QStringLiteral("二、候选人得票情况"), body, Qt::AlignLeft, 2);
    ReportTable table;
    table.headers = {QStringLiteral("序号"), QStringLiteral("候选人"), QStringLiteral("同意人数"), QStringLiteral("占参与人数"),
                     QStringLiteral("同意面积(㎡)"), QStringLiteral("占参与面积"), QStringLiteral("结果")};
    table.columnWidthsPercent = {8, 14, 12, 13, 17, 13, 23};
    table.alignments = {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    for (const CandidateResult &c : t.candidates) {
        const QString outcome = c.outcome == QLatin1String("elected") ? QStringLiteral("当选")
            : c.outcome == QLatin1String("tie")                       ? QStringLiteral("票数相同")
                                                                      : QStringLiteral("未当选");
        table.rows << QStringList{QString::number(c.candidate.ballotNumber), c.candidate.name, QString::number(c.yes.persons),
                                  OwnersVote::percentText(c.yes.persons, t.participating.persons),
                                  OwnersVote::areaText(c.yes.areaCenti),
                                  OwnersVote::percentText(c.yes.areaCenti, t.participating.areaCenti), outcome};
    }
    d.addTable(table);

    if (t.turnoutMet()) {
        d.addParagraph(QStringLiteral("三、当选名单"), body, Qt::AlignLeft, 2);
        QStringList names;
        for (const ElectedMember &m : *members) {
            names << (m.role == QLatin1String("member") ? m.name
                                                        : QStringLiteral("%1（%2）").arg(m.name, ElectionCodes::chinese(ElectionCodes::List::Role, m.role)));
        }
        d.addParagraph(names.isEmpty() ? QStringLiteral("本次选举无候选人获得参与表决专有部分面积过半数且参与表决人数过半数的业主同意，无人当选。")
                                       : QStringLiteral("经参与表决专有部分面积过半数且参与表决人数过半数的业主同意，下列%1人当选为%2业主委员会委员：%3。")
                                             .arg(names.size())
                                             .arg(e.estateName, names.join(QStringLiteral("、"))),
                       body, Qt::AlignJustify, 2);
        if (!t.tied.empty()) {
            QStringList tied;
            for (qint64 id : t.tied)
                tied << t.find(id)->candidate.name;
            const bool decided = std::any_of(members->begin(), members->end(),
                                             [](const ElectedMember &m) { return m.source == QLatin1String("runoff"); });
            d.addParagraph(QStringLiteral("候选人%1同意票数相同，争取最后%2个名额，%3")
                               .arg(tied.join(QStringLiteral("、")), ordinal(t.runOffSeats),
                                    decided ? QStringLiteral("已另行投票决定，结果见上。") : QStringLiteral("将另行组织投票决定。")),
                           body, Qt::AlignJustify, 2);
        } else if (int(t.elected.size()) < e.seats) {
            d.addParagraph(QStringLiteral("当选人数少于应选名额，空缺名额将另行补选。"), body, Qt::AlignJustify, 2);
        }
    }
    d.addParagraph(QStringLiteral("本公告公示期为七日。业主对选举结果有异议的，请在公示期内以书面形式向业主大会筹备组提出。"
                                  "业主委员会应自选举产生之日起三十日内依法办理备案手续。"),
                   body, Qt::AlignJustify, 2);
    d.addSpacing(8);
    d.addParagraph(QStringLiteral("%1业主大会筹备组").arg(e.estateName), body, Qt::AlignRight);
    d.addParagraph(chineseDate(closed), body, Qt::AlignRight);
    return document;
}

} // namespace cd
