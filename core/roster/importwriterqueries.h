#pragma once

// The prepared statements of ImportWriter, shared by its source files (not a public header).
#include "roster/importbulkinsert.h"
#include "roster/importwriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cd {

struct ImportWriter::Queries
{
    explicit Queries(const QSqlDatabase &db)
        : findPerson(db), insertResidence(db), insertOwnership(db),
          currentResidences(db), currentOwners(db), history(db),
          newDwellings(db, QStringLiteral("dwelling"), {QStringLiteral("id"), QStringLiteral("unit_id"), QStringLiteral("room"),
                                                        QStringLiteral("area_centi"), QStringLiteral("occupancy")}),
          newPeople(db, QStringLiteral("person"),
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("sex"), QStringLiteral("id_number"),
                     QStringLiteral("birth_date"), QStringLiteral("phone"), QStringLiteral("ethnicity"),
                     QStringLiteral("political_status"), QStringLiteral("hukou"), QStringLiteral("notes"),
                     QStringLiteral("name_pinyin"), QStringLiteral("name_initials"), QStringLiteral("created_at"),
                     QStringLiteral("updated_at")}),
          newTags(db, QStringLiteral("person_tag"), {QStringLiteral("person_id"), QStringLiteral("tag")},
                  QStringLiteral("INSERT OR IGNORE")),
          newResidences(db, QStringLiteral("residence"),
                        {QStringLiteral("person_id"), QStringLiteral("dwelling_id"), QStringLiteral("relation")}),
          newOwnerships(db, QStringLiteral("ownership"),
                        {QStringLiteral("dwelling_id"), QStringLiteral("person_id"), QStringLiteral("is_developer"),
                         QStringLiteral("is_voter")})
    {
        for (int i = 0; i < 4; ++i) {
            findPlace[i] = QSqlQuery(db);
            insertPlace[i] = QSqlQuery(db);
        }
    }
    QSqlQuery findPlace[4];
    QSqlQuery insertPlace[4];
    QSqlQuery findPerson, insertResidence, insertOwnership;
    QSqlQuery currentResidences, currentOwners, history;
    // New rows, written in bulk (parents first: see ImportWriter::flush()).
    ImportBulkInsert newDwellings, newPeople, newTags, newResidences, newOwnerships;
    QStringList pendingNames; // of newPeople's rows, for messages
};

} // namespace cd
