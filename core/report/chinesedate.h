#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cd {

/// 2026年11月5日 — the way official documents write dates (no leading zeros).
QString chineseDate(const QDate &date);
/// 2026年11月5日 14:30
QString chineseDateTime(const QDateTime &dateTime);
/// 2026年11月
QString chineseMonth(int year, int month);

} // namespace cd
