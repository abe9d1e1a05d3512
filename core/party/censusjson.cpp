#include "party/censusjson.h"

#include <QJsonArray>

#include <cmath>

namespace cd::censusjson {

namespace {

QJsonValue dateJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QDate dateOf(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

qint64 id(const QJsonValue &v)
{
    return v.toVariant().toLongLong();
}

template <size_t N>
QJsonArray countsJson(const std::array<int, N> &counts, const QStringList &keys)
{
    QJsonArray array;
    for (size_t i = 0; i < N; ++i)
        array.append(QJsonObject{{QStringLiteral("key"), keys.value(int(i))}, {QStringLiteral("count"), counts[i]}});
    return array;
}

template <size_t N>
void readCounts(const QJsonValue &v, std::array<int, N> &counts)
{
    const QJsonArray array = v.toArray();
    for (size_t i = 0; i < N && int(i) < array.size(); ++i)
        counts[i] = array.at(int(i)).toObject().value(QStringLiteral("count")).toInt();
}

Ratio ratioOf(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {id(o.value(QStringLiteral("numerator"))), id(o.value(QStringLiteral("denominator")))};
}

QJsonObject membersJson(const CensusMemberCounts &n)
{
    return {{QStringLiteral("total"), n.total},
            {QStringLiteral("full"), n.full},
            {QStringLiteral("probationary"), n.probationary},
            {QStringLiteral("male"), n.male},
            {QStringLiteral("female"), n.female},
            {QStringLiteral("sex_unknown"), n.sexUnknown},
            {QStringLiteral("ethnic_minority"), n.minority},
            {QStringLiteral("ethnicity_unknown"), n.ethnicityUnknown},
            {QStringLiteral("college_or_above"), n.college},
            {QStringLiteral("age_bands"), countsJson(n.ageBands, partyrules::ageBandKeys())},
            {QStringLiteral("age_unknown"), n.ageUnknown},
            {QStringLiteral("join_periods"), countsJson(n.joinPeriods, partyrules::joinPeriodKeys())},
            {QStringLiteral("newly_admitted"), n.newlyAdmitted},
            {QStringLiteral("converted"), n.converted},
            {QStringLiteral("probation_overdue"), n.overdue},
            {QStringLiteral("registered_employed"), n.registered},
            {QStringLiteral("mobile"), n.mobile},
            {QStringLiteral("lost_contact"), n.lostContact},
            {QStringLiteral("in_community_orgs"), n.inCommunityOrgs},
            {QStringLiteral("outside_orgs"), n.outsideOrgs},
            {QStringLiteral("property_staff"), n.propertyStaff}};
}

CensusMemberCounts membersOf(const QJsonObject &o)
{
    CensusMemberCounts n;
    const auto i = [&](const char *key) { return o.value(QLatin1String(key)).toInt(); };
    n.total = i("total");
    n.full = i("full");
    n.probationary = i("probationary");
    n.male = i("male");
    n.female = i("female");
    n.sexUnknown = i("sex_unknown");
    n.minority = i("ethnic_minority");
    n.ethnicityUnknown = i("ethnicity_unknown");
    n.college = i("college_or_above");
    readCounts(o.value(QStringLiteral("age_bands")), n.ageBands);
    n.ageUnknown = i("age_unknown");
    readCounts(o.value(QStringLiteral("join_periods")), n.joinPeriods);
    n.newlyAdmitted = i("newly_admitted");
    n.converted = i("converted");
    n.overdue = i("probation_overdue");
    n.registered = i("registered_employed");
    n.mobile = i("mobile");
    n.lostContact = i("lost_contact");
    n.inCommunityOrgs = i("in_community_orgs");
    n.outsideOrgs = i("outside_orgs");
    n.propertyStaff = i("property_staff");
    return n;
}

QJsonObject proposalJson(const FormationProposal &p)
{
    if (p.isEmpty())
        return {};
    return {{QStringLiteral("kind"), p.key()},
            {QStringLiteral("full_members"), p.fullMembers},
            {QStringLiteral("partners"), QJsonArray::fromStringList(p.partners)},
            {QStringLiteral("together"), p.together},
            {QStringLiteral("text"), p.text()}};
}

FormationProposal proposalOf(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    FormationProposal p;
    p.kind = FormationProposal::kindFromKey(o.value(QStringLiteral("kind")).toString());
    p.fullMembers = o.value(QStringLiteral("full_members")).toInt();
    for (const QJsonValue &name : o.value(QStringLiteral("partners")).toArray())
        p.partners << name.toString();
    p.together = o.value(QStringLiteral("together")).toInt();
    return p;
}

QJsonValue proposalValue(const FormationProposal &p)
{
    return p.isEmpty() ? QJsonValue() : QJsonValue(proposalJson(p));
}

QJsonObject orgRowJson(const CensusOrgRow &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("parent_id"), r.parentId}, {QStringLiteral("depth"), r.depth},
            {QStringLiteral("name"), r.name}, {QStringLiteral("kind"), r.kind}, {QStringLiteral("host"), r.host},
            {QStringLiteral("host_name"), r.hostName}, {QStringLiteral("founded"), dateJson(r.founded)},
            {QStringLiteral("secretary"), r.secretary}, {QStringLiteral("full_members"), r.fullMembers},
            {QStringLiteral("probationary_members"), r.probationaryMembers},
            {QStringLiteral("meets_minimum"), r.meetsMinimum}, {QStringLiteral("proposal"), proposalValue(r.proposal)}};
}

CensusOrgRow orgRowOf(const QJsonObject &o)
{
    CensusOrgRow r;
    r.id = id(o.value(QStringLiteral("id")));
    r.parentId = id(o.value(QStringLiteral("parent_id")));
    r.depth = o.value(QStringLiteral("depth")).toInt();
    r.name = o.value(QStringLiteral("name")).toString();
    r.kind = o.value(QStringLiteral("kind")).toString();
    r.host = o.value(QStringLiteral("host")).toString();
    r.hostName = o.value(QStringLiteral("host_name")).toString();
    r.founded = dateOf(o.value(QStringLiteral("founded")));
    r.secretary = o.value(QStringLiteral("secretary")).toString();
    r.fullMembers = o.value(QStringLiteral("full_members")).toInt();
    r.probationaryMembers = o.value(QStringLiteral("probationary_members")).toInt();
    r.meetsMinimum = o.value(QStringLiteral("meets_minimum")).toBool(true);
    r.proposal = proposalOf(o.value(QStringLiteral("proposal")));
    return r;
}

QJsonObject companyRowJson(const CensusCompanyRow &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}, {QStringLiteral("credit_code"), r.creditCode},
            {QStringLiteral("credit_code_valid"), r.creditCodeValid}, {QStringLiteral("credit_code_note"), r.creditCodeNote},
            {QStringLiteral("projects"), r.projects}, {QStringLiteral("estates"), r.estates},
            {QStringLiteral("staff"), r.staff}, {QStringLiteral("party_members"), r.partyMembers},
            {QStringLiteral("full_members"), r.fullMembers}, {QStringLiteral("form"), r.form},
            {QStringLiteral("organisations"), r.orgNames}, {QStringLiteral("instructor"), r.instructor},
            {QStringLiteral("red_property"), r.redProperty}, {QStringLiteral("rating"), r.rating},
            {QStringLiteral("yellow_light"), r.yellowLight}, {QStringLiteral("company_to_community"), r.outward},
            {QStringLiteral("community_to_company"), r.inward}, {QStringLiteral("cross_covered"), r.covered},
            {QStringLiteral("proposal"), proposalValue(r.proposal)}};
}

CensusCompanyRow companyRowOf(const QJsonObject &o)
{
    CensusCompanyRow r;
    const auto s = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    const auto b = [&](const char *key) { return o.value(QLatin1String(key)).toBool(); };
    r.id = id(o.value(QStringLiteral("id")));
    r.name = s("name");
    r.creditCode = s("credit_code");
    r.creditCodeValid = b("credit_code_valid");
    r.creditCodeNote = s("credit_code_note");
    r.projects = o.value(QStringLiteral("projects")).toInt();
    r.estates = s("estates");
    r.staff = o.value(QStringLiteral("staff")).toInt();
    r.partyMembers = o.value(QStringLiteral("party_members")).toInt();
    r.fullMembers = o.value(QStringLiteral("full_members")).toInt();
    r.form = s("form");
    r.orgNames = s("organisations");
    r.instructor = s("instructor");
    r.redProperty = s("red_property");
    r.rating = s("rating");
    r.yellowLight = b("yellow_light");
    r.outward = b("company_to_community");
    r.inward = b("community_to_company");
    r.covered = b("cross_covered");
    r.proposal = proposalOf(o.value(QStringLiteral("proposal")));
    return r;
}

QJsonObject projectRowJson(const CensusProjectRow &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("company_id"), r.companyId},
            {QStringLiteral("estate_id"), r.estateId}, {QStringLiteral("company"), r.companyName},
            {QStringLiteral("estate"), r.estateName}, {QStringLiteral("staff"), r.staff},
            {QStringLiteral("party_members"), r.partyMembers}, {QStringLiteral("has_organisation"), r.hasOrg}};
}

CensusProjectRow projectRowOf(const QJsonObject &o)
{
    CensusProjectRow r;
    r.id = id(o.value(QStringLiteral("id")));
    r.companyId = id(o.value(QStringLiteral("company_id")));
    r.estateId = id(o.value(QStringLiteral("estate_id")));
    r.companyName = o.value(QStringLiteral("company")).toString();
    r.estateName = o.value(QStringLiteral("estate")).toString();
    r.staff = o.value(QStringLiteral("staff")).toInt();
    r.partyMembers = o.value(QStringLiteral("party_members")).toInt();
    r.hasOrg = o.value(QStringLiteral("has_organisation")).toBool();
    return r;
}

QJsonObject committeeRowJson(const CensusCommitteeRow &r)
{
    return {{QStringLiteral("estate_id"), r.estateId}, {QStringLiteral("estate"), r.estateName},
            {QStringLiteral("committee_id"), r.committeeId}, {QStringLiteral("term_start"), dateJson(r.termStart)},
            {QStringLiteral("term_end"), dateJson(r.termEnd)}, {QStringLiteral("members"), r.members},
            {QStringLiteral("party_members"), r.partyMembers}, {QStringLiteral("director"), r.director},
            {QStringLiteral("director_is_party_member"), r.directorIsPartyMember},
            {QStringLiteral("meets_share"), r.meetsShare}, {QStringLiteral("community_to_committee"), r.inward},
            {QStringLiteral("committee_to_community"), r.outward}, {QStringLiteral("cross_covered"), r.covered}};
}

CensusCommitteeRow committeeRowOf(const QJsonObject &o)
{
    CensusCommitteeRow r;
    r.estateId = id(o.value(QStringLiteral("estate_id")));
    r.estateName = o.value(QStringLiteral("estate")).toString();
    r.committeeId = id(o.value(QStringLiteral("committee_id")));
    r.termStart = dateOf(o.value(QStringLiteral("term_start")));
    r.termEnd = dateOf(o.value(QStringLiteral("term_end")));
    r.members = o.value(QStringLiteral("members")).toInt();
    r.partyMembers = o.value(QStringLiteral("party_members")).toInt();
    r.director = o.value(QStringLiteral("director")).toString();
    r.directorIsPartyMember = o.value(QStringLiteral("director_is_party_member")).toBool();
    r.meetsShare = o.value(QStringLiteral("meets_share")).toBool();
    r.inward = o.value(QStringLiteral("community_to_committee")).toBool();
    r.outward = o.value(QStringLiteral("committee_to_community")).toBool();
    r.covered = o.value(QStringLiteral("cross_covered")).toBool();
    return r;
}

QJsonObject crossRowJson(const CensusCrossRow &r)
{
    return {{QStringLiteral("person"), r.person}, {QStringLiteral("party_member"), r.partyMember},
            {QStringLiteral("from_body"), r.fromBody}, {QStringLiteral("from"), r.from},
            {QStringLiteral("to_body"), r.toBody}, {QStringLiteral("to"), r.to}, {QStringLiteral("post"), r.post},
            {QStringLiteral("since"), dateJson(r.since)}, {QStringLiteral("until"), dateJson(r.until)}};
}

CensusCrossRow crossRowOf(const QJsonObject &o)
{
    CensusCrossRow r;
    r.person = o.value(QStringLiteral("person")).toString();
    r.partyMember = o.value(QStringLiteral("party_member")).toBool();
    r.fromBody = o.value(QStringLiteral("from_body")).toString();
    r.from = o.value(QStringLiteral("from")).toString();
    r.toBody = o.value(QStringLiteral("to_body")).toString();
    r.to = o.value(QStringLiteral("to")).toString();
    r.post = o.value(QStringLiteral("post")).toString();
    r.since = dateOf(o.value(QStringLiteral("since")));
    r.until = dateOf(o.value(QStringLiteral("until")));
    return r;
}

template <typename Row>
QJsonArray rowsJson(const std::vector<Row> &rows, QJsonObject (*write)(const Row &))
{
    QJsonArray array;
    for (const Row &r : rows)
        array.append(write(r));
    return array;
}

template <typename Row>
std::vector<Row> rowsOf(const QJsonValue &v, Row (*read)(const QJsonObject &))
{
    std::vector<Row> rows;
    for (const QJsonValue &item : v.toArray())
        rows.push_back(read(item.toObject()));
    return rows;
}

} // namespace

QJsonObject ratioJson(const Ratio &ratio)
{
    const std::optional<double> v = ratio.value();
    return {{QStringLiteral("numerator"), ratio.numerator},
            {QStringLiteral("denominator"), ratio.denominator},
            {QStringLiteral("rate"), v ? QJsonValue(std::round(*v * 10000.0) / 10000.0) : QJsonValue()}};
}

QJsonObject toJson(const CensusData &d)
{
    const CensusOrgCounts &o = d.orgs;
    const CensusCompanyCounts &c = d.companies;
    const CensusCommitteeCounts &k = d.committees;
    QJsonObject red;
    const QStringList redCodes = {QStringLiteral("none"), QStringLiteral("building"), QStringLiteral("achieved"),
                                  QStringLiteral("benchmark")};
    for (int i = 0; i < 4; ++i)
        red.insert(redCodes.at(i), c.redProperty[size_t(i)]);
    return {
        {QStringLiteral("year"), d.year},
        {QStringLiteral("cutoff"), dateJson(d.cutoff)},
        {QStringLiteral("as_of"), dateJson(d.asOf)},
        {QStringLiteral("community"), d.community},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("formation_percent"), d.targets.formationPercent},
                                                {QStringLiteral("coverage_percent"), d.targets.coveragePercent},
                                                {QStringLiteral("committee_share_percent"), d.targets.committeeSharePercent},
                                                {QStringLiteral("cross_percent"), d.targets.crossPercent}}},
        {QStringLiteral("members"), membersJson(d.members)},
        {QStringLiteral("organisations"),
         QJsonObject{{QStringLiteral("total"), o.total}, {QStringLiteral("committees"), o.committees},
                     {QStringLiteral("general_branches"), o.generalBranches}, {QStringLiteral("branches"), o.branches},
                     {QStringLiteral("groups"), o.groups},
                     {QStringLiteral("by_host"), QJsonObject{{QStringLiteral("community"), o.hostCommunity},
                                                             {QStringLiteral("property_company"), o.hostCompany},
                                                             {QStringLiteral("owners_committee"), o.hostOwnersCommittee},
                                                             {QStringLiteral("joint"), o.hostJoint}}},
                     {QStringLiteral("branches_below_minimum"), o.branchesBelowMinimum},
                     {QStringLiteral("rows"), rowsJson(d.orgRows, &orgRowJson)}}},
        {QStringLiteral("property_companies"),
         QJsonObject{{QStringLiteral("total"), c.total}, {QStringLiteral("with_party_members"), c.withMembers},
                     {QStringLiteral("with_organisation"), c.withOrg},
                     {QStringLiteral("forms"), QJsonObject{{QStringLiteral("single"), c.single},
                                                           {QStringLiteral("joint"), c.joint},
                                                           {QStringLiteral("instructor"), c.instructor},
                                                           {QStringLiteral("none"), c.none}}},
                     {QStringLiteral("staff"), c.staff}, {QStringLiteral("party_members"), c.partyMembers},
                     {QStringLiteral("projects"), c.projects},
                     {QStringLiteral("formation_rate"), ratioJson(c.formation)},
                     {QStringLiteral("project_formation_rate"), ratioJson(c.projectFormation)},
                     {QStringLiteral("coverage_rate"), ratioJson(c.coverage)},
                     {QStringLiteral("cross_coverage"), ratioJson(c.cross)},
                     {QStringLiteral("red_property"), red}, {QStringLiteral("rated"), c.rated},
                     {QStringLiteral("yellow_lights"), c.yellowLights},
                     {QStringLiteral("rows"), rowsJson(d.companyRows, &companyRowJson)},
                     {QStringLiteral("project_rows"), rowsJson(d.projectRows, &projectRowJson)}}},
        {QStringLiteral("owners_committees"),
         QJsonObject{{QStringLiteral("estates"), k.estates}, {QStringLiteral("with_committee"), k.withCommittee},
                     {QStringLiteral("members"), k.members}, {QStringLiteral("party_members"), k.partyMembers},
                     {QStringLiteral("directors_in_party"), k.directorsInParty},
                     {QStringLiteral("meeting_share"), ratioJson(k.share)},
                     {QStringLiteral("cross_coverage"), ratioJson(k.cross)},
                     {QStringLiteral("rows"), rowsJson(d.committeeRows, &committeeRowJson)}}},
        {QStringLiteral("cross_appointments"),
         QJsonObject{{QStringLiteral("current"), d.crossAppointments},
                     {QStringLiteral("rows"), rowsJson(d.crossRows, &crossRowJson)}}},
    };
}

CensusData fromJson(const QJsonObject &root)
{
    CensusData d;
    d.year = root.value(QStringLiteral("year")).toInt();
    d.cutoff = dateOf(root.value(QStringLiteral("cutoff")));
    d.asOf = dateOf(root.value(QStringLiteral("as_of")));
    d.community = root.value(QStringLiteral("community")).toString();
    const QJsonObject t = root.value(QStringLiteral("targets")).toObject();
    d.targets.formationPercent = t.value(QStringLiteral("formation_percent")).toInt(d.targets.formationPercent);
    d.targets.coveragePercent = t.value(QStringLiteral("coverage_percent")).toInt(d.targets.coveragePercent);
    d.targets.committeeSharePercent = t.value(QStringLiteral("committee_share_percent")).toInt(d.targets.committeeSharePercent);
    d.targets.crossPercent = t.value(QStringLiteral("cross_percent")).toInt(d.targets.crossPercent);
    d.members = membersOf(root.value(QStringLiteral("members")).toObject());

    const QJsonObject o = root.value(QStringLiteral("organisations")).toObject();
    d.orgs.total = o.value(QStringLiteral("total")).toInt();
    d.orgs.committees = o.value(QStringLiteral("committees")).toInt();
    d.orgs.generalBranches = o.value(QStringLiteral("general_branches")).toInt();
    d.orgs.branches = o.value(QStringLiteral("branches")).toInt();
    d.orgs.groups = o.value(QStringLiteral("groups")).toInt();
    const QJsonObject hosts = o.value(QStringLiteral("by_host")).toObject();
    d.orgs.hostCommunity = hosts.value(QStringLiteral("community")).toInt();
    d.orgs.hostCompany = hosts.value(QStringLiteral("property_company")).toInt();
    d.orgs.hostOwnersCommittee = hosts.value(QStringLiteral("owners_committee")).toInt();
    d.orgs.hostJoint = hosts.value(QStringLiteral("joint")).toInt();
    d.orgs.branchesBelowMinimum = o.value(QStringLiteral("branches_below_minimum")).toInt();
    d.orgRows = rowsOf(o.value(QStringLiteral("rows")), &orgRowOf);

    const QJsonObject c = root.value(QStringLiteral("property_companies")).toObject();
    CensusCompanyCounts &n = d.companies;
    n.total = c.value(QStringLiteral("total")).toInt();
    n.withMembers = c.value(QStringLiteral("with_party_members")).toInt();
    n.withOrg = c.value(QStringLiteral("with_organisation")).toInt();
    const QJsonObject forms = c.value(QStringLiteral("forms")).toObject();
    n.single = forms.value(QStringLiteral("single")).toInt();
    n.joint = forms.value(QStringLiteral("joint")).toInt();
    n.instructor = forms.value(QStringLiteral("instructor")).toInt();
    n.none = forms.value(QStringLiteral("none")).toInt();
    n.staff = c.value(QStringLiteral("staff")).toInt();
    n.partyMembers = c.value(QStringLiteral("party_members")).toInt();
    n.projects = c.value(QStringLiteral("projects")).toInt();
    n.formation = ratioOf(c.value(QStringLiteral("formation_rate")));
    n.projectFormation = ratioOf(c.value(QStringLiteral("project_formation_rate")));
    n.coverage = ratioOf(c.value(QStringLiteral("coverage_rate")));
    n.cross = ratioOf(c.value(QStringLiteral("cross_coverage")));
    const QJsonObject red = c.value(QStringLiteral("red_property")).toObject();
    n.redProperty = {red.value(QStringLiteral("none")).toInt(), red.value(QStringLiteral("building")).toInt(),
                     red.value(QStringLiteral("achieved")).toInt(), red.value(QStringLiteral("benchmark")).toInt()};
    n.rated = c.value(QStringLiteral("rated")).toInt();
    n.yellowLights = c.value(QStringLiteral("yellow_lights")).toInt();
    d.companyRows = rowsOf(c.value(QStringLiteral("rows")), &companyRowOf);
    d.projectRows = rowsOf(c.value(QStringLiteral("project_rows")), &projectRowOf);

    const QJsonObject k = root.value(QStringLiteral("owners_committees")).toObject();
    d.committees.estates = k.value(QStringLiteral("estates")).toInt();
    d.committees.withCommittee = k.value(QStringLiteral("with_committee")).toInt();
    d.committees.members = k.value(QStringLiteral("members")).toInt();
    d.committees.partyMembers = k.value(QStringLiteral("party_members")).toInt();
    d.committees.directorsInParty = k.value(QStringLiteral("directors_in_party")).toInt();
    d.committees.share = ratioOf(k.value(QStringLiteral("meeting_share")));
    d.committees.cross = ratioOf(k.value(QStringLiteral("cross_coverage")));
    d.committeeRows = rowsOf(k.value(QStringLiteral("rows")), &committeeRowOf);

    const QJsonObject x = root.value(QStringLiteral("cross_appointments")).toObject();
    d.crossAppointments = x.value(QStringLiteral("current")).toInt();
    d.crossRows = rowsOf(x.value(QStringLiteral("rows")), &crossRowOf);
    return d;
}

} // namespace cd::censusjson
