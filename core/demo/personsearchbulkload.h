#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace cd {

/// Loads many people into an EMPTY person table without paying for the search triggers row by
/// row. The person search index (schema v2: person_fts, person_name_gram, kept by the triggers
/// person_search_insert/delete/update) costs about twice the insert itself when fed one row at a
/// time; built afterwards from the whole table it costs half as much.
///
/// begin() drops those triggers (inside the caller's transaction, so a rollback brings them back)
/// only when the schema is exactly the known one and the index is empty; otherwise it does
/// nothing and the triggers keep the index as usual. finish() recreates the triggers from their
/// saved SQL and builds the index with the same statements the v2 migration uses.
class PersonSearchBulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(cd::PersonSearchBulkLoad)

public:
    explicit PersonSearchBulkLoad(const QSqlDatabase &database) : m_database(database) {}

    Status begin();
    Status finish();
    /// True between begin() and finish() when the triggers were suspended.
    bool isSuspended() const { return m_suspended; }

private:
    Status exec(const QString &sql);
    bool singleInt(const QString &sql, qint64 *value);

    QSqlDatabase m_database;
    QStringList m_triggerSql;
    bool m_suspended = false;
};

} // namespace cd
