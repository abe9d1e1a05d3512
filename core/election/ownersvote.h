#pragma once

#include "election/electiontypes.h"

#include <QCoreApplication>

namespace cd {

/// The two kinds of matter an owners' general meeting decides (民法典 art. 278):
/// ordinary matters (electing the committee among them) need more than half of the
/// participating area and persons; major matters (筹集维修资金, 改建重建, 改变共有部分用途)
/// need at least three quarters of both.
enum class MatterKind { Ordinary, Major };

/// The outcome of one matter on both measures.
struct MatterDecision
{
    bool turnoutPersons = false; ///< participants ≥ 2/3 of all owners
    bool turnoutArea = false;    ///< participating area ≥ 2/3 of the total area
    bool approvedPersons = false;
    bool approvedArea = false;

    bool turnoutMet() const { return turnoutPersons && turnoutArea; }
    bool approved() const { return approvedPersons && approvedArea; }
    bool passed() const { return turnoutMet() && approved(); }
};

/// The double test of art. 278 in integer arithmetic (areas in hundredths of m²), so that
/// a bound is decided exactly: exactly 2/3 turnout is met, exactly half fails an ordinary
/// matter, exactly 3/4 passes a major one. Elections and every other matter use this one engine.
class OwnersVote
{
    Q_DECLARE_TR_FUNCTIONS(cd::OwnersVote)

public:
    /// 3·part ≥ 2·total; never met when there is nobody to count.
    static bool turnoutMet(qint64 participating, qint64 total)
    {
        return total > 0 && 3 * participating >= 2 * total;
    }
    /// Ordinary: 2·yes > part. Major: 4·yes ≥ 3·part. Never approved with no participants.
    static bool approved(qint64 yes, qint64 participating, MatterKind kind)
    {
        if (participating <= 0)
            return false;
        return kind == MatterKind::Major ? 4 * yes >= 3 * participating : 2 * yes > participating;
    }

    static MatterDecision decide(MatterKind kind, const Measures &total, const Measures &participating,
                                 const Measures &yes);

    /// What is still missing for the turnout on each measure (0 once met): the least number
    /// of persons and hundredths of m² that bring the participants up to two thirds.
    static Measures missingForTurnout(const Measures &total, const Measures &participating);

    /// The turnout panel's line (in Chinese: "还差 12 人、345.67 ㎡ 达到三分之二"), or that it is met.
    static QString turnoutGapText(const Measures &total, const Measures &participating);

    /// 12345 hundredths → "123.45".
    static QString areaText(qint64 areaCenti);
    /// "123.45" (also "123.4", "123", "1,234.5") → hundredths; false on other text or a third decimal.
    static bool parseArea(const QString &text, qint64 *areaCenti);
    /// part/total as a percentage with two decimals, "66.67%", rounded half up in integers.
    static QString percentText(qint64 part, qint64 total);
};

} // namespace cd
