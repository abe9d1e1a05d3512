#pragma once

#include <QString>

namespace cd::reportfonts {

// No commercial fonts are bundled: each role takes the first installed family from a list
// that starts with what Chinese offices have (Windows) and ends with free CJK fonts. On Linux the
// AR PL and WenQuanYi fonts come before Noto CJK: Noto shares glyphs between ideographs and
// radicals (小/⼩), so text copied out of a PDF made with it comes back as radicals.

/// 小标宋 for titles.
QString titleFamily();
/// 仿宋 for the body of official documents.
QString bodyFamily();
/// 黑体 for headings and table headers.
QString headingFamily();
/// A plain sans family for tables and figures.
QString tableFamily();

} // namespace cd::reportfonts
