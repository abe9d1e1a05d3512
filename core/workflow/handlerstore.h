#pragma once

#include "common/status.h"
#include "workflow/workflowtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cd {

class Database;

/// Someone a request can be dispatched to: a property company (mirrored from the
/// roster's property_company table) or another unit such as a utility or a department.
struct Handler
{
    qint64 id = 0;
    QString name;
    HandlerKind kind = HandlerKind::Other;
    qint64 propertyCompanyId = 0;
    QString contact;
    QString phone;
    bool archived = false;
};

/// The handler list. Property companies join it automatically (database triggers);
/// other units are added here.
class HandlerStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::HandlerStore)

public:
    explicit HandlerStore(Database &database) : m_database(database) {}

    /// Property companies first, then by kind and name.
    Result<QList<Handler>> list(bool includeArchived = false) const;
    Result<Handler> get(qint64 id) const;
    /// By id (a number) or by exact name; a name shared by two kinds is refused as ambiguous.
    Result<Handler> find(const QString &nameOrId) const;
    /// Adds a utility, department or other unit (property companies come from the roster).
    Result<qint64> add(const QString &name, HandlerKind kind, const QString &contact = QString(),
                       const QString &phone = QString());
    Status setArchived(qint64 id, bool archived);

private:
    Database &m_database;
};

} // namespace cd
