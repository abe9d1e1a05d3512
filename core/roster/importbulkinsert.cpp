#include "roster/importbulkinsert.h"

#include <QSqlError>

namespace cd {

namespace {

constexpr int rowsPerStatement = 256;

// A value as JSON: text quoted and escaped, integers as numbers, NULL as null.
void appendJson(QString &out, const QVariant &v)
{
    if (v.isNull()) {
        out += QLatin1String("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        out += QString::number(v.toLongLong());
        return;
    default:
        break;
    }
    const QString text = v.toString();
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace

ImportBulkInsert::ImportBulkInsert(QSqlDatabase db, QString table, QStringList columns, QString verb)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_verb(std::move(verb))
{
    m_rowsPerStatement = rowsPerStatement;
    m_json.reserve(64 * 1024);
    m_json = QStringLiteral("[");
}

void ImportBulkInsert::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) == m_columns.size());
    if (m_rows > 0)
        m_json += QLatin1Char(',');
    m_json += QLatin1Char('[');
    bool first = true;
    for (const QVariant &v : values) {
        if (!first)
            m_json += QLatin1Char(',');
        first = false;
        appendJson(m_json, v);
    }
    m_json += QLatin1Char(']');
    ++m_rows;
}

Status ImportBulkInsert::prepare()
{
    if (m_prepared)
        return Status::success();
    // The rows arrive as one bound JSON array: one statement run and one bound value per flush.
    QStringList values;
    for (int c = 0; c < m_columns.size(); ++c)
        values << QStringLiteral("json_extract(value, '$[%1]')").arg(c);
    m_insert = QSqlQuery(m_db);
    if (!m_insert.prepare(QStringLiteral("%1 INTO %2(%3) SELECT %4 FROM json_each(?) ORDER BY key")
                              .arg(m_verb, m_table, m_columns.join(QStringLiteral(", ")),
                                   values.join(QStringLiteral(", ")))))
        return Status::failure(m_insert.lastError().databaseText());
    m_prepared = true;
    return Status::success();
}

Status ImportBulkInsert::flush(int *failedRow)
{
    if (failedRow)
        *failedRow = -1;
    if (m_rows == 0)
        return Status::success();
    if (Status s = prepare(); !s)
        return s;
    m_json += QLatin1Char(']');
    m_insert.bindValue(0, m_json);
    const bool ok = m_insert.exec();
    const QString error = ok ? QString() : m_insert.lastError().databaseText();
    m_insert.finish();
    if (!ok && failedRow) {
        // Row by row, to name the row that was refused (the failed statement left nothing).
        QSqlQuery rows(m_db);
        if (rows.prepare(QStringLiteral("SELECT value FROM json_each(?) ORDER BY key"))) {
            rows.bindValue(0, m_json);
            if (rows.exec()) {
                for (int r = 0; rows.next(); ++r) {
                    m_insert.bindValue(0, QString(QLatin1Char('[') + rows.value(0).toString() + QLatin1Char(']')));
                    if (!m_insert.exec()) {
                        *failedRow = r;
                        break;
                    }
                }
            }
        }
    }
    m_json = QStringLiteral("[");
    m_rows = 0;
    if (!ok)
        return Status::failure(error);
    return Status::success();
}

} // namespace cd
