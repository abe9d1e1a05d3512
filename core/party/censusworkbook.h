#pragma once

#include "common/status.h"
#include "io/tablesheet.h"
#include "party/censusdata.h"

#include <QCoreApplication>

namespace cd {

class PrivacyMask;

/// The census workbook a sub-district expects: sheets 汇总表, 党员花名册, 党组织情况,
/// 物业企业党建情况, 业委会情况 and 交叉任职, each with a title row, the unit and date line, a
/// styled frozen header, column widths and (where it adds up) a totals row.
///
/// The forms are the sub-district's own Chinese layout, so their wording is fixed Chinese text
/// rather than translated UI text. ID and phone numbers are text cells, masked unless `mask`
/// shows them (unmasking is the caller's logged choice, see PrivacyMask).
class CensusWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(cd::CensusWorkbook)

public:
    /// The six sheets in order.
    static QVector<TableSheet> sheets(const CensusData &data, const PrivacyMask &mask);
    /// Writes the workbook atomically.
    static Status write(const CensusData &data, const PrivacyMask &mask, const QString &path,
                        const TableProgressCallback &progress = {});

    /// "填报单位：幸福社区　统计截止：2026年12月31日 ..." — shared by the printed summary.
    static QString unitLine(const CensusData &data);
    /// "幸福社区2026年党员底数排查汇总表"
    static QString title(const CensusData &data, const QString &form);

private:
    static TableSheet summarySheet(const CensusData &data);
    static TableSheet memberSheet(const CensusData &data, const PrivacyMask &mask);
    static TableSheet orgSheet(const CensusData &data);
    static TableSheet companySheet(const CensusData &data);
    static TableSheet committeeSheet(const CensusData &data);
    static TableSheet crossSheet(const CensusData &data);
};

} // namespace cd
