#include "roster/creditcode.h"

#include <QCoreApplication>

namespace cd::creditcode {
namespace {

constexpr const char *trContext = "cd::creditcode";

// The 31 symbols in value order; I O Z S V are left out to avoid confusion with digits.
constexpr char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    for (int i = 0; i < 31; ++i)
        if (u == char16_t(alphabet[i]))
            return i;
    return -1;
}

} // namespace

QString normalize(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        if (c.isSpace())
            continue;
        out += c.toUpper();
    }
    return out;
}

QChar checkCharacter(QStringView first17)
{
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return QChar();
        sum += v * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return QLatin1Char(alphabet[check]);
}

Checked check(QStringView input)
{
    Checked result;
    result.normalized = normalize(input);
    const QString &n = result.normalized;
    if (n.isEmpty()) {
        result.problem = Problem::Empty;
        return result;
    }
    if (n.size() == 18)
        result.expectedCheck = checkCharacter(QStringView(n).left(17));
    for (QChar c : n) {
        if (valueOf(c) < 0) {
            result.problem = Problem::BadCharacters;
            return result;
        }
    }
    if (n.size() != 18) {
        result.problem = Problem::BadLength;
        return result;
    }
    if (result.expectedCheck != n.at(17)) {
        result.problem = Problem::BadCheckCharacter;
        return result;
    }
    result.ok = true;
    result.problem = Problem::None;
    return result;
}

QString problemMessage(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QString();
    case Problem::Empty:
        return QCoreApplication::translate(trContext, "The unified social credit code is empty.");
    case Problem::BadLength:
        return QCoreApplication::translate(trContext,
            "A unified social credit code has 18 characters.");
    case Problem::BadCharacters:
        return QCoreApplication::translate(trContext,
            "A unified social credit code contains only digits and capital letters other than "
            "I, O, Z, S and V.");
    case Problem::BadCheckCharacter:
        return QCoreApplication::translate(trContext,
            "The last character of the unified social credit code does not match the others. "
            "Compare it with the business licence; some codes really issued fail this check, "
            "so a correct code may be kept with a note.");
    }
    return QString();
}

} // namespace cd::creditcode
