#include "roster/importbulkinsert.h"

#include <QSqlError>

namespace cd {

namespace {

// Stays under SQLite's historical limit of 999 bound values per statement.
constexpr int maxBoundValues = 999;
constexpr int maxRowsPerStatement = 64;

} // namespace

ImportBulkInsert::ImportBulkInsert(QSqlDatabase db, QString table, QStringList columns, QString verb)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_verb(std::move(verb))
{
    m_rowsPerStatement = qBound(1, maxBoundValues / int(qMax<qsizetype>(m_columns.size(), 1)), maxRowsPerStatement);
    m_values.reserve(size_t(m_rowsPerStatement * m_columns.size()));
}

void ImportBulkInsert::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) == m_columns.size());
    m_values.insert(m_values.end(), values.begin(), values.end());
}

QSqlQuery *ImportBulkInsert::statement(int rows, Status &status)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end())
        return &it.value();
    QString one = QStringLiteral("(?");
    for (int c = 1; c < m_columns.size(); ++c)
        one += QStringLiteral(", ?");
    one += QLatin1Char(')');
    QStringList tuples;
    for (int r = 0; r < rows; ++r)
        tuples << one;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("%1 INTO %2(%3) VALUES %4")
                       .arg(m_verb, m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", "))))) {
        status = Status::failure(q.lastError().databaseText());
        return nullptr;
    }
    return &m_statements.insert(rows, q).value();
}

Status ImportBulkInsert::flush(int *failedRow)
{
    if (failedRow)
        *failedRow = -1;
    const int columns = int(m_columns.size());
    const int total = pending();
    for (int done = 0; done < total;) {
        const int rows = qMin(total - done, m_rowsPerStatement);
        Status status = Status::success();
        QSqlQuery *q = statement(rows, status);
        if (!q)
            return status;
        const size_t first = size_t(done) * size_t(columns);
        for (int i = 0; i < rows * columns; ++i)
            q->bindValue(i, m_values[first + size_t(i)]);
        if (!q->exec()) {
            const Status failed = Status::failure(q->lastError().databaseText());
            // Row by row, to name the row that was refused (the failed statement left nothing).
            QSqlQuery *one = failedRow ? statement(1, status) : nullptr;
            for (int r = 0; one && r < rows; ++r) {
                for (int c = 0; c < columns; ++c)
                    one->bindValue(c, m_values[first + size_t(r * columns + c)]);
                if (!one->exec()) {
                    *failedRow = done + r;
                    break;
                }
            }
            m_values.clear();
            return failed;
        }
        done += rows;
    }
    m_values.clear();
    return Status::success();
}

} // namespace cd
