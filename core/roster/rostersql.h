#pragma once

// Small conversions shared by the roster's SQL code (not a public interface).

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <optional>

namespace cd::rostersql {

/// Dates are stored as ISO text ("2024-03-05"); a null date is NULL.
inline QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

inline QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

/// Optional references: 0 is NULL.
inline QVariant ref(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

inline QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

inline std::optional<int> toOptionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

/// A null QString would bind as SQL NULL: text is bound as '' instead (NULL is an empty QVariant).
inline QVariant bindable(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

/// Prepares `sql`, binds `values` in order and runs it.
inline bool run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &v : values)
        query.addBindValue(bindable(v));
    return query.exec();
}

/// The first column of the first row, or an invalid QVariant.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    if (!run(query, sql, values) || !query.next())
        return QVariant();
    return query.value(0);
}

} // namespace cd::rostersql
