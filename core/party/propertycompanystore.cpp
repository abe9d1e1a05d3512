#include "party/propertycompanystore.h"

#include "db/database.h"
#include "db/transaction.h"
#include "party/partycodes.h"
#include "party/partysql.h"
#include "roster/creditcode.h"

namespace cd {

using namespace partysql;

namespace {

const QString companyColumns = QStringLiteral(
    "id, name, credit_code, credit_code_note, phone, red_property, rating, rated_on, rating_note, instructor_person_id");
const QString projectColumns = QStringLiteral("id, company_id, estate_id, staff_count, manager_person_id, since, until, notes");

CompanyPartyInfo readCompany(const QSqlQuery &q)
{
    CompanyPartyInfo c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.creditCode = q.value(2).toString();
    c.creditCodeNote = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.redProperty = q.value(5).toString();
    c.rating = q.value(6).toString();
    c.ratedOn = toDate(q.value(7));
    c.ratingNote = q.value(8).toString();
    c.instructorPersonId = q.value(9).toLongLong();
    return c;
}

PropertyProject readProject(const QSqlQuery &q)
{
    PropertyProject p;
    p.id = q.value(0).toLongLong();
    p.companyId = q.value(1).toLongLong();
    p.estateId = q.value(2).toLongLong();
    p.staffCount = q.value(3).toInt();
    p.managerPersonId = q.value(4).toLongLong();
    p.since = toDate(q.value(5));
    p.until = toDate(q.value(6));
    p.notes = q.value(7).toString();
    return p;
}

int count(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    return scalar(db, sql, {id}).toInt();
}

} // namespace

PropertyCompanyStore::PropertyCompanyStore(Database &database) : m_db(database) {}

QVector<FieldProblem> PropertyCompanyStore::checkCreditCode(const QString &code, const QString &note)
{
    const creditcode::Checked checked = creditcode::check(code);
    switch (checked.problem) {
    case creditcode::Problem::None:
        return {};
    case creditcode::Problem::Empty:
        return {{QStringLiteral("creditCode"), tr("No unified social credit code is recorded."), true}};
    case creditcode::Problem::BadCheckCharacter: {
        const bool kept = !note.trimmed().isEmpty();
        QString message = creditcode::problemMessage(checked.problem);
        message += QLatin1Char(' ')
                   + (kept ? tr("Kept with the note.")
                           : tr("The check asks for %1 as the last character; to keep the code as it is, add a note "
                                "saying why.").arg(checked.expectedCheck));
        return {{QStringLiteral("creditCode"), message, kept}};
    }
    default:
        return {{QStringLiteral("creditCode"), creditcode::problemMessage(checked.problem), false}};
    }
}

QVector<FieldProblem> PropertyCompanyStore::check(const CompanyPartyInfo &c) const
{
    QVector<FieldProblem> problems;
    if (c.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), tr("Enter the company's name."), false});
    else if (scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM property_company WHERE name = ? AND id <> ?"),
                    {c.name.trimmed(), c.id}).isValid())
        problems.append({QStringLiteral("name"), tr("Another property company has this name."), false});
    problems += checkCreditCode(c.creditCode, c.creditCodeNote);
    if (!PartyCodes::isKnown(PartyCodes::List::RedProperty, c.redProperty))
        problems.append({QStringLiteral("redProperty"), tr("Choose the red property status."), false});
    if (!c.rating.isEmpty() && !PartyCodes::isKnown(PartyCodes::List::Rating, c.rating))
        problems.append({QStringLiteral("rating"), tr("Choose the performance rating."), false});
    if (!c.rating.isEmpty() && !c.ratedOn.isValid())
        problems.append({QStringLiteral("ratedOn"), tr("Enter the date of the rating."), true});
    if (c.instructorPersonId > 0
        && !scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {c.instructorPersonId}).isValid())
        problems.append({QStringLiteral("instructorPersonId"), tr("The instructor is not in the roster."), false});
    return problems;
}

Result<qint64> PropertyCompanyStore::save(const CompanyPartyInfo &input)
{
    for (const FieldProblem &p : check(input)) {
        if (!p.warning)
            return Status::failure(p.message);
    }
    CompanyPartyInfo c = input;
    c.name = c.name.trimmed();
    c.creditCode = creditcode::normalize(c.creditCode);
    if (creditcode::check(c.creditCode).ok)
        c.creditCodeNote.clear();
    QSqlQuery q(m_db.sql());
    const QVector<QVariant> values = {c.name, text(c.creditCode), text(c.creditCodeNote.trimmed()), text(c.phone.trimmed()),
                                      text(c.redProperty), text(c.rating), date(c.ratedOn), text(c.ratingNote),
                                      ref(c.instructorPersonId)};
    if (c.id > 0) {
        QVector<QVariant> withId = values;
        withId.append(c.id);
        if (!run(q, QStringLiteral("UPDATE property_company SET name = ?, credit_code = ?, credit_code_note = ?, phone = ?, "
                                   "red_property = ?, rating = ?, rated_on = ?, rating_note = ?, instructor_person_id = ? "
                                   "WHERE id = ?"),
                 withId))
            return failed(q);
        if (q.numRowsAffected() == 0)
            return Status::failure(tr("The property company no longer exists."));
        return c.id;
    }
    if (!run(q, QStringLiteral("INSERT INTO property_company (name, credit_code, credit_code_note, phone, red_property, "
                               "rating, rated_on, rating_note, instructor_person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             values))
        return failed(q);
    return q.lastInsertId().toLongLong();
}

QStringList PropertyCompanyStore::referencesTo(qint64 id) const
{
    const QSqlDatabase db = m_db.sql();
    QStringList reasons;
    if (int n = count(db, QStringLiteral("SELECT COUNT(*) FROM building WHERE property_company_id = ?"), id))
        reasons << tr("it manages %n building(s)", nullptr, n);
    if (int n = count(db, QStringLiteral("SELECT COUNT(*) FROM property_project WHERE company_id = ?"), id))
        reasons << tr("it has %n project(s)", nullptr, n);
    if (int n = count(db, QStringLiteral("SELECT COUNT(*) FROM party_member WHERE company_id = ?"), id))
        reasons << tr("%n party member(s) work there", nullptr, n);
    if (int n = count(db, QStringLiteral("SELECT COUNT(*) FROM party_org WHERE company_id = ?"), id)
                + count(db, QStringLiteral("SELECT COUNT(*) FROM party_org_company WHERE company_id = ?"), id))
        reasons << tr("%n party organisation(s) belong to it", nullptr, n);
    if (int n = scalar(db, QStringLiteral("SELECT COUNT(*) FROM cross_appointment WHERE from_company_id = ? "
                                          "OR to_company_id = ?"), {id, id}).toInt())
        reasons << tr("%n cross-appointment(s) name it", nullptr, n);
    if (int n = count(db, QStringLiteral("SELECT COUNT(*) FROM red_steward WHERE property_company_id = ?"), id))
        reasons << tr("%n red steward(s) work for it", nullptr, n);
    return reasons;
}

Status PropertyCompanyStore::remove(qint64 id)
{
    const Result<CompanyPartyInfo> current = company(id);
    if (!current)
        return current.status();
    const QStringList reasons = referencesTo(id);
    if (!reasons.isEmpty())
        return Status::failure(tr("%1 cannot be deleted: %2.").arg(current->name, reasons.join(tr("; "))));
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM property_company WHERE id = ?"), {id}))
        return failed(q);
    return Status::success();
}

Result<CompanyPartyInfo> PropertyCompanyStore::company(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM property_company WHERE id = ?").arg(companyColumns), {id}))
        return failed(q);
    if (!q.next())
        return Status::failure(tr("The property company does not exist."));
    return readCompany(q);
}

Result<std::vector<CompanyPartyInfo>> PropertyCompanyStore::companies() const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM property_company ORDER BY name").arg(companyColumns), {}))
        return failed(q);
    std::vector<CompanyPartyInfo> list;
    while (q.next())
        list.push_back(readCompany(q));
    return list;
}

QVector<FieldProblem> PropertyCompanyStore::checkProject(const PropertyProject &p) const
{
    QVector<FieldProblem> problems;
    const QSqlDatabase db = m_db.sql();
    if (p.companyId <= 0 || !scalar(db, QStringLiteral("SELECT 1 FROM property_company WHERE id = ?"), {p.companyId}).isValid())
        problems.append({QStringLiteral("companyId"), tr("Choose the property company."), false});
    if (p.estateId <= 0 || !scalar(db, QStringLiteral("SELECT 1 FROM estate WHERE id = ?"), {p.estateId}).isValid())
        problems.append({QStringLiteral("estateId"), tr("Choose the estate."), false});
    else if (scalar(db, QStringLiteral("SELECT 1 FROM property_project WHERE company_id = ? AND estate_id = ? AND id <> ?"),
                    {p.companyId, p.estateId, p.id}).isValid())
        problems.append({QStringLiteral("estateId"), tr("The company already has a project at this estate."), false});
    if (p.staffCount < 0)
        problems.append({QStringLiteral("staffCount"), tr("The staff count cannot be negative."), false});
    if (p.since.isValid() && p.until.isValid() && p.until < p.since)
        problems.append({QStringLiteral("until"), tr("The project ends before it starts."), false});
    return problems;
}

Result<qint64> PropertyCompanyStore::saveProject(const PropertyProject &p)
{
    for (const FieldProblem &problem : checkProject(p)) {
        if (!problem.warning)
            return Status::failure(problem.message);
    }
    QSqlQuery q(m_db.sql());
    const QVector<QVariant> values = {p.companyId, p.estateId, p.staffCount, ref(p.managerPersonId), date(p.since),
                                      date(p.until), text(p.notes)};
    if (p.id > 0) {
        QVector<QVariant> withId = values;
        withId.append(p.id);
        if (!run(q, QStringLiteral("UPDATE property_project SET company_id = ?, estate_id = ?, staff_count = ?, "
                                   "manager_person_id = ?, since = ?, until = ?, notes = ? WHERE id = ?"),
                 withId))
            return failed(q);
        return p.id;
    }
    if (!run(q, QStringLiteral("INSERT INTO property_project (company_id, estate_id, staff_count, manager_person_id, "
                               "since, until, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             values))
        return failed(q);
    return q.lastInsertId().toLongLong();
}

Status PropertyCompanyStore::removeProject(qint64 id)
{
    if (int n = count(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM party_member WHERE project_id = ?"), id))
        return Status::failure(tr("The project cannot be deleted: %n party member(s) work there. Set its end date "
                                  "instead.", nullptr, n));
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM property_project WHERE id = ?"), {id}))
        return failed(q);
    return Status::success();
}

Result<std::vector<PropertyProject>> PropertyCompanyStore::projects(qint64 companyId) const
{
    QSqlQuery q(m_db.sql());
    const bool all = companyId <= 0;
    if (!run(q, QStringLiteral("SELECT %1 FROM property_project WHERE ? OR company_id = ? ORDER BY company_id, estate_id")
                    .arg(projectColumns),
             {all ? 1 : 0, companyId}))
        return failed(q);
    std::vector<PropertyProject> list;
    while (q.next())
        list.push_back(readProject(q));
    return list;
}

Result<int> PropertyCompanyStore::addProjectsFromBuildings(QDate since)
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("INSERT INTO property_project (company_id, estate_id, since) "
                               "SELECT DISTINCT b.property_company_id, b.estate_id, ? FROM building b "
                               "WHERE b.property_company_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM property_project p "
                               "WHERE p.company_id = b.property_company_id AND p.estate_id = b.estate_id)"),
             {date(since)}))
        return failed(q);
    return q.numRowsAffected();
}

} // namespace cd
