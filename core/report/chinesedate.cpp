#include "report/chinesedate.h"

namespace cd {

QString chineseDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString chineseDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    return chineseDate(dateTime.date()) + QLatin1Char(' ') + dateTime.time().toString(QStringLiteral("HH:mm"));
}

QString chineseMonth(int year, int month)
{
    return QStringLiteral("%1年%2月").arg(year).arg(month);
}

} // namespace cd
