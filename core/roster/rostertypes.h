#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

/// Value types of the roster, one per table of schema version 1. An id of 0 means "not saved
/// yet" (or "none" for an optional reference). Codes (occupancy, political status, hukou, sex,
/// tags, leader kind) are the stable strings of RosterCodes, never translated text.
namespace cd {

/// 小区: a residential estate.
struct Estate
{
    qint64 id = 0;
    QString name;
    QString address;
    QString developer;
    QString notes;
};

/// 网格: a grid cell of the community and its grid worker.
struct Grid
{
    qint64 id = 0;
    QString name;
    QString workerName;
    QString workerPhone;
};

/// 楼栋: a building of an estate, numbered within it ("3", "3A").
struct Building
{
    qint64 id = 0;
    qint64 estateId = 0;
    QString number;
    QString address;
    std::optional<int> floors;
    std::optional<int> yearBuilt;
    qint64 gridId = 0;            ///< 0: no grid
    qint64 propertyCompanyId = 0; ///< 0: no property company
};

/// 单元: a stairwell unit of a building.
struct Unit
{
    qint64 id = 0;
    qint64 buildingId = 0;
    QString number;
};

/// 户 / 房屋: a dwelling. Areas are hundredths of m² so that sums stay exact.
struct Dwelling
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString room;
    std::optional<int> floor;
    qint64 areaCenti = 0;
    QString occupancy = QStringLiteral("owner_occupied");
    bool delivered = true;
};

/// A resident or a non-resident owner.
struct Person
{
    qint64 id = 0;
    QString name;
    QString sex; ///< "M", "F" or empty
    QString idNumber;
    QDate birthDate;
    QString phone;
    QString ethnicity;
    QString politicalStatus = QStringLiteral("masses");
    QString hukou = QStringLiteral("registered");
    QString education;
    QString workplace;
    QString notes;
    QStringList tags; ///< special-group codes, sorted
    bool archived = false;
};

/// A person living in a dwelling from movedIn until movedOut (null while living there).
struct ResidenceLink
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 dwellingId = 0;
    QString relation; ///< free text: 户主, 配偶, 子女, 租户 ...
    QDate movedIn;
    QDate movedOut;

    bool isCurrent() const { return movedOut.isNull(); }
};

/// An owner of a dwelling: a person, or the developer (personId 0). Co-owners are several links
/// on one dwelling; exactly one person owner per dwelling is the voter.
struct OwnershipLink
{
    qint64 id = 0;
    qint64 dwellingId = 0;
    qint64 personId = 0; ///< 0 for the developer
    bool isVoter = true;
    QDate since;
    QDate until;

    bool isDeveloper() const { return personId == 0; }
    bool isCurrent() const { return until.isNull(); }
};

/// 楼栋长 of one of the kinds senior / young / junior (老/青/少).
struct BuildingLeader
{
    qint64 id = 0;
    qint64 buildingId = 0;
    qint64 personId = 0;
    QString kind = QStringLiteral("senior");
    QDate since;
};

/// 红色管家: a property-company steward paired with about ten households.
struct RedSteward
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 propertyCompanyId = 0; ///< 0: none
    QDate since;
    std::vector<qint64> dwellingIds;
};

} // namespace cd
