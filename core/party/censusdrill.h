#pragma once

#include "party/censusdata.h"

#include <QString>
#include <QVector>

/// "The list behind" a census figure: the rows of a CensusData a figure counts, chosen by a
/// stable key. Each figure of CensusData counts exactly the rows its key selects, so a click
/// on a KPI tile or a chart bar can show them (see CensusKpi::drillEntity / drillKey).
/// Unknown keys select nothing. Results are indexes into the CensusData's vectors.
namespace cd::censusdrill {

/// Entities: members, organisations, companies, projects, committees, cross_appointments.
QVector<int> rows(const CensusData &data, const QString &entity, const QString &key);

/// memberRows. Keys: all, full, probationary, male, female, sex_unknown, minority, college,
/// age_band:N (0..7), age_unknown, join_period:N (0..3), newly_admitted, converted, overdue,
/// registered, mobile, lost_contact, in_community_orgs, outside_orgs, property_staff, org:ID.
QVector<int> members(const CensusData &data, const QString &key);
/// orgRows. Keys: all, kind:CODE, host:CODE, below_minimum.
QVector<int> organisations(const CensusData &data, const QString &key);
/// companyRows. Keys: all, with_members, with_org, members_without_org, form:CODE, not_covered,
/// covered, yellow_light, rated, red:CODE, credit_code_problem.
QVector<int> companies(const CensusData &data, const QString &key);
/// projectRows. Keys: all, with_members, members_without_org.
QVector<int> projects(const CensusData &data, const QString &key);
/// committeeRows. Keys: all, with_committee, without_committee, meets_share, below_share,
/// not_covered, covered.
QVector<int> committees(const CensusData &data, const QString &key);
/// crossRows. Keys: all, from:BODY, to:BODY.
QVector<int> crossAppointments(const CensusData &data, const QString &key);

} // namespace cd::censusdrill
