#include "db/migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1, &schemaV1Roster},
        {2, &schemaV2SearchBatches},
        {3, &schemaV3Workflow},
        {4, &schemaV4Meetings},
        {5, &schemaV5Election},
        {6, &schemaV6Party},
    };
    return steps;
}

Status execStatements(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            return Status::failure(QCoreApplication::translate("cd::Database",
                                                               "Schema change failed: %1")
                                       .arg(query.lastError().text()));
        }
    }
    return Status::success();
}

} // namespace cd
