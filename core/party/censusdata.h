#pragma once

#include "party/formationproposal.h"
#include "party/partyrules.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

/// What a census counts: the figures and the lists behind them, computed by CensusCalculator
/// from the data (never typed) or loaded from a frozen census round. Every count has its list
/// here, so the UI can open "the list behind" any figure (see censusdrill).
namespace cd {

/// numerator of denominator, e.g. 7 of 10 companies with party members have an organisation.
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 0;

    /// The fraction, or nothing when the denominator is 0.
    std::optional<double> value() const
    {
        if (denominator <= 0)
            return std::nullopt;
        return double(numerator) / double(denominator);
    }
    /// Met when numerator/denominator ≥ percent/100, compared in integers (an empty ratio is met).
    bool meets(int percent) const { return denominator <= 0 || 100 * numerator >= qint64(percent) * denominator; }
    /// How many more would meet the target: ceil(percent × denominator / 100) − numerator, at least 0.
    qint64 missing(int percent) const
    {
        const qint64 needed = (qint64(percent) * denominator + 99) / 100;
        return needed > numerator ? needed - numerator : 0;
    }
};

/// The seeds' targets (policy: configurable, defaults from seed 001).
struct CensusTargets
{
    int formationPercent = 70;     ///< 物业企业(项目)党组织组建率 ≥ 70%
    int coveragePercent = 100;     ///< 党的组织和工作全覆盖: organisation or instructor
    int committeeSharePercent = 50; ///< 业委会中的党员成员比例不少于50%
    int crossPercent = 100;        ///< 双向进入、交叉任职 100%
};

/// One member on the census roster (党员花名册), with everything derived from the rules.
struct CensusMemberRow
{
    qint64 memberId = 0;
    qint64 personId = 0;
    QString name;
    QString sex; ///< M, F or empty
    QString ethnicity;
    QDate birthDate;
    QString idNumber; ///< full; masked on output unless asked otherwise
    QString phone;    ///< full; masked on output unless asked otherwise
    QString education;
    QString workplace;
    qint64 orgId = 0;
    QString orgName;   ///< community organisation, or where the membership is held
    qint64 companyId = 0;
    QString companyName;
    QDate joined;
    QDate fullDate;
    QDate probationEnd;
    bool full = false;
    int age = -1;         ///< on 31 December of the census year
    int ageBand = -1;
    int joinPeriod = -1;
    bool minority = false;
    bool college = false;
    bool newlyAdmitted = false; ///< admitted in the census year
    bool converted = false;     ///< full member from a date in the census year
    bool overdue = false;
    QDate registeredOn;         ///< 在职党员报到
    bool mobile = false;
    QString mobileTo;
    QDate lastContact;
    bool lostContact = false;
    QString posts;
};

struct CensusMemberCounts
{
    int total = 0;
    int full = 0;
    int probationary = 0;
    int male = 0;
    int female = 0;
    int sexUnknown = 0;
    int minority = 0;
    int ethnicityUnknown = 0;
    int college = 0;
    std::array<int, partyrules::ageBandCount> ageBands{};
    int ageUnknown = 0;
    std::array<int, partyrules::joinPeriodCount> joinPeriods{};
    int newlyAdmitted = 0;
    int converted = 0;
    int overdue = 0;
    int registered = 0;
    int mobile = 0;
    int lostContact = 0;
    int inCommunityOrgs = 0;
    int outsideOrgs = 0;
    int propertyStaff = 0;
};

struct CensusOrgRow
{
    qint64 id = 0;
    qint64 parentId = 0;
    int depth = 0;
    QString name;
    QString kind;
    QString host;
    QString hostName;
    QDate founded;
    QString secretary;
    int fullMembers = 0;
    int probationaryMembers = 0;
    bool meetsMinimum = true; ///< branches: ≥ 3 full members (their party groups included)
    FormationProposal proposal;
};

struct CensusOrgCounts
{
    int total = 0;
    int committees = 0;
    int generalBranches = 0;
    int branches = 0;
    int groups = 0;
    int hostCommunity = 0;
    int hostCompany = 0;
    int hostOwnersCommittee = 0;
    int hostJoint = 0;
    int branchesBelowMinimum = 0;
};

struct CensusCompanyRow
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    bool creditCodeValid = false;
    QString creditCodeNote;
    int projects = 0;
    QString estates;      ///< the estates of its active projects
    int staff = 0;
    int partyMembers = 0;
    int fullMembers = 0;
    QString form;         ///< single, joint, instructor, none
    QString orgNames;
    QString instructor;
    QString redProperty;
    QString rating;
    bool yellowLight = false;
    bool outward = false; ///< someone of the company holds a post in the community
    bool inward = false;  ///< someone of the community holds a post at the company
    bool covered = false; ///< both: 双向进入、交叉任职
    FormationProposal proposal; ///< members but no organisation: what to do
};

struct CensusProjectRow
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 estateId = 0;
    QString companyName;
    QString estateName;
    int staff = 0;
    int partyMembers = 0;
    bool hasOrg = false;
};

struct CensusCompanyCounts
{
    int total = 0;
    int withMembers = 0;
    int withOrg = 0;
    int single = 0;
    int joint = 0;
    int instructor = 0;
    int none = 0;
    int staff = 0;
    int partyMembers = 0;
    int projects = 0;
    Ratio formation;        ///< with members: those with an organisation
    Ratio projectFormation; ///< projects with members: those with an organisation
    Ratio coverage;         ///< all: organisation or instructor
    Ratio cross;            ///< all: covered both ways
    std::array<int, 4> redProperty{}; ///< none, building, achieved, benchmark
    int rated = 0;
    int yellowLights = 0;
};

struct CensusCommitteeRow
{
    qint64 estateId = 0;
    QString estateName;
    qint64 committeeId = 0; ///< 0: the estate has no committee in office
    QDate termStart;
    QDate termEnd;
    int members = 0;
    int partyMembers = 0;
    QString director;
    bool directorIsPartyMember = false;
    bool meetsShare = false; ///< party members ≥ 50% of the members
    bool inward = false;     ///< community people sit on the committee
    bool outward = false;    ///< committee members hold posts in the community party organisation
    bool covered = false;
};

struct CensusCommitteeCounts
{
    int estates = 0;
    int withCommittee = 0;
    int members = 0;
    int partyMembers = 0;
    int directorsInParty = 0;
    Ratio share; ///< committees: those with at least half party members
    Ratio cross; ///< committees: covered both ways
};

struct CensusCrossRow
{
    QString person;
    bool partyMember = false;
    QString fromBody;
    QString from;
    QString toBody;
    QString to;
    QString post;
    QDate since;
    QDate until;
};

/// A whole census: the counts and every list behind them.
struct CensusData
{
    int year = 0;
    QDate cutoff; ///< 31 December of the year: ages are counted on it
    QDate asOf;   ///< the day counted: memberships, offices and appointments on this day
    QString community;
    CensusTargets targets;

    CensusMemberCounts members;
    CensusOrgCounts orgs;
    CensusCompanyCounts companies;
    CensusCommitteeCounts committees;
    int crossAppointments = 0;

    std::vector<CensusMemberRow> memberRows;
    std::vector<CensusOrgRow> orgRows;
    std::vector<CensusCompanyRow> companyRows;
    std::vector<CensusProjectRow> projectRows;
    std::vector<CensusCommitteeRow> committeeRows;
    std::vector<CensusCrossRow> crossRows;

    /// Set when loaded from a census round.
    qint64 roundId = 0;
    QDateTime takenAt;
    QString takenBy;
    bool isSnapshot() const { return roundId > 0; }
};

} // namespace cd
