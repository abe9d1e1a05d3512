#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace cd::idnumber {

/// GB 11643-1999 check character for the first 17 digits ('0'..'9' or 'X');
/// a null QChar when `first17` is not 17 ASCII digits.
QChar checkCharacter(QStringView first17);

} // namespace cd::idnumber
