// CensusCalculator: members and organisations; companies, committees and cross-appointments
// are in censuscalculator_units.cpp.
#include "party/censuscalculator.h"

#include "db/database.h"
#include "db/settingstore.h"
#include "party/partymemberstore.h"
#include "party/partyorgstore.h"

#include <QHash>

#include <algorithm>

namespace cd {

namespace {

const QString formationKey = QStringLiteral("party.target.formation_percent");
const QString coverageKey = QStringLiteral("party.target.coverage_percent");
const QString committeeKey = QStringLiteral("party.target.committee_share_percent");
const QString crossKey = QStringLiteral("party.target.cross_percent");

int percentSetting(Database &db, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settingstore::value(db, key).toInt(&ok);
    return ok && value >= 0 && value <= 100 ? value : fallback;
}

} // namespace

QDate CensusCalculator::defaultAsOf(int year, QDate today)
{
    const QDate cutoff(year, 12, 31);
    return today < cutoff ? today : cutoff;
}

CensusTargets CensusCalculator::targets(Database &database)
{
    CensusTargets t;
    t.formationPercent = percentSetting(database, formationKey, t.formationPercent);
    t.coveragePercent = percentSetting(database, coverageKey, t.coveragePercent);
    t.committeeSharePercent = percentSetting(database, committeeKey, t.committeeSharePercent);
    t.crossPercent = percentSetting(database, crossKey, t.crossPercent);
    return t;
}

Status CensusCalculator::setTargets(Database &database, const CensusTargets &t)
{
    for (int v : {t.formationPercent, t.coveragePercent, t.committeeSharePercent, t.crossPercent}) {
        if (v < 0 || v > 100)
            return Status::failure(tr("A target is a percentage from 0 to 100."));
    }
    for (const auto &[key, value] : {std::pair<QString, int>{formationKey, t.formationPercent},
                                     {coverageKey, t.coveragePercent},
                                     {committeeKey, t.committeeSharePercent},
                                     {crossKey, t.crossPercent}}) {
        if (Status s = settingstore::setValue(database, key, QString::number(value)); !s)
            return s;
    }
    return Status::success();
}

Result<CensusData> CensusCalculator::compute(Database &database, int year, QDate asOf)
{
    const QDate today = QDate::currentDate();
    if (year < 1921 || year > 2200)
        return Status::failure(tr("%1 is not a census year.").arg(year));
    if (year > today.year() && !asOf.isValid())
        return Status::failure(tr("The %1 census cannot be counted before the year begins.").arg(year));
    CensusData data;
    data.year = year;
    data.cutoff = QDate(year, 12, 31);
    data.asOf = asOf.isValid() ? asOf : defaultAsOf(year, today);
    if (data.asOf > data.cutoff || data.asOf.year() != year)
        return Status::failure(tr("The census of %1 counts a day of that year.").arg(year));
    // The forms print the community's name; until it is set they say just 社区.
    data.community = settingstore::value(database, QStringLiteral("community.name")).trimmed();
    if (data.community.isEmpty())
        data.community = QStringLiteral("社区");
    data.targets = targets(database);
    for (auto step : {&CensusCalculator::addOrgs, &CensusCalculator::addMembers, &CensusCalculator::addCompanies,
                      &CensusCalculator::addCommittees, &CensusCalculator::addCrossAppointments}) {
        if (Status s = step(database, data); !s)
            return s;
    }
    return data;
}

Status CensusCalculator::addOrgs(Database &database, CensusData &data)
{
    PartyOrgStore store(database);
    const Result<std::vector<PartyOrgNode>> tree = store.tree(data.asOf);
    if (!tree)
        return tree.status();
    const Result<std::vector<FormationCheck>> checks = store.formationChecks(data.asOf);
    if (!checks)
        return checks.status();
    QHash<qint64, const FormationCheck *> byOrg;
    for (const FormationCheck &c : checks.value())
        byOrg.insert(c.orgId, &c);
    CensusOrgCounts &n = data.orgs;
    for (const PartyOrgNode &node : tree.value()) {
        CensusOrgRow row;
        row.id = node.org.id;
        row.parentId = node.org.parentId;
        row.depth = node.depth;
        row.name = node.org.name;
        row.kind = node.org.kind;
        row.host = node.org.host;
        row.hostName = node.hostName;
        row.founded = node.org.founded;
        row.secretary = node.secretaryName;
        row.fullMembers = node.fullMembers;
        row.probationaryMembers = node.probationaryMembers;
        if (const FormationCheck *check = byOrg.value(node.org.id)) {
            row.meetsMinimum = check->meetsMinimum;
            row.proposal = check->proposal;
        }
        data.orgRows.push_back(row);

        ++n.total;
        const QString &kind = node.org.kind;
        n.committees += kind == QLatin1String("committee");
        n.generalBranches += kind == QLatin1String("general_branch");
        n.branches += kind == QLatin1String("branch");
        n.groups += kind == QLatin1String("group");
        const QString &host = node.org.host;
        n.hostCommunity += host == QLatin1String("community");
        n.hostCompany += host == QLatin1String("property_company");
        n.hostOwnersCommittee += host == QLatin1String("owners_committee");
        n.hostJoint += host == QLatin1String("joint");
        n.branchesBelowMinimum += row.meetsMinimum ? 0 : 1;
    }
    return Status::success();
}

Status CensusCalculator::addMembers(Database &database, CensusData &data)
{
    MemberFilter filter;
    filter.day = data.asOf;
    const Result<std::vector<PartyMemberRow>> rows = PartyMemberStore(database).list(filter);
    if (!rows)
        return rows.status();
    // The roster is printed organisation by organisation, in tree order; outside ones last.
    QHash<qint64, int> orgOrder;
    for (const CensusOrgRow &o : data.orgRows)
        orgOrder.insert(o.id, orgOrder.size());
    const int outside = int(data.orgRows.size());

    CensusMemberCounts &n = data.members;
    data.memberRows.reserve(rows->size());
    for (const PartyMemberRow &r : rows.value()) {
        const PartyMember &m = r.member;
        CensusMemberRow row;
        row.memberId = m.id;
        row.personId = m.personId;
        row.name = r.name;
        row.sex = r.sex;
        row.ethnicity = r.ethnicity;
        row.birthDate = r.birthDate;
        row.idNumber = r.idNumber;
        row.phone = r.phone;
        row.education = r.education;
        row.workplace = r.workplace;
        row.orgId = m.orgId;
        row.orgName = r.orgName;
        row.companyId = m.companyId;
        row.companyName = r.companyName;
        row.joined = m.joined;
        row.fullDate = m.fullDate;
        row.probationEnd = partyrules::probationEnd(m.joined, m.probationExtended);
        row.full = partyrules::isFullOn(m, data.asOf);
        row.age = partyrules::ageOn(r.birthDate, data.cutoff);
        row.ageBand = partyrules::ageBand(row.age);
        row.joinPeriod = partyrules::joinPeriod(m.joined);
        row.minority = partyrules::isMinority(r.ethnicity);
        row.college = partyrules::isCollegeEducated(r.education);
        row.newlyAdmitted = m.joined.year() == data.year;
        row.converted = row.full && m.fullDate.year() == data.year;
        row.overdue = partyrules::isProbationOverdue(m, data.asOf);
        if (m.registeredOn.isValid() && m.registeredOn <= data.asOf)
            row.registeredOn = m.registeredOn;
        row.mobile = m.mobile;
        row.mobileTo = m.mobileTo;
        row.lastContact = m.lastContact;
        row.lostContact = partyrules::isLostContact(m.lastContact, data.asOf);
        row.posts = r.posts.join(QStringLiteral("；"));
        data.memberRows.push_back(row);

        ++n.total;
        n.full += row.full ? 1 : 0;
        n.probationary += row.full ? 0 : 1;
        n.male += row.sex == QLatin1String("M");
        n.female += row.sex == QLatin1String("F");
        n.sexUnknown += row.sex != QLatin1String("M") && row.sex != QLatin1String("F");
        n.minority += row.minority ? 1 : 0;
        n.ethnicityUnknown += row.ethnicity.trimmed().isEmpty() ? 1 : 0;
        n.college += row.college ? 1 : 0;
        if (row.ageBand >= 0)
            ++n.ageBands[size_t(row.ageBand)];
        else
            ++n.ageUnknown;
        if (row.joinPeriod >= 0)
            ++n.joinPeriods[size_t(row.joinPeriod)];
        n.newlyAdmitted += row.newlyAdmitted ? 1 : 0;
        n.converted += row.converted ? 1 : 0;
        n.overdue += row.overdue ? 1 : 0;
        n.registered += row.registeredOn.isValid() ? 1 : 0;
        n.mobile += row.mobile ? 1 : 0;
        n.lostContact += row.lostContact ? 1 : 0;
        n.inCommunityOrgs += row.orgId > 0 ? 1 : 0;
        n.outsideOrgs += row.orgId > 0 ? 0 : 1;
        n.propertyStaff += row.companyId > 0 ? 1 : 0;
    }
    std::stable_sort(data.memberRows.begin(), data.memberRows.end(),
                     [&](const CensusMemberRow &a, const CensusMemberRow &b) {
                         return orgOrder.value(a.orgId, outside) < orgOrder.value(b.orgId, outside);
                     });
    return Status::success();
}

} // namespace cd
