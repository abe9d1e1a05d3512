#pragma once

#include <QString>
#include <QStringView>

/// Pinyin of personal names for search and sorting, through ICU's transliterators
/// ("Han-Latin/Names" for the surname, "Han-Latin" for the given name, then "Latin-ASCII").
/// Results are cached per character, so both functions are fast and may be called from any thread.
/// Non-Han characters pass through lower-cased (full-width letters and digits become ASCII);
/// whitespace is dropped and every middle-dot variant (·・‧) becomes U+00B7, the one non-ASCII
/// character the output can hold (阿依古丽·买买提 -> "ayiguli·maimaiti"). ü is written v (吕 -> "lv").
namespace cd::pinyin {
QString full(QStringView name);      // 张三丰 -> "zhangsanfeng" (lower-case ASCII, no tones, no spaces)
QString initials(QStringView name);  // 张三丰 -> "zsf"
}
