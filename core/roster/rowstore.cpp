#include "roster/rowstore.h"

#include "roster/rostersql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cd {

namespace {

const QString personTable = QStringLiteral("person");

QString keyWhere(const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << c + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

} // namespace

RowStore::RowStore(QSqlDatabase db, RosterChange *record) : m_db(std::move(db)), m_record(record) {}

QStringList RowStore::keyColumns(const QString &table)
{
    if (table == QLatin1String("person_tag"))
        return {QStringLiteral("person_id"), QStringLiteral("tag")};
    if (table == QLatin1String("red_steward_household"))
        return {QStringLiteral("steward_id"), QStringLiteral("dwelling_id")};
    return {QStringLiteral("id")};
}

bool RowStore::isKnownTable(const QString &table)
{
    static const QStringList tables = {
        QStringLiteral("estate"),    QStringLiteral("grid"),          QStringLiteral("building"),
        QStringLiteral("unit"),      QStringLiteral("dwelling"),      QStringLiteral("person"),
        QStringLiteral("person_tag"), QStringLiteral("residence"),    QStringLiteral("ownership"),
        QStringLiteral("building_leader"), QStringLiteral("red_steward"),
        QStringLiteral("red_steward_household"), QStringLiteral("property_company"),
    };
    return tables.contains(table);
}

Status RowStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return Status::success();
    return Status::failure(tr("The database refused the change: %1").arg(query.lastError().databaseText()));
}

Result<QVariantMap> RowStore::load(const QString &table, const QVariantMap &key) const
{
    Q_ASSERT(isKnownTable(table));
    const QStringList columns = keyColumns(table);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, keyWhere(columns)));
    for (const QString &c : columns)
        query.addBindValue(key.value(c));
    if (!query.exec())
        return Status::failure(tr("Reading from the database failed: %1").arg(query.lastError().databaseText()));
    QVariantMap row;
    if (query.next()) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
    }
    return row;
}

Result<qint64> RowStore::insert(const QString &table, const QVariantMap &values)
{
    Q_ASSERT(isKnownTable(table));
    QStringList marks;
    for (int i = 0; i < values.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, values.keys().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        query.addBindValue(rostersql::bindable(v));
    if (Status s = exec(query); !s)
        return s;
    const qint64 rowId = query.lastInsertId().toLongLong();
    if (m_record) {
        QVariantMap key;
        for (const QString &c : keyColumns(table))
            key.insert(c, c == QLatin1String("id") ? QVariant(rowId) : values.value(c));
        Result<QVariantMap> after = load(table, key);
        if (!after)
            return after.status();
        m_record->rows.push_back({table, key, {}, after.value()});
    }
    return rowId;
}

Status RowStore::update(const QString &table, const QVariantMap &key, const QVariantMap &values)
{
    Q_ASSERT(isKnownTable(table));
    Result<QVariantMap> before = load(table, key);
    if (!before)
        return before.status();
    if (before->isEmpty())
        return Status::failure(tr("The record to change no longer exists."));
    QStringList sets;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        binds << rostersql::bindable(it.value());
    }
    if (table == personTable)
        sets << QStringLiteral("updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')");
    const QStringList columns = keyColumns(table);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                      .arg(table, sets.join(QStringLiteral(", ")), keyWhere(columns)));
    for (const QVariant &v : binds)
        query.addBindValue(v);
    for (const QString &c : columns)
        query.addBindValue(key.value(c));
    if (Status s = exec(query); !s)
        return s;
    Result<QVariantMap> after = load(table, key);
    if (!after)
        return after.status();
    if (m_record && !RowChange::sameValues(before.value(), after.value()))
        m_record->rows.push_back({table, key, before.value(), after.value()});
    return Status::success();
}

Status RowStore::remove(const QString &table, const QVariantMap &key)
{
    Q_ASSERT(isKnownTable(table));
    Result<QVariantMap> before = load(table, key);
    if (!before)
        return before.status();
    if (before->isEmpty())
        return Status::success();
    const QStringList columns = keyColumns(table);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, keyWhere(columns)));
    for (const QString &c : columns)
        query.addBindValue(key.value(c));
    if (Status s = exec(query); !s)
        return s;
    if (m_record)
        m_record->rows.push_back({table, key, before.value(), {}});
    return Status::success();
}

Status RowStore::restore(const QString &table, const QVariantMap &key, const QVariantMap &expected,
                         const QVariantMap &target)
{
    if (!isKnownTable(table))
        return Status::failure(tr("The change names an unknown table."));
    Result<QVariantMap> current = load(table, key);
    if (!current)
        return current.status();
    const bool matches = current->isEmpty() ? expected.isEmpty()
                                            : (!expected.isEmpty() && RowChange::sameValues(current.value(), expected));
    if (!matches)
        return Status::failure(tr("The data was changed in the meantime."));

    RowStore plain(m_db, nullptr);
    if (target.isEmpty())
        return current->isEmpty() ? Status::success() : plain.remove(table, key);
    // A row image holds SQL NULL as a null QString, which insert() and update() would bind as
    // '' (see rostersql::bindable): written back, NULL must stay NULL (moved_out, id_number ...).
    QVariantMap values = target;
    for (QVariant &v : values) {
        if (v.isNull())
            v = QVariant();
    }
    if (current->isEmpty())
        return plain.insert(table, values).status();
    for (const QString &c : keyColumns(table))
        values.remove(c);
    values.remove(QStringLiteral("created_at"));
    values.remove(QStringLiteral("updated_at"));
    return plain.update(table, key, values);
}

} // namespace cd
