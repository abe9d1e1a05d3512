#pragma once

// The prepared statements of ImportWriter, shared by its source files (not a public header).
#include "roster/importwriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cd {

struct ImportWriter::Queries
{
    explicit Queries(const QSqlDatabase &db)
        : findPerson(db), insertPerson(db), insertTag(db), insertResidence(db), insertOwnership(db),
          currentResidences(db), currentOwners(db), history(db)
    {
        for (int i = 0; i < 4; ++i) {
            findPlace[i] = QSqlQuery(db);
            insertPlace[i] = QSqlQuery(db);
        }
    }
    QSqlQuery findPlace[4];
    QSqlQuery insertPlace[4];
    QSqlQuery findPerson, insertPerson, insertTag, insertResidence, insertOwnership;
    QSqlQuery currentResidences, currentOwners, history;
};

} // namespace cd
