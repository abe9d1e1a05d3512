#pragma once

#include <QString>
#include <QStringView>

/// Phone numbers in the roster's phone field: mainland mobile numbers (^1[3-9]\d{9}$ after
/// stripping +86 / 0086, spaces and dashes) and fixed-line numbers (024-12345678), which are
/// accepted but told apart. Nothing here logs or returns the number inside a message.
namespace cd::mobile {

enum class Kind {
    Invalid,
    Mobile,   // normalised to 11 digits: 13800138000
    Landline, // normalised to "0AA(A)-LLLLLLL(L)[-EXT]", or the bare local number without area code
};

struct Classified
{
    Kind kind = Kind::Invalid;
    QString normalized; // empty when Invalid
};

/// Full-width to ASCII, drops spaces, dashes, dots and brackets, and a leading +86 / 0086.
/// The result is the bare digit string that isMobile() tests.
QString strip(QStringView input);

/// True for a mainland mobile number in any of the accepted spellings.
bool isMobile(QStringView input);

/// The 11-digit form of a mobile number; empty when `input` is not one.
QString normalize(QStringView input);

/// Mobile, landline or invalid, with the normalised form. A landline is never refused:
/// callers store it and may warn that it cannot receive text messages.
Classified classify(QStringView input);

/// For screen and paper: 138****8000. A landline keeps its area code and last 4 digits
/// (024-****5678); anything else keeps only its last 2 characters. Empty stays empty.
QString mask(QStringView input);

} // namespace cd::mobile
