#pragma once

#include "party/censusdata.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace cd {

/// One headline figure of the census against the seeds' target, with what is missing in words
/// and where its list is (censusdrill::rows(data, drillEntity, drillKey)).
struct CensusKpi
{
    QString key;          ///< stable English key, e.g. formation_rate
    QString label;        ///< translated
    qint64 value = 0;     ///< the count (for a rate: its numerator)
    std::optional<Ratio> ratio;
    int targetPercent = -1; ///< -1: no target (a plain count)
    qint64 targetCount = -1; ///< for counts that should be 0 (overdue, lost contact): 0
    bool met = true;
    QString gap;          ///< translated sentence when not met, e.g. "2 more property companies ..."
    QString drillEntity;  ///< members, organisations, companies, projects, committees, cross_appointments
    QString drillKey;     ///< the rows the figure counts (or, for a target, the rows still missing)
};

/// One figure of two census rounds side by side (同比).
struct CensusChange
{
    QString key;
    QString label;
    bool isRate = false;
    std::optional<double> previous; ///< a count, or a fraction for a rate
    std::optional<double> current;
    std::optional<double> change;        ///< current − previous (fraction points for a rate)
    std::optional<double> changePercent; ///< relative change in percent, e.g. 12.7
};

/// The KPI tiles and the year-on-year comparison of a census.
class CensusKpis
{
    Q_DECLARE_TR_FUNCTIONS(cd::CensusKpis)

public:
    static QVector<CensusKpi> build(const CensusData &data);
    static QVector<CensusChange> compare(const CensusData &previous, const CensusData &current);
};

} // namespace cd
