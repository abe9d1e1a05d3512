#pragma once

#include "common/status.h"

#include <QCoreApplication>

#include <memory>

namespace cd {

class ElectionStore;
class ReportDocument;

/// Printable documents of an election, built on the report framework (ReportDocument, put on
/// paper or PDF by ReportWriter):
/// - the 选举结果公告 (result notice, official-document layout);
/// - the 表决结果汇总表 with the turnout figures, and the 表决结果明细表 (landscape tables
///   with repeated headers and page numbers);
/// - the 选民名册 with its totals.
class ElectionPrint
{
    Q_DECLARE_TR_FUNCTIONS(cd::ElectionPrint)

public:
    explicit ElectionPrint(const ElectionStore &store);

    /// The notice of the result; refused until the vote is closed.
    Result<std::unique_ptr<ReportDocument>> resultNotice(qint64 electionId) const;
    Result<std::unique_ptr<ReportDocument>> summaryDocument(qint64 electionId) const;
    Result<std::unique_ptr<ReportDocument>> detailDocument(qint64 electionId) const;
    Result<std::unique_ptr<ReportDocument>> rollDocument(qint64 electionId) const;

private:
    const ElectionStore &m_store;
};

} // namespace cd
