#pragma once

#include "common/status.h"
#include "party/censusdata.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;

/// A census round as the list of rounds shows it.
struct CensusRoundInfo
{
    qint64 id = 0;
    int year = 0;
    QDate asOf;
    QDateTime takenAt;
    QString takenBy;
    int members = 0;
};

/// Census rounds (党员底数排查, at least once a year): "start the 2026 census" counts
/// everything and freezes it — the figures and the member roster of that day — in one
/// transaction. A round never changes afterwards (the database refuses it), so later edits
/// to the data do not alter what was reported; rounds are compared year on year.
class CensusRounds
{
    Q_DECLARE_TR_FUNCTIONS(cd::CensusRounds)

public:
    explicit CensusRounds(Database &database);

    /// Counts and freezes the census of `year`. Refused when that year has a round already.
    /// `asOf` null: CensusCalculator's default day; `takenAt` null: now.
    Result<CensusData> start(int year, const QString &takenBy = QString(), QDate asOf = QDate(),
                             const QDateTime &takenAt = QDateTime());
    Result<std::vector<CensusRoundInfo>> rounds() const; ///< by year
    bool exists(int year) const;
    /// The frozen round of `year` (with its member roster when asked).
    Result<CensusData> load(int year, bool withMembers = true) const;
    /// The round of `year` when taken, otherwise the census computed now from the data.
    Result<CensusData> census(int year, bool withMembers = true) const;
    /// The latest round before `year`; 0 when there is none.
    int previousYear(int year) const;

private:
    Database &m_db;
};

} // namespace cd
