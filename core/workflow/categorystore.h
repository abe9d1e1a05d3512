#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cd {

class Database;

/// A request category (水电维修, 停车 ...).
struct RequestCategory
{
    qint64 id = 0;
    QString name;
    int sortOrder = 0;
    bool archived = false;
};

/// The editable list of request categories. Categories in use are archived, never
/// deleted, so that old requests keep their category.
class CategoryStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::CategoryStore)

public:
    explicit CategoryStore(Database &database) : m_database(database) {}

    /// In display order.
    Result<QList<RequestCategory>> list(bool includeArchived = false) const;
    /// The category with this exact name (after trimming), or with this id when `nameOrId` is a number.
    Result<RequestCategory> find(const QString &nameOrId) const;
    /// Appends a category at the end of the list.
    Result<qint64> add(const QString &name);
    Status rename(qint64 id, const QString &name);
    Status setArchived(qint64 id, bool archived);
    /// Removes a category no request uses; a used one must be archived instead.
    Status remove(qint64 id);

private:
    Database &m_database;
};

} // namespace cd
