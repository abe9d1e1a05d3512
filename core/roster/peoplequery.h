#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cd {

/// A search of the people table: the search box text plus filters. It becomes an SQL WHERE
/// clause with bound values (no user text is ever part of the SQL).
///
/// The text is split at spaces into terms that must all match. Each term is read as:
/// - a room reference ("3-2-501", "3栋2单元501室", "3-2", "3栋"): current residents there;
/// - digits (optionally ending in X; spaces and dashes inside a long number are ignored):
///   4 or more digits match anywhere in the ID number or the phone number; a run of digits
///   also matches a room number exactly ("501");
/// - Latin letters: 1–2 letters match the start of the pinyin or the initials ("zs"); 3 or more
///   match anywhere in the pinyin, the initials or the name ("zhangsan", "sanfeng", "zsf");
/// - anything else (Chinese): anywhere in the name ("王", "王建", "张三丰").
/// Note: digits match the whole ID number, including the part a masked display hides.
struct PeopleQuery
{
    enum class Order {
        Roster,  ///< the order people were entered (fast for any result size)
        Name,    ///< by pinyin
        Address, ///< estate, building, unit, room (best within a scope)
    };
    enum class TermKind { Room, Digits, Latin, Name };

    QString text;
    QString tag;             ///< a special-group code
    QString politicalStatus; ///< a political status code
    QString occupancy;       ///< occupancy code of the current dwelling
    qint64 gridId = 0;
    // Scope: current residents of an estate, building, unit or dwelling (the narrowest given wins).
    qint64 estateId = 0;
    qint64 buildingId = 0;
    qint64 unitId = 0;
    qint64 dwellingId = 0;
    bool includeArchived = false;
    Order order = Order::Roster;

    /// The WHERE clause over `person p` (without the word WHERE) and its values in order.
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    Where where() const;

    /// The terms of the search text, tidied (full-width to ASCII, Latin lower-cased).
    static QStringList terms(QStringView text);
    static TermKind classify(const QString &term);
};

} // namespace cd
