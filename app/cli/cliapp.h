#pragma once

#include <QStringList>
#include <QTextStream>

namespace cd::cli {

/// Runs communitydesk-cli with `arguments` (without the program name).
/// Global options (--db FILE, --json, --help) may stand before or after the command.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cd::cli
