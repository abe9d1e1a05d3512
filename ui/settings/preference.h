#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>
#include <utility>

namespace cd {

/// A typed user preference kept in QSettings, declared once with its default:
///
///     inline const Preference<bool> showArchived{QStringLiteral("roster/showArchived"), false};
///     if (showArchived.value()) ...
///
/// A stored value that cannot be read as T counts as unset.
template <typename T>
class Preference
{
public:
    Preference(QString key, T defaultValue) : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }

    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    bool isSet() const { return QSettings().contains(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace cd
