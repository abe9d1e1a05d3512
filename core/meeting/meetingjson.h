#pragma once

#include "common/status.h"
#include "meeting/meetingtypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cd {

/// Meetings as JSON for the command line (keys documented in README): reading names the
/// first wrong key; writing gives the same shape back with ids.
class MeetingJson
{
    Q_DECLARE_TR_FUNCTIONS(cd::MeetingJson)

public:
    static Result<Meeting> fromJson(const QJsonObject &object);
    static QJsonObject toJson(const Meeting &meeting);
};

} // namespace cd
