#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cd {

/// The stable codes stored in the roster tables, their translated labels, and a parser that
/// turns what people type or import (a code, the Chinese term, the English label, common
/// variants such as 党员 or 男) back into the code.
class RosterCodes
{
    Q_DECLARE_TR_FUNCTIONS(cd::RosterCodes)

public:
    enum class List {
        Occupancy,       ///< owner_occupied rented vacant unsold
        PoliticalStatus, ///< masses cpc_member cpc_probationary league_member democratic_party non_party
        Hukou,           ///< registered resident floating
        Sex,             ///< M F
        Tag,             ///< elderly_alone oldest_old disabled subsistence veteran left_behind_child key_attention
        LeaderKind,      ///< senior young junior
    };

    /// The built-in codes of a list, in display order.
    static QStringList codes(List list);
    static bool isKnown(List list, QStringView code);

    /// The translated label; an unknown code (e.g. a user-defined tag) is returned unchanged.
    static QString label(List list, QStringView code);

    /// The code for `text`, or an empty string when it is not recognised. Leading and trailing
    /// spaces (also full-width ones) are ignored; Latin text is compared without case.
    static QString parse(List list, QStringView text);

    /// A user-defined tag code must be short lower-case ASCII: letters, digits and '_'.
    static bool isValidCustomTag(QStringView code);

    static QString occupancyLabel(QStringView code) { return label(List::Occupancy, code); }
    static QString politicalStatusLabel(QStringView code) { return label(List::PoliticalStatus, code); }
    static QString hukouLabel(QStringView code) { return label(List::Hukou, code); }
    static QString sexLabel(QStringView code) { return label(List::Sex, code); }
    static QString tagLabel(QStringView code) { return label(List::Tag, code); }
    static QString leaderKindLabel(QStringView code) { return label(List::LeaderKind, code); }
};

} // namespace cd
