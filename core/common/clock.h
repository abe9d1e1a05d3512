#pragma once

#include <QDateTime>
#include <QString>

namespace cd {

/// Source of "now" for anything that measures time (deadlines, ages, terms).
/// Code asks an injected Clock instead of QDateTime::currentDateTime() so that
/// tests can stand still or move time forward.
///
/// Stored times are local wall-clock times written as 'YYYY-MM-DDTHH:MM:SS'.
/// Arithmetic on them is done on that naive wall-clock value (QDateTime in UTC
/// spec), so differences never shift with the machine's time zone rules.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current local wall-clock time, whole seconds, as a naive (UTC-spec) QDateTime.
    virtual QDateTime now() const = 0;

    /// 'YYYY-MM-DDTHH:MM:SS' of now().
    QString nowText() const { return toText(now()); }

    /// 'YYYY-MM-DDTHH:MM:SS'; empty for an invalid time.
    static QString toText(const QDateTime &time);
    /// Parses 'YYYY-MM-DDTHH:MM:SS' (also 'YYYY-MM-DD HH:MM[:SS]' and a bare date, taken as
    /// midnight) into a naive time; invalid when the text is not such a time.
    static QDateTime fromText(const QString &text);
    /// The naive form of a local time, dropping milliseconds.
    static QDateTime naive(const QDateTime &localTime);
};

/// The machine's clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that only moves when told; for tests and for replaying history (demo data).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start) : m_now(naive(start)) {}
    explicit ManualClock(const QString &start) : m_now(fromText(start)) {}

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = naive(time); }
    void set(const QString &text) { m_now = fromText(text); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMinutes(qint64 minutes) { m_now = m_now.addSecs(minutes * 60); }

private:
    QDateTime m_now;
};

} // namespace cd
