#include "election/turnoutpanel.h"

#include "db/database.h"
#include "election/electionsql.h"
#include "election/ownersvote.h"

namespace cd {

Result<TurnoutPanelData> TurnoutPanel::compute(Database &database, qint64 electionId)
{
    QSqlQuery q(database.sql());
    q.setForwardOnly(true);
    // "voted" is the status an entered ballot sets, so the panel and the tally agree.
    if (!electionsql::run(q,
                          QStringLiteral("SELECT building, count(*), sum(area_centi), "
                                         "sum(status = 'voted'), sum(CASE WHEN status = 'voted' THEN area_centi ELSE 0 END), "
                                         "sum(status = 'pending'), sum(status = 'refused'), sum(status = 'unreachable'), "
                                         "sum(canvass = 'not_visited'), sum(canvass = 'delivered'), sum(canvass = 'revisit'), "
                                         "sum(canvass = 'collected'), sum(status <> 'voted' AND canvass = 'not_visited') "
                                         "FROM election_voter WHERE election_id = ? GROUP BY building "
                                         "ORDER BY CAST(building AS INTEGER), building"),
                          {electionId}))
        return Status::failure(tr("Cannot read the voter roll: %1").arg(electionsql::errorText(q)));
    TurnoutPanelData panel;
    while (q.next()) {
        BuildingTurnout b;
        b.building = q.value(0).toString();
        b.voters = {q.value(1).toLongLong(), q.value(2).toLongLong()};
        b.voted = {q.value(3).toLongLong(), q.value(4).toLongLong()};
        b.refused = q.value(6).toInt();
        b.unreachable = q.value(7).toInt();
        b.notVisited = q.value(12).toInt();
        panel.total += b.voters;
        panel.participating += b.voted;
        panel.pending += q.value(5).toInt();
        panel.voted += q.value(3).toInt();
        panel.refused += b.refused;
        panel.unreachable += b.unreachable;
        panel.notVisited += q.value(8).toInt();
        panel.delivered += q.value(9).toInt();
        panel.revisit += q.value(10).toInt();
        panel.collected += q.value(11).toInt();
        panel.buildings.push_back(b);
    }
    if (panel.total.persons == 0)
        return Status::failure(tr("The roll of this election is not frozen yet: voting has not opened."));
    panel.missing = OwnersVote::missingForTurnout(panel.total, panel.participating);
    panel.personsMet = OwnersVote::turnoutMet(panel.participating.persons, panel.total.persons);
    panel.areaMet = OwnersVote::turnoutMet(panel.participating.areaCenti, panel.total.areaCenti);
    panel.text = OwnersVote::turnoutGapText(panel.total, panel.participating);
    return panel;
}

} // namespace cd
