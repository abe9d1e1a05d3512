// ImportWriter: people who are already in the roster (found by ID number), when updating.
#include "roster/importwriter.h"
#include "roster/importwriterqueries.h"

#include "db/database.h"
#include "roster/pinyin.h"
#include "roster/rosterrepository.h"
#include "roster/rostersql.h"
#include "roster/rowstore.h"

#include <QSqlError>

namespace cd {

using namespace rostersql;

Status ImportWriter::updatePerson(qint64 personId, const ImportRecord &record, qint64 dwellingId)
{
    // Reads and writes rows that exist: the database must hold everything written so far.
    if (Status s = flush(); !s)
        return s;
    RosterRepository repository(m_db);
    Result<Person> current = repository.person(personId);
    if (!current)
        return current.status();
    const Person &p = record.person;
    // Only the columns the file has: a missing column keeps what the roster knows.
    QVariantMap values;
    const auto set = [&](ImportField field, const char *column, const QVariant &value) {
        if (m_mapping.has(field))
            values.insert(QString::fromLatin1(column), value);
    };
    set(ImportField::Name, "name", p.name);
    set(ImportField::Name, "name_pinyin", pinyin::full(p.name));
    set(ImportField::Name, "name_initials", pinyin::initials(p.name));
    set(ImportField::Sex, "sex", p.sex.isNull() ? QStringLiteral("") : p.sex);
    set(ImportField::IdNumber, "id_number", p.idNumber);
    set(ImportField::BirthDate, "birth_date", date(p.birthDate));
    set(ImportField::Phone, "phone", p.phone.isNull() ? QStringLiteral("") : p.phone);
    set(ImportField::Ethnicity, "ethnicity", p.ethnicity.isNull() ? QStringLiteral("") : p.ethnicity);
    set(ImportField::PoliticalStatus, "political_status", p.politicalStatus);
    set(ImportField::Hukou, "hukou", p.hukou);
    set(ImportField::Notes, "notes", p.notes.isNull() ? QStringLiteral("") : p.notes);
    // Sex and birth date come with the ID number when the roster had none.
    if (!m_mapping.has(ImportField::Sex) && current->sex.isEmpty() && !p.sex.isEmpty())
        values.insert(QStringLiteral("sex"), p.sex);
    if (!m_mapping.has(ImportField::BirthDate) && !current->birthDate.isValid() && p.birthDate.isValid())
        values.insert(QStringLiteral("birth_date"), date(p.birthDate));

    const size_t firstChange = m_changes.size();
    if (!values.isEmpty()) {
        if (Status s = updateRow(QStringLiteral("person"), personId, values); !s)
            return s;
    }
    if (m_mapping.has(ImportField::Tags)) {
        RosterChange change;
        RowStore store(m_db.sql(), &change);
        for (const QString &tag : current->tags) {
            if (!p.tags.contains(tag)) {
                if (Status s = store.remove(QStringLiteral("person_tag"),
                                            {{QStringLiteral("person_id"), personId}, {QStringLiteral("tag"), tag}});
                    !s)
                    return s;
            }
        }
        for (const QString &tag : p.tags) {
            if (!current->tags.contains(tag)) {
                Result<qint64> added = store.insert(QStringLiteral("person_tag"),
                                                    {{QStringLiteral("person_id"), personId}, {QStringLiteral("tag"), tag}});
                if (!added)
                    return added.status();
            }
        }
        for (RowChange &row : change.rows)
            m_changes.push_back(std::move(row));
    }
    QStringList fields;
    for (size_t i = firstChange; i < m_changes.size(); ++i) {
        const RowChange &row = m_changes[i];
        if (row.table == QLatin1String("person_tag")) {
            if (!fields.contains(QLatin1String("tags")))
                fields << QStringLiteral("tags");
            continue;
        }
        for (const QString &c : row.changedColumns()) {
            if (c != QLatin1String("name_pinyin") && c != QLatin1String("name_initials"))
                fields << c;
        }
    }
    if (!fields.isEmpty()) {
        if (Status s = history(personId, QStringLiteral("edited"), fields.join(QStringLiteral(", "))); !s)
            return s;
    }

    if (dwellingId <= 0)
        return Status::success();
    // Living here already: only the relation may change. Elsewhere: moved here today.
    QSqlQuery &residences = m_q->currentResidences;
    residences.bindValue(0, personId);
    if (!residences.exec())
        return Status::failure(tr("Reading the roster failed: %1").arg(residences.lastError().databaseText()));
    std::vector<std::pair<qint64, qint64>> previous;
    QString relationHere;
    qint64 residenceHere = 0;
    while (residences.next()) {
        const qint64 id = residences.value(0).toLongLong();
        const qint64 dwelling = residences.value(1).toLongLong();
        if (dwelling == dwellingId) {
            residenceHere = id;
            relationHere = residences.value(2).toString();
        }
        previous.push_back({id, dwelling});
    }
    residences.finish();
    if (residenceHere) {
        if (m_mapping.has(ImportField::Relation) && relationHere != record.relation)
            return updateRow(QStringLiteral("residence"), residenceHere,
                             {{QStringLiteral("relation"), record.relation.isNull() ? QStringLiteral("") : record.relation}});
        return Status::success();
    }
    const QVariant today = date(QDate::currentDate());
    for (const auto &[id, dwelling] : previous) {
        Q_UNUSED(dwelling)
        if (Status s = updateRow(QStringLiteral("residence"), id, {{QStringLiteral("moved_out"), today}}); !s)
            return s;
    }
    QSqlQuery &r = m_q->insertResidence;
    r.bindValue(0, personId);
    r.bindValue(1, dwellingId);
    r.bindValue(2, record.relation.isNull() ? QStringLiteral("") : record.relation);
    if (!r.exec())
        return Status::failure(tr("The import could not move %1: %2").arg(p.name, r.lastError().databaseText()));
    return history(personId, QStringLiteral("moved_in"), repository.dwellingAddress(dwellingId));
}

} // namespace cd
