#include "common/clock.h"

#include <QTimeZone>

namespace cd {

QString Clock::toText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

QDateTime Clock::fromText(const QString &text)
{
    // Date and time are parsed apart and joined as a naive time, so that no local
    // time-zone rule (a daylight-saving gap) can shift or reject a stored value.
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    if (trimmed.size() != 16 && trimmed.size() != 19)
        return QDateTime();
    const QChar separator = trimmed.at(10);
    if (separator != QLatin1Char('T') && separator != QLatin1Char(' '))
        return QDateTime();
    const QDate date = QDate::fromString(trimmed.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(trimmed.mid(11), trimmed.size() == 19 ? QStringLiteral("HH:mm:ss")
                                                                                : QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, QTimeZone::utc());
}

QDateTime Clock::naive(const QDateTime &localTime)
{
    if (!localTime.isValid())
        return QDateTime();
    const QTime time = localTime.time();
    return QDateTime(localTime.date(), QTime(time.hour(), time.minute(), time.second()), QTimeZone::utc());
}

QDateTime SystemClock::now() const
{
    return naive(QDateTime::currentDateTime());
}

} // namespace cd
