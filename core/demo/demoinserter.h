#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace cd {

/// One prepared INSERT reused for every row of a table: prepare once, bind, exec. The table and
/// column names are fixed identifiers from the generator's code, never user text; every value
/// is bound. A null QVariant() writes NULL.
class DemoInserter
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoInserter)

public:
    DemoInserter(const QSqlDatabase &database, const char *table, const QStringList &columns);

    /// False (with the reason in status()) when the statement could not be prepared.
    bool isReady() const { return m_status.ok(); }
    const Status &status() const { return m_status; }

    /// Binds `values` in column order and runs the statement.
    Status insert(std::initializer_list<QVariant> values);

private:
    QSqlQuery m_query;
    QString m_table;
    Status m_status = Status::success();
};

} // namespace cd
