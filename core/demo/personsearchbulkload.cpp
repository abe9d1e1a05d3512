#include "demo/personsearchbulkload.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

const char *const kTriggers[] = {"person_search_delete", "person_search_insert", "person_search_update"};

} // namespace

Status PersonSearchBulkLoad::begin()
{
    m_suspended = false;
    m_triggerSql.clear();
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person' "
                                   "ORDER BY name")))
        return Status::failure(tr("Cannot read the database schema: %1").arg(query.lastError().text()));
    QStringList names;
    QStringList sql;
    while (query.next()) {
        names.append(query.value(0).toString());
        sql.append(query.value(1).toString());
    }
    QStringList known;
    for (const char *name : kTriggers)
        known.append(QString::fromLatin1(name));
    // Any other trigger, or a schema without the index: leave everything as it is.
    if (names != known)
        return Status::success();
    qint64 tables = 0, people = 0, grams = 0;
    if (!singleInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                  "('person_fts', 'person_name_gram', 'search_position')"),
                   &tables)
        || tables != 3 || !singleInt(QStringLiteral("SELECT count(*) FROM person"), &people) || people != 0
        || !singleInt(QStringLiteral("SELECT count(*) FROM person_name_gram"), &grams) || grams != 0)
        return Status::success();

    for (const QString &name : names) {
        const Status dropped = exec(QStringLiteral("DROP TRIGGER %1").arg(name));
        if (!dropped.ok())
            return dropped;
    }
    m_triggerSql = sql;
    m_suspended = true;
    return Status::success();
}

Status PersonSearchBulkLoad::finish()
{
    if (!m_suspended)
        return Status::success();
    m_suspended = false;
    for (const QString &sql : m_triggerSql) {
        const Status created = exec(sql);
        if (!created.ok())
            return created;
    }
    // The v2 migration's own statements for filling the index from an existing person table.
    Status status = exec(QStringLiteral(
        "INSERT OR IGNORE INTO person_name_gram(gram, person_id) "
        "SELECT substr(person.name, n, 1), person.id FROM person, search_position WHERE n <= length(person.name) "
        "UNION SELECT substr(person.name, n, 2), person.id FROM person, search_position WHERE n < length(person.name)"));
    if (status.ok())
        status = exec(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('rebuild')"));
    return status;
}

Status PersonSearchBulkLoad::exec(const QString &sql)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return Status::failure(tr("Cannot update the person search index: %1").arg(query.lastError().text()));
    return Status::success();
}

bool PersonSearchBulkLoad::singleInt(const QString &sql, qint64 *value)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql) || !query.next())
        return false;
    *value = query.value(0).toLongLong();
    return true;
}

} // namespace cd
