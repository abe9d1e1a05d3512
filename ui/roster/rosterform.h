#pragma once

#include "common/status.h"
#include "roster/rostercodes.h"

#include <QString>

class QComboBox;
class QLabel;
class QWidget;

/// Small helpers shared by the roster's forms: combo boxes over RosterCodes, the relation field,
/// and the red "this field is wrong" look.
namespace cd::rosterform {

/// Fills `combo` with the codes of `list` (labels shown, codes as item data), keeping the current
/// code when it is still there. `emptyText` non-empty adds a first item with an empty code.
void fillCodes(QComboBox *combo, RosterCodes::List list, const QString &emptyText = QString());
QString currentCode(const QComboBox *combo);
/// Selects `code`; an unknown code is added as its own item so that nothing is lost.
void setCurrentCode(QComboBox *combo, const QString &code);

/// An editable combo box with the usual relations to the head of household (户主, 配偶 ...).
QComboBox *createRelationBox(QWidget *parent);

/// A small red label under a field, hidden while it has no text.
QLabel *createErrorLabel(QWidget *parent);
/// Shows `message` in `label` (hides it when empty) and marks `field` as wrong or right.
void showFieldError(QWidget *field, QLabel *label, const QString &message);

/// The style sheet that gives fields marked wrong a red frame, for a form's top widget.
QString formStyleSheet();

/// Shows a refused save in `summary` under the form; true when the save went through.
bool saveSucceeded(QLabel *summary, const Status &saved);

} // namespace cd::rosterform
