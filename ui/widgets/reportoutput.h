#pragma once

#include <QString>

class QWidget;

namespace cd {

class ReportDocument;

/// Showing and saving printed documents, the same way on every page.
namespace reportoutput {

/// Print preview (with Print) at the document's layout resolution, so running headers and
/// page numbers keep their size on any printer. Returns false with `error` set when painting failed.
bool preview(QWidget *parent, ReportDocument &report, QString *error = nullptr);

/// Asks where to save (suggested in Documents as `baseName.extension`; extension "pdf" or
/// "odt"); returns the chosen path with its suffix, or empty when the user cancelled.
QString askSavePath(QWidget *parent, const QString &title, const QString &baseName, const QString &extension);

} // namespace reportoutput
} // namespace cd
