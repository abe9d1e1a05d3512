// CensusCalculator: property companies and projects (建组率, forms, coverage), owners'
// committees (party share) and cross-appointments (双向进入、交叉任职).
#include "party/censuscalculator.h"

#include "db/database.h"
#include "party/crossappointmentstore.h"
#include "party/ownerscommitteestore.h"
#include "party/partycodes.h"
#include "party/partyorgstore.h"
#include "party/partysql.h"
#include "party/propertycompanystore.h"
#include "roster/creditcode.h"

#include <QHash>
#include <QSet>

namespace cd {

using namespace partysql;

namespace {

bool isCommunitySide(const QString &body)
{
    return body == QLatin1String("community_party") || body == QLatin1String("residents_committee");
}

QHash<qint64, QString> namesOf(const QSqlDatabase &db, const QString &sql)
{
    QHash<qint64, QString> out;
    QSqlQuery q(db);
    if (q.exec(sql))
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

// What the formation rule proposes for a company with members but no organisation.
FormationProposal companyProposal(const CensusCompanyRow &row, const std::vector<CensusCompanyRow> &rows,
                                  const QString &jointName)
{
    using Kind = FormationProposal::Kind;
    FormationProposal p;
    p.fullMembers = row.fullMembers;
    if (row.fullMembers >= partyrules::branchMinimumFullMembers) {
        p.kind = Kind::OwnBranch;
        return p;
    }
    p.together = row.fullMembers;
    for (const CensusCompanyRow &other : rows) {
        if (other.id == row.id || other.partyMembers == 0 || other.form == QLatin1String("single")
            || other.form == QLatin1String("joint"))
            continue;
        p.partners << other.name;
        p.together += other.fullMembers;
    }
    if (!p.partners.isEmpty() && p.together >= partyrules::branchMinimumFullMembers) {
        p.kind = Kind::FormJoint;
    } else if (!jointName.isEmpty()) {
        p.kind = Kind::JoinJoint;
        p.partners = {jointName};
    } else {
        p.kind = Kind::Instructor;
        p.partners.clear();
    }
    return p;
}

} // namespace

Status CensusCalculator::addCompanies(Database &database, CensusData &data)
{
    const QSqlDatabase db = database.sql();
    PropertyCompanyStore store(database);
    const Result<std::vector<CompanyPartyInfo>> companies = store.companies();
    if (!companies)
        return companies.status();
    const Result<std::vector<PropertyProject>> projects = store.projects();
    if (!projects)
        return projects.status();
    const Result<std::vector<PartyOrg>> orgs = PartyOrgStore(database).orgs(true);
    if (!orgs)
        return orgs.status();
    const QHash<qint64, QString> estates = namesOf(db, QStringLiteral("SELECT id, name FROM estate"));
    const QHash<qint64, QString> people = namesOf(
        db, QStringLiteral("SELECT p.id, p.name FROM person p JOIN property_company c ON c.instructor_person_id = p.id"));

    // Organisations active on the day: per company (any project or the company) and joint ones.
    QHash<qint64, QStringList> singleOrgs, jointOrgs;
    QSet<QPair<qint64, qint64>> projectOrgs; // (company, estate) with an organisation of that project
    QSet<qint64> companyWideOrgs;            // companies with an organisation for all their projects
    QString anyJointName;
    QHash<qint64, qint64> orgCompany;        // organisation -> host company
    QHash<qint64, qint64> orgEstate;
    for (const PartyOrg &o : orgs.value()) {
        if (!o.isActiveOn(data.asOf))
            continue;
        if (o.host == QLatin1String("property_company")) {
            singleOrgs[o.companyId] << o.name;
            orgCompany.insert(o.id, o.companyId);
            orgEstate.insert(o.id, o.estateId);
            if (o.estateId > 0)
                projectOrgs.insert({o.companyId, o.estateId});
            else
                companyWideOrgs.insert(o.companyId);
        } else if (o.host == QLatin1String("joint")) {
            if (anyJointName.isEmpty() && o.kind == QLatin1String("branch"))
                anyJointName = o.name;
            for (qint64 c : o.jointCompanyIds) {
                jointOrgs[c] << o.name;
                companyWideOrgs.insert(c);
            }
        }
    }

    // A company's party members: those working there, and members of its own organisations.
    QHash<qint64, int> members, fullMembers;
    QHash<qint64, int> projectMembers;
    QHash<QPair<qint64, qint64>, int> projectOrgMembers;
    for (const CensusMemberRow &m : data.memberRows) {
        qint64 company = m.companyId;
        if (company <= 0)
            company = orgCompany.value(m.orgId);
        if (company > 0) {
            ++members[company];
            fullMembers[company] += m.full ? 1 : 0;
        }
        if (orgEstate.value(m.orgId) > 0)
            ++projectOrgMembers[{orgCompany.value(m.orgId), orgEstate.value(m.orgId)}];
    }
    QSqlQuery q(db);
    if (run(q, QStringLiteral("SELECT project_id, COUNT(*) FROM party_member WHERE project_id IS NOT NULL AND joined <= ? "
                              "AND (left_on IS NULL OR left_on > ?) GROUP BY project_id"),
            {date(data.asOf), date(data.asOf)}))
        while (q.next())
            projectMembers.insert(q.value(0).toLongLong(), q.value(1).toInt());

    // Cross-appointments in office on the day.
    QSet<qint64> outward, inward;
    if (!run(q, QStringLiteral("SELECT from_body, from_company_id, to_body, to_company_id FROM cross_appointment "
                               "WHERE since <= ? AND (until IS NULL OR until >= ?)"),
             {date(data.asOf), date(data.asOf)}))
        return failed(q);
    while (q.next()) {
        const QString from = q.value(0).toString();
        const QString to = q.value(2).toString();
        if (from == QLatin1String("property_company") && isCommunitySide(to))
            outward.insert(q.value(1).toLongLong());
        if (to == QLatin1String("property_company") && isCommunitySide(from))
            inward.insert(q.value(3).toLongLong());
    }

    QHash<qint64, QVector<const PropertyProject *>> activeProjects;
    QSet<qint64> withAnyProject;
    for (const PropertyProject &p : projects.value()) {
        withAnyProject.insert(p.companyId);
        if (p.isActiveOn(data.asOf))
            activeProjects[p.companyId].append(&p);
    }
    QHash<qint64, QString> companyNames;
    CensusCompanyCounts &n = data.companies;
    for (const CompanyPartyInfo &c : companies.value()) {
        companyNames.insert(c.id, c.name);
        // A company whose projects here have all ended no longer counts.
        if (withAnyProject.contains(c.id) && activeProjects.value(c.id).isEmpty())
            continue;
        CensusCompanyRow row;
        row.id = c.id;
        row.name = c.name;
        row.creditCode = c.creditCode;
        row.creditCodeValid = creditcode::check(c.creditCode).ok;
        row.creditCodeNote = c.creditCodeNote;
        QStringList estateNames;
        for (const PropertyProject *p : activeProjects.value(c.id)) {
            ++row.projects;
            row.staff += p->staffCount;
            estateNames << estates.value(p->estateId);
        }
        row.estates = estateNames.join(QStringLiteral("、"));
        row.partyMembers = members.value(c.id);
        row.fullMembers = fullMembers.value(c.id);
        row.orgNames = (singleOrgs.value(c.id) + jointOrgs.value(c.id)).join(QStringLiteral("、"));
        if (!singleOrgs.value(c.id).isEmpty())
            row.form = QStringLiteral("single");
        else if (!jointOrgs.value(c.id).isEmpty())
            row.form = QStringLiteral("joint");
        else if (c.instructorPersonId > 0)
            row.form = QStringLiteral("instructor");
        else
            row.form = QStringLiteral("none");
        row.instructor = people.value(c.instructorPersonId);
        row.redProperty = c.redProperty;
        row.rating = c.rating;
        row.yellowLight = c.yellowLight();
        row.outward = outward.contains(c.id);
        row.inward = inward.contains(c.id);
        row.covered = row.outward && row.inward;
        data.companyRows.push_back(row);
    }
    for (CensusCompanyRow &row : data.companyRows) {
        const bool hasOrg = row.form == QLatin1String("single") || row.form == QLatin1String("joint");
        if (row.partyMembers > 0 && !hasOrg)
            row.proposal = companyProposal(row, data.companyRows, anyJointName);
        ++n.total;
        n.withMembers += row.partyMembers > 0 ? 1 : 0;
        n.withOrg += hasOrg ? 1 : 0;
        n.single += row.form == QLatin1String("single");
        n.joint += row.form == QLatin1String("joint");
        n.instructor += row.form == QLatin1String("instructor");
        n.none += row.form == QLatin1String("none");
        n.staff += row.staff;
        n.partyMembers += row.partyMembers;
        n.projects += row.projects;
        if (row.partyMembers > 0) {
            ++n.formation.denominator;
            n.formation.numerator += hasOrg ? 1 : 0;
        }
        ++n.coverage.denominator;
        n.coverage.numerator += row.form != QLatin1String("none") ? 1 : 0;
        ++n.cross.denominator;
        n.cross.numerator += row.covered ? 1 : 0;
        const int red = int(PartyCodes::codes(PartyCodes::List::RedProperty).indexOf(row.redProperty));
        if (red >= 0)
            ++n.redProperty[size_t(red)];
        n.rated += row.rating.isEmpty() ? 0 : 1;
        n.yellowLights += row.yellowLight ? 1 : 0;
    }

    // Projects of the counted companies.
    for (const CensusCompanyRow &company : data.companyRows) {
        for (const PropertyProject *p : activeProjects.value(company.id)) {
            CensusProjectRow row;
            row.id = p->id;
            row.companyId = p->companyId;
            row.estateId = p->estateId;
            row.companyName = companyNames.value(p->companyId);
            row.estateName = estates.value(p->estateId);
            row.staff = p->staffCount;
            row.partyMembers = projectMembers.value(p->id) + projectOrgMembers.value({p->companyId, p->estateId});
            row.hasOrg = companyWideOrgs.contains(p->companyId) || projectOrgs.contains({p->companyId, p->estateId});
            data.projectRows.push_back(row);
            if (row.partyMembers > 0) {
                ++n.projectFormation.denominator;
                n.projectFormation.numerator += row.hasOrg ? 1 : 0;
            }
        }
    }
    return Status::success();
}

Status CensusCalculator::addCommittees(Database &database, CensusData &data)
{
    const QSqlDatabase db = database.sql();
    const Result<std::vector<OwnersCommittee>> all = OwnersCommitteeStore(database).committees();
    if (!all)
        return all.status();
    QSet<qint64> party;
    for (const CensusMemberRow &m : data.memberRows)
        party.insert(m.personId);
    const QHash<qint64, QString> people = namesOf(
        db, QStringLiteral("SELECT p.id, p.name FROM person p JOIN owners_committee_member m ON m.person_id = p.id"));

    QSet<qint64> inward, outward;
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT from_body, from_estate_id, to_body, to_estate_id FROM cross_appointment "
                               "WHERE since <= ? AND (until IS NULL OR until >= ?)"),
             {date(data.asOf), date(data.asOf)}))
        return failed(q);
    while (q.next()) {
        const QString from = q.value(0).toString();
        const QString to = q.value(2).toString();
        if (to == QLatin1String("owners_committee") && isCommunitySide(from))
            inward.insert(q.value(3).toLongLong());
        if (from == QLatin1String("owners_committee") && to == QLatin1String("community_party"))
            outward.insert(q.value(1).toLongLong());
    }

    if (!q.exec(QStringLiteral("SELECT id, name FROM estate ORDER BY name")))
        return failed(q);
    CensusCommitteeCounts &n = data.committees;
    while (q.next()) {
        CensusCommitteeRow row;
        row.estateId = q.value(0).toLongLong();
        row.estateName = q.value(1).toString();
        ++n.estates;
        for (const OwnersCommittee &c : all.value()) {
            if (c.estateId != row.estateId || !c.isCurrentOn(data.asOf))
                continue;
            row.committeeId = c.id;
            row.termStart = c.termStart;
            row.termEnd = c.termEnd;
            for (const CommitteeMember &m : c.members) {
                if (!m.isCurrentOn(data.asOf))
                    continue;
                ++row.members;
                const bool inParty = party.contains(m.personId);
                row.partyMembers += inParty ? 1 : 0;
                if (m.role == QLatin1String("director")) {
                    row.director = people.value(m.personId);
                    row.directorIsPartyMember = inParty;
                }
            }
            break;
        }
        if (row.committeeId > 0) {
            row.meetsShare = row.members > 0 && 100 * row.partyMembers >= data.targets.committeeSharePercent * row.members;
            row.inward = inward.contains(row.estateId);
            row.outward = outward.contains(row.estateId);
            row.covered = row.inward && row.outward;
            ++n.withCommittee;
            n.members += row.members;
            n.partyMembers += row.partyMembers;
            n.directorsInParty += row.directorIsPartyMember ? 1 : 0;
            ++n.share.denominator;
            n.share.numerator += row.meetsShare ? 1 : 0;
            ++n.cross.denominator;
            n.cross.numerator += row.covered ? 1 : 0;
        }
        data.committeeRows.push_back(row);
    }
    return Status::success();
}

Status CensusCalculator::addCrossAppointments(Database &database, CensusData &data)
{
    const Result<std::vector<CrossAppointmentRow>> rows = CrossAppointmentStore(database).list(data.asOf);
    if (!rows)
        return rows.status();
    for (const CrossAppointmentRow &r : rows.value()) {
        CensusCrossRow row;
        row.person = r.personName;
        row.partyMember = r.personIsPartyMember;
        row.fromBody = r.appointment.fromBody;
        row.from = r.fromText;
        row.toBody = r.appointment.toBody;
        row.to = r.toText;
        row.post = r.appointment.post;
        row.since = r.appointment.since;
        row.until = r.appointment.until;
        data.crossRows.push_back(row);
    }
    data.crossAppointments = int(data.crossRows.size());
    return Status::success();
}

} // namespace cd
