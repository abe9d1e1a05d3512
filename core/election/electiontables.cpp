#include "election/electiontables.h"

#include "common/clock.h"
#include "db/database.h"
#include "election/electioncodes.h"
#include "election/electionsql.h"
#include "election/electionstore.h"
#include "election/electiontally.h"
#include "io/xlsxtablewriter.h"
#include "report/chinesedate.h"
#include "report/reportdocument.h"

#include <QHash>

namespace cd {

namespace {

using Type = TableColumn::Type;

// m² as a number for the sheet: exact hundredths, shown with two decimals.
QVariant area(qint64 areaCenti)
{
    return double(areaCenti) / 100.0;
}

QVariant share(qint64 part, qint64 total)
{
    return total > 0 ? QVariant(double(part) / double(total)) : QVariant();
}

QString outcomeChinese(const QString &outcome)
{
    if (outcome == QLatin1String("elected"))
        return QStringLiteral("当选");
    if (outcome == QLatin1String("tie"))
        return QStringLiteral("票数相同，另行投票");
    if (outcome == QLatin1String("not_elected"))
        return QStringLiteral("未当选（名额已满）");
    if (outcome == QLatin1String("no_majority"))
        return QStringLiteral("未当选（同意未过半）");
    return QStringLiteral("表决无效（参与未达三分之二）");
}

QString title(const Election &e, const QString &what)
{
    return (e.title.startsWith(e.estateName) ? e.title : e.estateName + e.title) + what;
}

QString subtitle(const Election &e, const Clock &clock)
{
    QString text = e.meetingDate.isValid() ? QStringLiteral("会议日期：%1　").arg(chineseDate(e.meetingDate)) : QString();
    text += e.isClosed() ? QStringLiteral("计票结束：%1").arg(chineseDate(Clock::fromText(e.closedAt).date()))
                         : QStringLiteral("统计时间：%1（投票尚未结束）").arg(chineseDate(clock.now().date()));
    return text;
}

} // namespace

ElectionTables::ElectionTables(const ElectionStore &store) : m_store(store) {}

Result<TableSheet> ElectionTables::detailSheet(qint64 electionId) const
{
    const Result<Election> e = m_store.election(electionId);
    if (!e)
        return e.status();
    if (e->isPreparing())
        return Status::failure(tr("Voting has not opened: there are no results yet."));
    const Result<VoterRoll> roll = m_store.roll(electionId);
    if (!roll)
        return roll.status();
    const Result<std::vector<Candidate>> all = m_store.candidates(electionId);
    if (!all)
        return all.status();
    std::vector<Candidate> candidates;
    QHash<qint64, int> column;
    for (const Candidate &c : *all) {
        if (c.ballotNumber > 0) {
            column.insert(c.id, int(candidates.size()));
            candidates.push_back(c);
        }
    }

    // Each voter's ballot: validity, proxy and the marks.
    struct Ballot { bool invalid = false; bool proxy = false; QVector<QString> marks; };
    QHash<qint64, Ballot> ballots;
    QSqlQuery q(m_store.database().sql());
    q.setForwardOnly(true);
    if (!electionsql::run(q,
                          QStringLiteral("SELECT b.voter_id, b.invalid, b.by_proxy, m.candidate_id, m.choice "
                                         "FROM election_ballot b LEFT JOIN election_ballot_mark m ON m.ballot_id = b.id "
                                         "WHERE b.election_id = ?"),
                          {electionId}))
        return Status::failure(tr("Cannot read the ballots: %1").arg(electionsql::errorText(q)));
    while (q.next()) {
        Ballot &ballot = ballots[q.value(0).toLongLong()];
        if (ballot.marks.isEmpty())
            ballot.marks.fill(QStringLiteral("弃权"), int(candidates.size()));
        ballot.invalid = q.value(1).toInt() != 0;
        ballot.proxy = q.value(2).toInt() != 0;
        if (!q.isNull(3) && column.contains(q.value(3).toLongLong()))
            ballot.marks[column.value(q.value(3).toLongLong())] =
                q.value(4).toString() == QLatin1String("yes") ? QStringLiteral("同意") : QStringLiteral("反对");
    }

    TableSheet sheet;
    sheet.name = QStringLiteral("表决结果明细表");
    sheet.title = title(*e, sheet.name);
    sheet.subtitle = subtitle(*e, m_store.clock());
    sheet.columns = {{QStringLiteral("选票编号"), Type::Integer, 9},
                     {QStringLiteral("投票人"), Type::Text, 14},
                     {QStringLiteral("房号"), Type::Text, 18},
                     {QStringLiteral("专有面积(㎡)"), Type::Decimal2, 12},
                     {QStringLiteral("投票情况"), Type::Text, 9},
                     {QStringLiteral("委托投票"), Type::Text, 8},
                     {QStringLiteral("选票"), Type::Text, 6}};
    for (const Candidate &c : candidates)
        sheet.columns.append({QStringLiteral("%1号 %2").arg(c.ballotNumber).arg(c.name), Type::Text, 10});
    qint64 votedPersons = 0, votedArea = 0;
    for (const RollVoter &v : roll->voters) {
        TableRow row{v.number, v.kind == QLatin1String("unknown") ? QStringLiteral("（业主信息待核实）") : v.name, v.rooms,
                     area(v.areaCenti), ElectionCodes::chinese(ElectionCodes::List::VoterStatus, v.status)};
        const auto found = ballots.constFind(v.id);
        if (found == ballots.constEnd()) {
            row << QString() << QString();
            for (size_t i = 0; i < candidates.size(); ++i)
                row << QString();
        } else {
            ++votedPersons;
            votedArea += v.areaCenti;
            row << (found->proxy ? QStringLiteral("是") : QString()) << (found->invalid ? QStringLiteral("无效") : QStringLiteral("有效"));
            for (int i = 0; i < int(candidates.size()); ++i)
                row << (found->invalid ? QString() : found->marks.value(i));
        }
        sheet.appendRow(row);
    }
    sheet.totals = {QVariant(), QStringLiteral("合计 %1 人").arg(roll->persons), QStringLiteral("%1 套").arg(roll->dwellings),
                    area(roll->areaCenti), QStringLiteral("已投 %1 人").arg(votedPersons)};
    while (sheet.totals.size() < sheet.columns.size())
        sheet.totals << QVariant();
    return sheet;
}

Result<TableSheet> ElectionTables::summarySheet(qint64 electionId) const
{
    const Result<Election> e = m_store.election(electionId);
    if (!e)
        return e.status();
    const Result<TallyResult> tally = ElectionTally::run(m_store.database(), electionId);
    if (!tally)
        return tally.status();
    TableSheet sheet;
    sheet.name = QStringLiteral("表决结果汇总表");
    sheet.title = title(*e, sheet.name);
    sheet.subtitle = subtitle(*e, m_store.clock())
        + QStringLiteral("　参与表决 %1 人、%2 ㎡").arg(tally->participating.persons).arg(OwnersVote::areaText(tally->participating.areaCenti));
    sheet.columns = {{QStringLiteral("序号"), Type::Integer, 6},
                     {QStringLiteral("候选人"), Type::Text, 12},
                     {QStringLiteral("同意人数"), Type::Integer, 9},
                     {QStringLiteral("占参与人数"), Type::Percent, 10},
                     {QStringLiteral("同意面积(㎡)"), Type::Decimal2, 13},
                     {QStringLiteral("占参与面积"), Type::Percent, 10},
                     {QStringLiteral("反对人数"), Type::Integer, 9},
                     {QStringLiteral("反对面积(㎡)"), Type::Decimal2, 13},
                     {QStringLiteral("弃权人数"), Type::Integer, 9},
                     {QStringLiteral("弃权面积(㎡)"), Type::Decimal2, 13},
                     {QStringLiteral("结果"), Type::Text, 22}};
    for (const CandidateResult &c : tally->candidates) {
        sheet.appendRow({c.candidate.ballotNumber, c.candidate.name, c.yes.persons, share(c.yes.persons, tally->participating.persons), area(c.yes.areaCenti),
                         share(c.yes.areaCenti, tally->participating.areaCenti), c.no.persons, area(c.no.areaCenti),
                         c.abstain.persons, area(c.abstain.areaCenti), outcomeChinese(c.outcome)});
    }
    return sheet;
}

Result<TableSheet> ElectionTables::turnoutSheet(qint64 electionId) const
{
    const Result<Election> e = m_store.election(electionId);
    if (!e)
        return e.status();
    const Result<TallyResult> tally = ElectionTally::run(m_store.database(), electionId);
    if (!tally)
        return tally.status();
    const TallyResult &t = *tally;
    TableSheet sheet;
    sheet.name = QStringLiteral("参与表决情况");
    sheet.title = title(*e, sheet.name);
    sheet.subtitle = subtitle(*e, m_store.clock());
    sheet.columns = {{QStringLiteral("项目"), Type::Text, 26},
                     {QStringLiteral("人数"), Type::Integer, 10},
                     {QStringLiteral("占总人数"), Type::Percent, 10},
                     {QStringLiteral("专有面积(㎡)"), Type::Decimal2, 14},
                     {QStringLiteral("占总面积"), Type::Percent, 10}};
    const auto line = [&](const QString &label, const Measures &m) {
        sheet.appendRow({label, m.persons, share(m.persons, t.total.persons), area(m.areaCenti),
                         share(m.areaCenti, t.total.areaCenti)});
    };
    line(QStringLiteral("业主总数"), t.total);
    line(QStringLiteral("参与表决"), t.participating);
    line(QStringLiteral("其中有效票"), t.valid());
    line(QStringLiteral("其中无效票"), t.invalid);
    const Measures needed{(2 * t.total.persons + 2) / 3, (2 * t.total.areaCenti + 2) / 3};
    line(QStringLiteral("达到三分之二所需"), needed);
    line(QStringLiteral("尚差"), t.turnoutGap());
    const QString yes = QStringLiteral("是"), no = QStringLiteral("否");
    sheet.appendRow({QStringLiteral("人数达到三分之二：%1").arg(t.turnoutPersons ? yes : no), QVariant(), QVariant(), QVariant(), QVariant()});
    sheet.appendRow({QStringLiteral("面积达到三分之二：%1").arg(t.turnoutArea ? yes : no), QVariant(), QVariant(), QVariant(), QVariant()});
    return sheet;
}

Result<TableSheet> ElectionTables::rollSheet(qint64 electionId) const
{
    const Result<Election> e = m_store.election(electionId);
    if (!e)
        return e.status();
    const Result<VoterRoll> roll = m_store.roll(electionId);
    if (!roll)
        return roll.status();
    TableSheet sheet;
    sheet.name = QStringLiteral("选民名册");
    sheet.title = title(*e, sheet.name);
    sheet.subtitle = roll->frozen ? QStringLiteral("名册于 %1 冻结").arg(chineseDate(Clock::fromText(roll->frozenAt).date()))
                                  : QStringLiteral("预览：按 %1 的房屋和产权数据生成，投票开始时冻结").arg(chineseDate(m_store.clock().now().date()));
    sheet.columns = {{QStringLiteral("编号"), Type::Integer, 7},
                     {QStringLiteral("类别"), Type::Text, 9},
                     {QStringLiteral("投票人"), Type::Text, 14},
                     {QStringLiteral("全体业主"), Type::Text, 20},
                     {QStringLiteral("房号"), Type::Text, 24},
                     {QStringLiteral("套数"), Type::Integer, 6},
                     {QStringLiteral("专有面积(㎡)"), Type::Decimal2, 12}};
    for (const RollVoter &v : roll->voters)
        sheet.appendRow({v.number, ElectionCodes::chinese(ElectionCodes::List::VoterKind, v.kind), v.name, v.owners, v.rooms,
                         qint64(v.dwellings.size()), area(v.areaCenti)});
    sheet.totals = {QVariant(), QStringLiteral("合计"), QStringLiteral("%1 人").arg(roll->persons), QVariant(), QVariant(),
                    qint64(roll->dwellings), area(roll->areaCenti)};
    return sheet;
}

Status ElectionTables::writeXlsx(qint64 electionId, const QString &path) const
{
    QVector<TableSheet> sheets;
    for (const auto &make : {&ElectionTables::turnoutSheet, &ElectionTables::summarySheet, &ElectionTables::detailSheet}) {
        Result<TableSheet> sheet = (this->*make)(electionId);
        if (!sheet)
            return sheet.status();
        sheets.append(std::move(sheet.value()));
    }
    return XlsxTableWriter().write(path, sheets);
}

Status ElectionTables::writeRollXlsx(qint64 electionId, const QString &path) const
{
    Result<TableSheet> sheet = rollSheet(electionId);
    if (!sheet)
        return sheet.status();
    return XlsxTableWriter().write(path, {sheet.value()});
}

ReportTable ElectionTables::toReportTable(const TableSheet &sheet)
{
    ReportTable table;
    const auto text = [&](int column, const QVariant &value) -> QString {
        if (!value.isValid() || value.isNull())
            return QString();
        switch (sheet.columns.at(column).type) {
        case Type::Decimal2: return QString::number(value.toDouble(), 'f', 2);
        case Type::Percent: return QString::number(value.toDouble() * 100.0, 'f', 2) + QLatin1Char('%');
        case Type::Date: return value.toDate().toString(Qt::ISODate);
        default: return value.toString();
        }
    };
    double totalWidth = 0;
    for (const TableColumn &c : sheet.columns) {
        table.headers << c.header;
        totalWidth += c.width > 0 ? c.width : 8;
    }
    for (const TableColumn &c : sheet.columns) {
        table.columnWidthsPercent << 100.0 * (c.width > 0 ? c.width : 8) / totalWidth;
        table.alignments << (c.type == Type::Text ? Qt::AlignLeft : Qt::AlignRight);
    }
    const auto add = [&](const TableRow &row) {
        QStringList cells;
        for (int i = 0; i < sheet.columns.size(); ++i)
            cells << text(i, row.value(i));
        table.rows << cells;
    };
    sheet.forEachRow([&](const TableRow &row) {
        add(row);
        return true;
    });
    if (!sheet.totals.isEmpty()) {
        add(sheet.totals);
        table.boldLastRow = true;
    }
    return table;
}

} // namespace cd
