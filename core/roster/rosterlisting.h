#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>

namespace cd {

class Database;

/// One line of the 花名册: a person at their current address (or without one, for owners
/// who live elsewhere), in estate / building / unit / room order.
struct RosterLine
{
    qint64 personId = 0;
    QString estate;
    QString building;
    QString unit;
    QString room;
    qint64 areaCenti = -1; ///< -1 without a dwelling
    QString occupancy;     ///< code
    QString name;
    QString sex;           ///< M / F
    QString idNumber;      ///< as stored (mask before showing)
    QDate birthDate;
    QString phone;         ///< as stored (mask before showing)
    QString ethnicity;
    QString politicalStatus; ///< code
    QString hukou;           ///< code
    QString relation;
    bool owner = false;
    QStringList tags;        ///< codes
    QString notes;
};

/// Which part of the roster to list.
struct RosterScope
{
    QString estateName;  ///< empty: every estate
    QString building;    ///< with an estate: only this building number
    bool residentsOnly = false;
};

/// Streams the roster in address order, one query, for exports and printing.
class RosterListing
{
    Q_DECLARE_TR_FUNCTIONS(cd::RosterListing)

public:
    /// Calls `visit` per line until it returns false. Fails when the estate or building of
    /// the scope does not exist.
    static Status forEach(Database &database, const RosterScope &scope,
                          const std::function<bool(const RosterLine &)> &visit);
};

} // namespace cd
