#pragma once

// Preferences read in more than one place. Those used by one class only are declared
// beside that class.
#include "settings/preference.h"

#include <QString>

namespace cd::prefs {

/// "zh_CN" or "en"; empty follows the system language.
inline const Preference<QString> language{QStringLiteral("ui/language"), QString()};
/// The database opened last; the next start opens it again.
inline const Preference<QString> lastDatabase{QStringLiteral("database/last"), QString()};
/// Folder of the last file chosen in a file dialog.
inline const Preference<QString> lastFolder{QStringLiteral("files/lastFolder"), QString()};

} // namespace cd::prefs
