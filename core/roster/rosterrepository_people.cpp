// RosterRepository: people — validation, pinyin, tags, archive and history.
#include "roster/rosterrepository.h"

#include "db/database.h"
#include "db/transaction.h"
#include "roster/idnumber.h"
#include "roster/pinyin.h"
#include "roster/rostersql.h"
#include "roster/rowstore.h"

#include <QSqlError>

namespace cd {

using namespace rostersql;

namespace {

const QString personTable = QStringLiteral("person");
const QString personColumns = QStringLiteral(
    "id, name, sex, id_number, birth_date, phone, ethnicity, political_status, hukou, education, "
    "workplace, notes, archived");

QVariantMap personRow(const Person &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("sex"), p.sex},
            {QStringLiteral("id_number"), p.idNumber.isEmpty() ? QVariant() : QVariant(p.idNumber)},
            {QStringLiteral("birth_date"), date(p.birthDate)},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("ethnicity"), p.ethnicity},
            {QStringLiteral("political_status"), p.politicalStatus},
            {QStringLiteral("hukou"), p.hukou},
            {QStringLiteral("education"), p.education},
            {QStringLiteral("workplace"), p.workplace},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("name_pinyin"), pinyin::full(p.name)},
            {QStringLiteral("name_initials"), pinyin::initials(p.name)},
            {QStringLiteral("archived"), p.archived ? 1 : 0}};
}

QString joinProblems(const std::vector<PersonProblem> &problems)
{
    QStringList messages;
    for (const PersonProblem &p : problems)
        messages << p.message;
    return messages.join(QLatin1Char(' '));
}

// Derived columns are not "changes" a person made.
QStringList editedFields(const RosterChange &change)
{
    QStringList fields;
    for (const RowChange &row : change.rows) {
        if (row.table == personTable) {
            for (const QString &c : row.changedColumns()) {
                if (c != QLatin1String("name_pinyin") && c != QLatin1String("name_initials")
                    && c != QLatin1String("archived"))
                    fields << c;
            }
        } else if (row.table == QLatin1String("person_tag") && !fields.contains(QLatin1String("tags"))) {
            fields << QStringLiteral("tags");
        }
    }
    return fields;
}

} // namespace

QString RosterRepository::personName(qint64 personId) const
{
    return scalar(m_db.sql(), QStringLiteral("SELECT name FROM person WHERE id = ?"), {personId}).toString();
}

Status RosterRepository::writeTags(RowStore &store, qint64 personId, const QStringList &before,
                                   const QStringList &after)
{
    for (const QString &tag : before) {
        if (!after.contains(tag)) {
            if (Status s = store.remove(QStringLiteral("person_tag"),
                                        {{QStringLiteral("person_id"), personId}, {QStringLiteral("tag"), tag}});
                !s)
                return s;
        }
    }
    for (const QString &tag : after) {
        if (!before.contains(tag)) {
            Result<qint64> added = store.insert(QStringLiteral("person_tag"),
                                                {{QStringLiteral("person_id"), personId}, {QStringLiteral("tag"), tag}});
            if (!added)
                return added.status();
        }
    }
    return Status::success();
}

Result<RosterChange> RosterRepository::createPerson(const Person &input)
{
    Person person = input;
    person.id = 0;
    if (const auto problems = PersonValidator::check(m_db, person); !problems.empty())
        return Status::failure(joinProblems(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Add %1").arg(person.name);
    RowStore store(m_db.sql(), &change);
    Result<qint64> id = store.insert(personTable, personRow(person));
    if (!id)
        return id.status();
    change.id = id.value();
    if (Status s = writeTags(store, change.id, {}, person.tags); !s)
        return s;
    if (Status s = addHistory(change.id, QStringLiteral("created"), QString()); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::updatePerson(const Person &input)
{
    Result<Person> before = person(input.id);
    if (!before)
        return before.status();
    Person person = input;
    if (const auto problems = PersonValidator::check(m_db, person); !problems.empty())
        return Status::failure(joinProblems(problems));
    person.archived = before->archived; // archiving has its own operation and history line
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Edit %1").arg(person.name);
    change.id = person.id;
    RowStore store(m_db.sql(), &change);
    if (Status s = store.update(personTable, RowStore::idKey(person.id), personRow(person)); !s)
        return s;
    if (Status s = writeTags(store, person.id, before->tags, person.tags); !s)
        return s;
    const QStringList fields = editedFields(change);
    if (!fields.isEmpty()) {
        if (Status s = addHistory(person.id, QStringLiteral("edited"), fields.join(QStringLiteral(", "))); !s)
            return s;
    }
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::archivePerson(qint64 id, const QString &reason)
{
    Result<Person> current = person(id);
    if (!current)
        return current.status();
    if (current->archived)
        return Status::failure(tr("%1 is already archived.").arg(current->name));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Archive %1").arg(current->name);
    change.id = id;
    RowStore store(m_db.sql(), &change);
    if (Status s = store.update(personTable, RowStore::idKey(id), {{QStringLiteral("archived"), 1}}); !s)
        return s;
    if (Status s = addHistory(id, QStringLiteral("archived"), reason.trimmed()); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<RosterChange> RosterRepository::unarchivePerson(qint64 id)
{
    Result<Person> current = person(id);
    if (!current)
        return current.status();
    if (!current->archived)
        return Status::failure(tr("%1 is not archived.").arg(current->name));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Restore %1 from the archive").arg(current->name);
    change.id = id;
    RowStore store(m_db.sql(), &change);
    if (Status s = store.update(personTable, RowStore::idKey(id), {{QStringLiteral("archived"), 0}}); !s)
        return s;
    if (Status s = addHistory(id, QStringLiteral("restored"), QString()); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

QStringList RosterRepository::referencesTo(qint64 personId) const
{
    // Every table that points at person, including those other parts of the program add later
    // (party members, ballots, requests): found in the schema rather than listed here.
    QSqlDatabase db = m_db.sql();
    QSqlQuery refs(db);
    QStringList reasons;
    if (!run(refs, QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_master m "
                                  "JOIN pragma_foreign_key_list(m.name) f "
                                  "WHERE m.type = 'table' AND f.\"table\" = 'person' ORDER BY m.name"),
             {}))
        return {tr("the references to the person could not be checked")};
    while (refs.next()) {
        const QString table = refs.value(0).toString();
        const QString column = refs.value(1).toString();
        // Owned by the person: deleted with it.
        if (table == QLatin1String("person_tag") || table == QLatin1String("person_history")
            || table == QLatin1String("residence"))
            continue;
        QSqlQuery q(db);
        if (!run(q, QStringLiteral("SELECT 1 FROM \"%1\" WHERE \"%2\" = ? LIMIT 1").arg(table, column), {personId}))
            continue;
        if (!q.next())
            continue;
        if (table == QLatin1String("ownership"))
            reasons << tr("is or was the owner of a dwelling");
        else if (table == QLatin1String("building_leader"))
            reasons << tr("is a building leader");
        else if (table == QLatin1String("red_steward"))
            reasons << tr("is a red steward");
        else
            reasons << tr("is referred to by %1 records").arg(table);
    }
    return reasons;
}

Result<RosterChange> RosterRepository::deletePerson(qint64 id)
{
    Result<Person> current = person(id);
    if (!current)
        return current.status();
    const QStringList reasons = referencesTo(id);
    if (!reasons.isEmpty()) {
        return Status::failure(tr("%1 cannot be deleted: the person %2. Archive the person instead.")
                                   .arg(current->name, reasons.join(tr("; "))));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    RosterChange change;
    change.description = tr("Delete %1").arg(current->name);
    change.id = id;
    RowStore store(m_db.sql(), &change);
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id FROM residence WHERE person_id = ?"), {id}))
        return Status::failure(q.lastError().databaseText());
    QList<qint64> residences;
    while (q.next())
        residences << q.value(0).toLongLong();
    for (qint64 r : residences) {
        if (Status s = store.remove(QStringLiteral("residence"), RowStore::idKey(r)); !s)
            return s;
    }
    if (Status s = writeTags(store, id, current->tags, {}); !s)
        return s;
    if (Status s = store.remove(personTable, RowStore::idKey(id)); !s)
        return s;
    if (Status s = finish(tx, change); !s)
        return s;
    return change;
}

Result<Person> RosterRepository::person(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(personColumns), {id}))
        return Status::failure(tr("Reading the roster failed: %1").arg(q.lastError().databaseText()));
    if (!q.next())
        return Status::failure(tr("The person does not exist."));
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.sex = q.value(2).toString();
    p.idNumber = q.value(3).toString();
    p.birthDate = toDate(q.value(4));
    p.phone = q.value(5).toString();
    p.ethnicity = q.value(6).toString();
    p.politicalStatus = q.value(7).toString();
    p.hukou = q.value(8).toString();
    p.education = q.value(9).toString();
    p.workplace = q.value(10).toString();
    p.notes = q.value(11).toString();
    p.archived = q.value(12).toInt() != 0;
    QSqlQuery tags(m_db.sql());
    if (run(tags, QStringLiteral("SELECT tag FROM person_tag WHERE person_id = ? ORDER BY tag"), {id})) {
        while (tags.next())
            p.tags << tags.value(0).toString();
    }
    return p;
}

Result<qint64> RosterRepository::findPersonByIdNumber(const QString &idNumber) const
{
    const idnumber::Parsed parsed = idnumber::parse(idNumber);
    const QString wanted = parsed.ok ? parsed.normalized : idnumber::normalize(idNumber);
    if (wanted.isEmpty())
        return qint64(0);
    return scalar(m_db.sql(), QStringLiteral("SELECT id FROM person WHERE id_number = ?"), {wanted}).toLongLong();
}

} // namespace cd
