#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace cd {

/// A dwelling's address as people write it: building-unit-room, in the short form "3-2-501"
/// or the Chinese forms "3栋2单元501", "3号楼2单元501室", "3幢2单元501号", optionally after an
/// estate name ("幸福小区3-2-501"). Partial references name a building ("3栋") or a unit
/// ("3-2", "3栋2单元"); a Chinese form may skip the unit ("3栋501室").
struct RoomReference
{
    QString estate;   ///< empty unless the text started with an estate name
    QString building; ///< "3", "3A"
    QString unit;     ///< empty when not given
    QString room;     ///< empty when not given

    bool isComplete() const { return !building.isEmpty() && !unit.isEmpty() && !room.isEmpty(); }

    /// "3-2-501" (parts that are missing are left out: "3-2", "3").
    QString toString() const;

    /// Parses `text`; std::nullopt when it is not a room reference. Full-width digits, letters
    /// and dashes are accepted; letters in numbers are upper-cased ("3a" -> "3A").
    static std::optional<RoomReference> parse(QStringView text);

    bool operator==(const RoomReference &other) const
    {
        return estate == other.estate && building == other.building && unit == other.unit
               && room == other.room;
    }
};

} // namespace cd
