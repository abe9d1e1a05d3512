#pragma once

#include "common/status.h"
#include "io/tablesheet.h"

#include <QCoreApplication>

namespace cd {

class ElectionStore;
struct ReportTable;

/// The tables of an election as data, for .xlsx and for print (ElectionPrint):
/// - 表决结果明细表: every voter on the frozen roll with rooms, area, status, proxy, whether
///   the ballot was valid, and the mark for each candidate;
/// - 表决结果汇总表: per candidate, yes / no / abstain in persons and area, the shares of the
///   participants and the outcome;
/// - 参与表决情况: totals, participants, valid and invalid ballots and the two-thirds test;
/// - 选民名册: the roll with its totals.
/// Areas are written as m² with two decimals, computed from hundredths in integers.
class ElectionTables
{
    Q_DECLARE_TR_FUNCTIONS(cd::ElectionTables)

public:
    explicit ElectionTables(const ElectionStore &store);

    Result<TableSheet> detailSheet(qint64 electionId) const;
    Result<TableSheet> summarySheet(qint64 electionId) const;
    Result<TableSheet> turnoutSheet(qint64 electionId) const;
    Result<TableSheet> rollSheet(qint64 electionId) const;

    /// 参与表决情况, 汇总表 and 明细表 in one workbook (refused before voting opens).
    Status writeXlsx(qint64 electionId, const QString &path) const;
    /// The 选民名册 alone.
    Status writeRollXlsx(qint64 electionId, const QString &path) const;

    /// A sheet as a printable table: values formatted as the .xlsx shows them, totals last.
    static ReportTable toReportTable(const TableSheet &sheet);

private:
    const ElectionStore &m_store;
};

} // namespace cd
