#include "election/ownersvote.h"

#include <QRegularExpression>

namespace cd {

namespace {

// Least x with 3·(part + x) ≥ 2·total, i.e. ceil(2·total / 3) − part, never negative.
qint64 missing(qint64 total, qint64 participating)
{
    const qint64 needed = (2 * total + 2) / 3;
    return participating >= needed ? 0 : needed - participating;
}

} // namespace

MatterDecision OwnersVote::decide(MatterKind kind, const Measures &total, const Measures &participating,
                                  const Measures &yes)
{
    MatterDecision decision;
    decision.turnoutPersons = turnoutMet(participating.persons, total.persons);
    decision.turnoutArea = turnoutMet(participating.areaCenti, total.areaCenti);
    decision.approvedPersons = approved(yes.persons, participating.persons, kind);
    decision.approvedArea = approved(yes.areaCenti, participating.areaCenti, kind);
    return decision;
}

Measures OwnersVote::missingForTurnout(const Measures &total, const Measures &participating)
{
    return {missing(total.persons, participating.persons), missing(total.areaCenti, participating.areaCenti)};
}

QString OwnersVote::turnoutGapText(const Measures &total, const Measures &participating)
{
    const Measures gap = missingForTurnout(total, participating);
    if (total.persons > 0 && gap.persons == 0 && gap.areaCenti == 0)
        //: 已达到三分之二（人数、面积）
        return tr("Two thirds reached (owners and area)");
    //: 还差 %1 人、%2 ㎡ 达到三分之二
    return tr("%1 more owners and %2 m² to reach two thirds").arg(gap.persons).arg(areaText(gap.areaCenti));
}

QString OwnersVote::areaText(qint64 areaCenti)
{
    const QLatin1Char zero('0');
    const QString sign = areaCenti < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = areaCenti < 0 ? -areaCenti : areaCenti;
    return sign + QString::number(magnitude / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, zero);
}

bool OwnersVote::parseArea(const QString &text, qint64 *areaCenti)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,12})(?:\\.(\\d{1,2}))?\\s*$"));
    QString cleaned = text;
    cleaned.remove(QLatin1Char(','));
    const QRegularExpressionMatch match = pattern.match(cleaned);
    if (!match.hasMatch())
        return false;
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    *areaCenti = match.captured(1).toLongLong() * 100 + fraction.toLongLong();
    return true;
}

QString OwnersVote::percentText(qint64 part, qint64 total)
{
    if (total <= 0)
        return QStringLiteral("—");
    // Hundredths of a percent, rounded half up: (part·10000·2 + total) / (2·total).
    const qint64 basisPoints = (part * 20000 + total) / (2 * total);
    return QStringLiteral("%1.%2%").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

} // namespace cd
