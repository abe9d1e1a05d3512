#pragma once

#include <QIcon>
#include <QString>

namespace cd {

/// A navigation icon from the embedded glyphs (:/icons/png/nav-<name>-20/40.png):
/// grey normally, accent red when selected. Names: overview, roster, party, election,
/// workflow, meeting, reports.
QIcon navigationIcon(const QString &name);

/// The program's own icon, every size embedded.
QIcon applicationIcon();

/// Accent colour of the program (the red of the party emblem).
constexpr unsigned accentRgb = 0xc8102e;

} // namespace cd
