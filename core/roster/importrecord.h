#pragma once

#include "roster/rostertypes.h"

#include <QString>
#include <optional>

namespace cd {

/// One thing wrong with an imported row: the spreadsheet row (1-based, as Excel shows it),
/// the column (its header) and the reason. Reasons never quote an ID or phone number in full.
struct ImportProblem
{
    int row = 0;
    int column = -1;   ///< 0-based; -1 when the problem concerns the whole row
    QString header;    ///< the column's header, or its letter
    QString reason;
};

/// One row of an imported roster, parsed and checked on its own (without the database).
struct ImportRecord
{
    int row = 0;
    Person person;
    QString estate;   ///< empty: the import's default estate
    QString building; ///< empty: the person has no address in the file
    QString unit;
    QString room;
    qint64 areaCenti = -1; ///< -1: not given
    QString occupancy;     ///< code; empty when not given
    QString relation;
    std::optional<bool> owner;

    bool hasAddress() const { return !building.isEmpty(); }
};

} // namespace cd
