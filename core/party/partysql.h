#pragma once

// Small conversions shared by the party code's SQL (not a public interface).

#include "common/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>

#include <initializer_list>

namespace cd::partysql {

/// Dates are ISO text; a null date is NULL.
inline QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

/// Text for a NOT NULL column: a null QString would be bound as NULL, so it becomes ''.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

/// Optional references: 0 is NULL.
inline QVariant ref(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

/// Prepares `sql`, binds `values` in order and runs it.
inline bool run(QSqlQuery &query, const QString &sql, const QVector<QVariant> &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec();
}

/// A failure naming the database's own message (never data values).
inline Status failed(const QSqlQuery &query)
{
    return Status::failure(QCoreApplication::translate("cd::PartyStore", "The database refused the change: %1")
                               .arg(query.lastError().databaseText()));
}

/// The first column of the first row, or an invalid QVariant.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVector<QVariant> &values)
{
    QSqlQuery query(db);
    if (!run(query, sql, values) || !query.next())
        return QVariant();
    return query.value(0);
}

} // namespace cd::partysql
