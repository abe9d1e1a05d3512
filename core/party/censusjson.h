#pragma once

#include "party/censusdata.h"

#include <QJsonObject>

/// CensusData as JSON with English keys: how census rounds are stored and what
/// `communitydesk-cli census stats --json` prints (docs/census-stats.md lists the keys).
/// Dates are ISO text or null; rates are fractions rounded to 4 decimals (null when undefined).
namespace cd::censusjson {

/// Everything but the member roster (which holds personal data).
QJsonObject toJson(const CensusData &data);
/// Reads what toJson() wrote; unknown keys are ignored, missing ones stay at their defaults.
CensusData fromJson(const QJsonObject &object);

QJsonObject ratioJson(const Ratio &ratio);

/// One line of the member roster, as census rounds store it.
QJsonObject memberToJson(const CensusMemberRow &row);
CensusMemberRow memberFromJson(const QJsonObject &object);

} // namespace cd::censusjson
