#pragma once

#include "testsupport.h"

#include <QSettings>

namespace cd::test {

/// Points QSettings at a private folder for the whole test run, so tests never read
/// or change the user's own settings.
inline void useTemporarySettings()
{
    static TempDir settingsDir;
    static const bool done = [] {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace cd::test
