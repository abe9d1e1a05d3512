#pragma once

#include "io/sheetcell.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

/// Rules for values that pass through spreadsheets: Excel date serials, dates typed as
/// text, numbers shown as the user typed them, and formula-injection neutralising.
namespace cd::sheetvalue {

/// Excel (1900 date system) serial to a date; the time fraction is ignored.
/// Day 1 = 1900-01-01; 60 is Excel's fictitious 1900-02-29 and gives an invalid date;
/// from 61 on the date is 1899-12-30 + serial. Invalid below 1 and after 9999-12-31.
QDate dateFromSerial(double serial);

/// The inverse of dateFromSerial(); nothing for dates before 1900-01-01 or after 9999-12-31.
std::optional<int> serialFromDate(const QDate &date);

/// A date typed as text: 1990-01-02, 1990/1/2, 1990.1.2, 1990年1月2日, 19900102
/// (full-width digits allowed, an optional trailing time such as " 08:30:00" ignored).
/// Invalid when the text is no such date or names an impossible day (1990-02-30).
QDate parseTextDate(QStringView text);

/// The date a cell holds: a date-formatted number, an eight-digit number 19900102, or a
/// text date. Numbers without a date format (1998.1 from a typed "1998.10") give an
/// invalid date because they are ambiguous.
QDate cellDate(const SheetCell &cell);

/// A number as a user would have typed it: integers without ".0", at most the 15
/// significant digits Excel keeps (0.30000000000000004 -> "0.3"), no exponent for
/// integers below 1e21 (4.40524188001E+17 -> "440524188001000000").
QString numberText(double value);

/// The text a user sees for a cell: numberText() for numbers, yyyy-MM-dd for dated
/// numbers, TRUE/FALSE for booleans, the stored text otherwise.
QString displayText(const SheetCell &cell);

/// Column letters for a 0-based column index (0 -> "A", 26 -> "AA"); empty when negative.
QString columnName(int column);

/// Guards an exported text cell against formula injection: text starting with = + - @,
/// tab or CR gets a leading apostrophe. Text that already starts with apostrophes
/// followed by such a character gets one more, so unneutralise() restores every input.
QString neutralise(const QString &text);

/// Removes the apostrophe neutralise() added; other text is returned unchanged.
QString unneutralise(const QString &text);

} // namespace cd::sheetvalue
