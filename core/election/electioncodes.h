#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace cd {

struct ElectionCondition;

/// The stable codes of the election tables, their labels and a parser for what people type.
/// label() is the translated UI text; chinese() is the term printed on ballots, tables and
/// notices, which are Chinese documents whatever the UI language.
class ElectionCodes
{
    Q_DECLARE_TR_FUNCTIONS(cd::ElectionCodes)

public:
    enum class List {
        Kind,        ///< first renewal by_election
        Status,      ///< preparing voting closed
        Source,      ///< self joint party_org residents_committee
        Vetting,     ///< pending approved rejected withdrawn
        VoterKind,   ///< owner developer unknown
        VoterStatus, ///< pending voted refused unreachable
        Canvass,     ///< not_visited delivered revisit collected
        Role,        ///< director deputy_director member
    };

    static QStringList codes(List list);
    static bool isKnown(List list, const QString &code);
    static QString label(List list, const QString &code);
    static QString chinese(List list, const QString &code);
    /// The code for a code, its Chinese term or its English label (case-insensitive);
    /// '-' and '_' are interchangeable. Empty when not recognised.
    static QString parse(List list, const QString &text);

    /// The vetting conditions a new election starts with (editable per election).
    static std::vector<ElectionCondition> defaultConditions();
};

} // namespace cd
