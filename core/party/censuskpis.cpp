#include "party/censuskpis.h"

namespace cd {

namespace {

CensusKpi count(const QString &key, const QString &label, qint64 value, const QString &entity, const QString &drill)
{
    CensusKpi k;
    k.key = key;
    k.label = label;
    k.value = value;
    k.drillEntity = entity;
    k.drillKey = drill;
    return k;
}

CensusKpi rate(const QString &key, const QString &label, const Ratio &ratio, int target, const QString &entity,
               const QString &missingDrill)
{
    CensusKpi k = count(key, label, ratio.numerator, entity, missingDrill);
    k.ratio = ratio;
    k.targetPercent = target;
    k.met = ratio.meets(target);
    return k;
}

} // namespace

QVector<CensusKpi> CensusKpis::build(const CensusData &d)
{
    const CensusTargets &t = d.targets;
    QVector<CensusKpi> kpis;
    kpis << count(QStringLiteral("party_members"), tr("Party members"), d.members.total, QStringLiteral("members"),
                  QStringLiteral("all"));

    CensusKpi formation = rate(QStringLiteral("formation_rate"), tr("Party organisations in property companies"),
                               d.companies.formation, t.formationPercent, QStringLiteral("companies"),
                               QStringLiteral("members_without_org"));
    if (!formation.met)
        formation.gap = tr("%n more property company(s) with party members must set up a party organisation.", nullptr,
                           int(d.companies.formation.missing(t.formationPercent)));
    kpis << formation;

    CensusKpi projects = rate(QStringLiteral("project_formation_rate"), tr("Party organisations in property projects"),
                              d.companies.projectFormation, t.formationPercent, QStringLiteral("projects"),
                              QStringLiteral("members_without_org"));
    if (!projects.met)
        projects.gap = tr("%n more property project(s) with party members must be covered by a party organisation.",
                          nullptr, int(d.companies.projectFormation.missing(t.formationPercent)));
    kpis << projects;

    CensusKpi coverage = rate(QStringLiteral("coverage_rate"), tr("Party work in every property company"),
                              d.companies.coverage, t.coveragePercent, QStringLiteral("companies"),
                              QStringLiteral("form:none"));
    if (!coverage.met)
        coverage.gap = tr("%n more property company(s) need a party organisation or a party-building instructor.",
                          nullptr, int(d.companies.coverage.missing(t.coveragePercent)));
    kpis << coverage;

    CensusKpi share = rate(QStringLiteral("committee_share"), tr("Owners' committees with at least half party members"),
                           d.committees.share, 100, QStringLiteral("committees"), QStringLiteral("below_share"));
    if (!share.met)
        share.gap = tr("%n owners' committee(s) have fewer than %1% party members.", nullptr,
                       int(d.committees.share.missing(100)))
                        .arg(t.committeeSharePercent);
    kpis << share;

    CensusKpi crossCompanies = rate(QStringLiteral("cross_companies"), tr("Cross-appointments with property companies"),
                                    d.companies.cross, t.crossPercent, QStringLiteral("companies"),
                                    QStringLiteral("not_covered"));
    if (!crossCompanies.met)
        crossCompanies.gap = tr("%n more property company(s) need cross-appointments in both directions.", nullptr,
                                int(d.companies.cross.missing(t.crossPercent)));
    kpis << crossCompanies;

    CensusKpi crossCommittees = rate(QStringLiteral("cross_committees"), tr("Cross-appointments with owners' committees"),
                                     d.committees.cross, t.crossPercent, QStringLiteral("committees"),
                                     QStringLiteral("not_covered"));
    if (!crossCommittees.met)
        crossCommittees.gap = tr("%n more owners' committee(s) need cross-appointments in both directions.", nullptr,
                                 int(d.committees.cross.missing(t.crossPercent)));
    kpis << crossCommittees;

    kpis << count(QStringLiteral("registered_employed"), tr("Employed members registered with the community"),
                  d.members.registered, QStringLiteral("members"), QStringLiteral("registered"));

    CensusKpi overdue = count(QStringLiteral("probation_overdue"), tr("Probation overdue"), d.members.overdue,
                              QStringLiteral("members"), QStringLiteral("overdue"));
    overdue.targetCount = 0;
    overdue.met = d.members.overdue == 0;
    if (!overdue.met)
        overdue.gap = tr("%n probationary member(s) are past the end of probation without a decision.", nullptr,
                         d.members.overdue);
    kpis << overdue;

    CensusKpi lost = count(QStringLiteral("lost_contact"), tr("Members out of contact"), d.members.lostContact,
                           QStringLiteral("members"), QStringLiteral("lost_contact"));
    lost.targetCount = 0;
    lost.met = d.members.lostContact == 0;
    if (!lost.met)
        lost.gap = tr("%n member(s) have not been contacted for six months.", nullptr, d.members.lostContact);
    kpis << lost;

    CensusKpi small = count(QStringLiteral("branches_below_minimum"), tr("Branches with fewer than 3 full members"),
                            d.orgs.branchesBelowMinimum, QStringLiteral("organisations"), QStringLiteral("below_minimum"));
    small.targetCount = 0;
    small.met = d.orgs.branchesBelowMinimum == 0;
    if (!small.met)
        small.gap = tr("%n branch(es) should join a joint branch.", nullptr, d.orgs.branchesBelowMinimum);
    kpis << small;

    kpis << count(QStringLiteral("yellow_lights"), tr("Property companies with a yellow light"),
                  d.companies.yellowLights, QStringLiteral("companies"), QStringLiteral("yellow_light"));
    return kpis;
}

QVector<CensusChange> CensusKpis::compare(const CensusData &previous, const CensusData &current)
{
    QVector<CensusChange> lines;
    const auto addCount = [&](const QString &key, const QString &label, double before, double now) {
        CensusChange c;
        c.key = key;
        c.label = label;
        c.previous = before;
        c.current = now;
        c.change = now - before;
        if (before != 0)
            c.changePercent = (now - before) * 100.0 / before;
        lines << c;
    };
    const auto addRate = [&](const QString &key, const QString &label, const Ratio &before, const Ratio &now) {
        CensusChange c;
        c.key = key;
        c.label = label;
        c.isRate = true;
        c.previous = before.value();
        c.current = now.value();
        if (c.previous && c.current) {
            c.change = *c.current - *c.previous;
            if (*c.previous != 0)
                c.changePercent = (*c.current - *c.previous) * 100.0 / *c.previous;
        }
        lines << c;
    };
    const CensusMemberCounts &a = previous.members, &b = current.members;
    addCount(QStringLiteral("members_total"), tr("Party members"), a.total, b.total);
    addCount(QStringLiteral("members_full"), tr("Full members"), a.full, b.full);
    addCount(QStringLiteral("members_probationary"), tr("Probationary members"), a.probationary, b.probationary);
    addCount(QStringLiteral("newly_admitted"), tr("Newly admitted"), a.newlyAdmitted, b.newlyAdmitted);
    addCount(QStringLiteral("registered_employed"), tr("Employed members registered"), a.registered, b.registered);
    addCount(QStringLiteral("organisations_total"), tr("Party organisations"), previous.orgs.total, current.orgs.total);
    addCount(QStringLiteral("branches"), tr("Branches"), previous.orgs.branches, current.orgs.branches);
    addCount(QStringLiteral("companies_total"), tr("Property companies"), previous.companies.total,
             current.companies.total);
    addCount(QStringLiteral("companies_with_organisation"), tr("Property companies with a party organisation"),
             previous.companies.withOrg, current.companies.withOrg);
    addRate(QStringLiteral("formation_rate"), tr("Party organisations in property companies"),
            previous.companies.formation, current.companies.formation);
    addRate(QStringLiteral("project_formation_rate"), tr("Party organisations in property projects"),
            previous.companies.projectFormation, current.companies.projectFormation);
    addRate(QStringLiteral("coverage_rate"), tr("Party work in every property company"), previous.companies.coverage,
            current.companies.coverage);
    addRate(QStringLiteral("committee_share"), tr("Owners' committees with at least half party members"),
            previous.committees.share, current.committees.share);
    addRate(QStringLiteral("cross_companies"), tr("Cross-appointments with property companies"),
            previous.companies.cross, current.companies.cross);
    addRate(QStringLiteral("cross_committees"), tr("Cross-appointments with owners' committees"),
            previous.committees.cross, current.committees.cross);
    return lines;
}

} // namespace cd
