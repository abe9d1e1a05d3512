#pragma once

// Small helpers shared by the election sources: prepare, bind every value, run.

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace cd::electionsql {

/// A text value that binds as '' even when the QString is null (a null QString binds NULL).
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

/// Prepares, binds and runs. Null QStrings bind as '' (the columns are NOT NULL text); use
/// nullable() for a real NULL.
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value.typeId() == QMetaType::QString ? text(value.toString()) : value);
    return query.exec();
}

inline QString errorText(const QSqlQuery &query)
{
    return query.lastError().text();
}

/// NULL for an empty text (an invalid QVariant binds NULL).
inline QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace cd::electionsql
