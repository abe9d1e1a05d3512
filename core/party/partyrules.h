#pragma once

#include "party/partytypes.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

/// The party's counting rules as pure functions (党章, 支部工作条例, the annual statistics with
/// cut-off 31 December). Everything the census counts goes through these, so a count and the
/// list behind it always agree.
namespace cd::partyrules {

/// Number of age bands: ≤30, 31–35, 36–40, 41–45, 46–50, 51–55, 56–60, ≥61.
constexpr int ageBandCount = 8;
/// Number of join periods (see joinPeriod()).
constexpr int joinPeriodCount = 4;
/// A branch needs at least this many full members; fewer should join a joint branch.
constexpr int branchMinimumFullMembers = 3;
/// From this many full members a branch elects a branch committee.
constexpr int branchCommitteeFullMembers = 7;
/// 失联: no contact for this many months.
constexpr int lostContactMonths = 6;

/// End of probation: one year after admission, two when extended.
QDate probationEnd(QDate joined, bool extended);
/// Full member on `day`: converted (转正) on or before it.
bool isFullOn(const PartyMember &member, QDate day);
/// Probationary past the end of probation on `day` without conversion.
bool isProbationOverdue(const PartyMember &member, QDate day);
/// No contact for six months or more on `day` (only when a last contact is on record).
bool isLostContact(QDate lastContact, QDate day);
/// A member on `day`: admitted on or before it and not left by then.
bool isMemberOn(const PartyMember &member, QDate day);

/// Whole years of age on `day`; -1 when the birth date is unknown or after `day`.
int ageOn(QDate birth, QDate day);
/// The band index 0..7 of an age, -1 for an unknown age (< 0).
int ageBand(int age);
/// Stable keys of the bands for JSON: le30, 31_35, ..., ge61.
QStringList ageBandKeys();
/// The bands as the census forms print them: 30岁及以下, 31—35岁, ..., 61岁及以上.
QStringList ageBandTerms();

/// 0: before 1949-10-01 (新中国成立前); 1: to 1978-12-22 (十一届三中全会前); 2: to 2012-11-07
/// (党的十八大前); 3: from 2012-11-08 (党的十八大以来). -1 for an unknown date.
int joinPeriod(QDate joined);
QStringList joinPeriodKeys();
QStringList joinPeriodTerms();

/// 大专及以上: the free-text education of the roster names a college degree or higher
/// (大专, 专科, 本科, 大学, 硕士, 博士, 研究生, or the English words).
bool isCollegeEducated(const QString &education);
/// An ethnic minority: a recorded ethnicity other than 汉族. Empty is unknown (false).
bool isMinority(const QString &ethnicity);

/// Checks a member before saving. `birth` (may be null) bounds the admission age (18);
/// `today` bounds the dates. Problems name the PartyMember field.
QVector<FieldProblem> checkMember(const PartyMember &member, QDate birth, QDate today);

} // namespace cd::partyrules
