#pragma once

#include <QString>

namespace cd {

/// Names the application for QSettings and QStandardPaths; both executables call it first.
void setApplicationIdentity();

/// The program version, e.g. "0.1.0".
QString applicationVersion();

} // namespace cd
