#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>
#include <vector>

namespace cd {

/// One row written by an edit: its table and key, and the whole row before and after.
/// An empty `before` means the edit inserted the row; an empty `after` means it deleted it.
struct RowChange
{
    QString table;
    QVariantMap key;
    QVariantMap before;
    QVariantMap after;

    bool isInsert() const { return before.isEmpty(); }
    bool isDelete() const { return after.isEmpty(); }

    /// Column names whose values differ between before and after (bookkeeping columns left out).
    QStringList changedColumns() const;

    /// JSON text of a row image or key, and back; integers stay integers, NULL stays NULL.
    static QString toJson(const QVariantMap &row);
    static QVariantMap fromJson(const QString &json);
    /// True when two row images hold the same values (bookkeeping columns ignored).
    static bool sameValues(const QVariantMap &a, const QVariantMap &b);
};

/// Everything one roster edit wrote, in order. The UI keeps it on its undo stack:
/// RosterRepository::revert() puts the rows back as they were (in reverse order) and
/// RosterRepository::reapply() writes them again; both refuse, leaving the data untouched,
/// when a row was changed by something else in between.
struct RosterChange
{
    QString description; ///< what the edit did, for the undo menu ("Edit 张三")
    qint64 id = 0;       ///< the main row the edit created or changed
    std::vector<RowChange> rows;

    bool isEmpty() const { return rows.empty(); }
};

} // namespace cd
