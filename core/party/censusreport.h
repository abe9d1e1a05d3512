#pragma once

#include "common/status.h"
#include "party/censusdata.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace cd {

class ReportDocument;

/// The printed census summary (A4): key figures against the seeds' targets with the gap in
/// words, the members' structure, organisations, property companies, owners' committees, the
/// comparison with the previous round, and three charts (age bands, coverage against the
/// targets, the trend over census rounds) drawn as images. Like the workbook it is the
/// sub-district's Chinese form, so its wording is fixed Chinese text.
class CensusReport
{
    Q_DECLARE_TR_FUNCTIONS(cd::CensusReport)

public:
    /// `earlier`: figures of earlier census rounds (oldest first; members not needed) for the
    /// comparison and the trend chart; may be empty.
    static std::unique_ptr<ReportDocument> build(const CensusData &data, const std::vector<CensusData> &earlier);
    /// Builds and writes a PDF atomically.
    static Status writePdf(const CensusData &data, const std::vector<CensusData> &earlier, const QString &path);

    /// The charts on their own (for previews and tests): 0 age bands, 1 coverage, 2 trend.
    static QImage chart(int which, const CensusData &data, const std::vector<CensusData> &earlier);
};

} // namespace cd
