#pragma once

#include "demo/demostep.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace cd {

class DemoRandom;

/// The demo community's party data, built on the roster step's people: the organisation tree
/// (社区党委, a branch per grid with 楼院党小组, a property company's own branch, a joint branch,
/// an owners' committee branch), the party members (the roster's CPC members, about 8% of the
/// adults; some registered employed members, mobile and property-staff members), property
/// companies with and without party organisations (two more are added: one with members but no
/// organisation, one with neither), an owners' committee per estate, cross-appointments, and
/// the census rounds of the previous and the current year.
class PartyDemo : public DemoStep
{
    Q_DECLARE_TR_FUNCTIONS(cd::PartyDemo)

public:
    const char *name() const override { return "party"; }
    int weight(const DemoOptions &options) const override;
    Status checkEmpty(Database &database) const override;
    Status run(DemoContext &context, DemoProgress &progress) override;

    /// One planned party member (exposed for the member planner in partydemo_members.cpp).
    struct PlannedMember
    {
        int personIndex = 0;
        qint64 orgId = 0;
        QString outsideOrg;
        QDate joined;
        QDate fullDate;
        bool extended = false;
        qint64 companyId = 0;
        qint64 projectId = 0;
        QDate registeredOn;
        bool mobile = false;
        QString mobileTo;
        QDate lastContact;
        QDate leftOn;
        QString leftReason;
    };

private:
    Status addCompanies(DemoContext &context, DemoRandom &random);
    Status addOrganisations(DemoContext &context);
    void planMembers(DemoContext &context, DemoRandom &random);
    Status writeMembers(DemoContext &context);
    Status addPostsAndCommittees(DemoContext &context, DemoRandom &random);
    Status addCrossAppointments(DemoContext &context);
    Status takeRounds(DemoContext &context);

    // Filled as the step goes; ids are database ids.
    std::vector<qint64> m_companies;   // roster companies, then the two added ones
    std::vector<qint64> m_projects;    // one project per company (the first), for staff
    qint64 m_committee = 0;            // 社区党委
    std::vector<qint64> m_gridBranches; // index: grid index
    std::vector<std::pair<int, qint64>> m_groups; // building index -> 楼院党小组
    qint64 m_companyBranch = 0;        // the first company's own branch
    qint64 m_jointBranch = 0;          // covers the second and third companies
    qint64 m_ownersBranch = 0;         // 业委会党支部 of the first estate
    std::vector<PlannedMember> m_members;
    std::vector<int> m_committeePeople; // person indexes of 社区党委's 委员 (secretary first)
    std::vector<std::vector<int>> m_staff; // per company: member indexes into m_members
    std::vector<std::vector<int>> m_ownersCommittees; // per estate: person indexes (director first)
};

} // namespace cd
