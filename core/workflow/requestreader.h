#pragma once

#include "workflow/request.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>

namespace cd {

class Clock;

/// Reads requests with the names they refer to; shared by the engine, the board and
/// statistics so that every view of a request is built the same way.
class RequestReader
{
    Q_DECLARE_TR_FUNCTIONS(cd::RequestReader)

public:
    /// "SELECT <columns> FROM request r JOIN ..." — callers append WHERE / ORDER BY / LIMIT.
    static QString selectSql();

    /// Column positions of selectSql(), looked up by name once per query.
    explicit RequestReader(const QSqlQuery &query);
    /// The current row; `clock` fills in the deadline colour.
    Request read(const QSqlQuery &query, const Clock &clock) const;

    /// The colour of a request's current round at `now`: none when no clock runs
    /// (returned, closed, or the round's deadline milestone already met).
    static DeadlineColour colourOf(const Request &request, const QDateTime &now);
    /// "estate 3-2-501 · note", "estate Building 3", "Public area · note".
    static QString placeText(PlaceKind kind, const QString &estate, const QString &building,
                             const QString &unit, const QString &room, const QString &note);

private:
    int column(const char *name) const;
    QHash<QString, int> m_columns;
};

} // namespace cd
