#pragma once

#include "common/status.h"

#include <QString>

namespace cd {

class Database;

/// Settings that belong to the community's data (the `setting` table), not to one PC.
namespace settingstore {

QString value(Database &database, const QString &key, const QString &fallback = QString());
Status setValue(Database &database, const QString &key, const QString &value);

/// The community's name as printed on documents, e.g. 幸福社区 (key community.name).
QString communityName(Database &database);
Status setCommunityName(Database &database, const QString &name);

} // namespace settingstore
} // namespace cd
