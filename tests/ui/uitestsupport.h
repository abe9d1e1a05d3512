#pragma once

#include "testsupport.h"

#include <QCoreApplication>
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

/// Delivers posted events a few times over: deferred refreshes post further events when shown.
inline void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace cd::test
