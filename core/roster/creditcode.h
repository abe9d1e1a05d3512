#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

/// Unified social credit codes (统一社会信用代码, GB 32100-2015) of property companies and other
/// organisations. Some codes really issued fail the check, so a failed check is a warning the UI
/// may let the user override (with a note); `expectedCheck` tells what the check asks for.
namespace cd::creditcode {

enum class Problem {
    None,
    Empty,
    BadLength,         // not 18 characters
    BadCharacters,     // outside 0-9 A-H J-N P-R T U W-Y (no I O Z S V)
    BadCheckCharacter, // the 18th character does not match the first 17
};

struct Checked
{
    bool ok = false;
    QString normalized;   // trimmed, half-width, upper-case, inner spaces removed
    Problem problem = Problem::Empty;
    QChar expectedCheck;  // what the 18th character should be; null unless the first 17 are valid
};

/// Trims, turns full-width characters into ASCII, removes inner spaces and upper-cases.
QString normalize(QStringView input);

/// Check character for 17 valid characters: weights 3^(i-1) mod 31, check value 31 - (sum mod 31),
/// where 31 becomes 0. Null when `first17` is not 17 characters of the code's alphabet.
QChar checkCharacter(QStringView first17);

/// Normalises and validates `input`.
Checked check(QStringView input);

/// A translated English sentence for the problem (empty for None).
QString problemMessage(Problem problem);

} // namespace cd::creditcode
