#include "party/crossappointmentstore.h"

#include "db/database.h"
#include "party/partycodes.h"
#include "party/partysql.h"

#include <QHash>

namespace cd {

using namespace partysql;

namespace {

const QString columns = QStringLiteral(
    "c.id, c.person_id, c.from_body, c.from_company_id, c.from_estate_id, c.to_body, c.to_company_id, c.to_estate_id, "
    "c.to_org_id, c.post, c.since, c.until, c.notes");

CrossAppointment readAppointment(const QSqlQuery &q)
{
    CrossAppointment a;
    a.id = q.value(0).toLongLong();
    a.personId = q.value(1).toLongLong();
    a.fromBody = q.value(2).toString();
    a.fromCompanyId = q.value(3).toLongLong();
    a.fromEstateId = q.value(4).toLongLong();
    a.toBody = q.value(5).toString();
    a.toCompanyId = q.value(6).toLongLong();
    a.toEstateId = q.value(7).toLongLong();
    a.toOrgId = q.value(8).toLongLong();
    a.post = q.value(9).toString();
    a.since = toDate(q.value(10));
    a.until = toDate(q.value(11));
    a.notes = q.value(12).toString();
    return a;
}

QHash<qint64, QString> names(const QSqlDatabase &db, const QString &table)
{
    QHash<qint64, QString> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, name FROM %1").arg(table)))
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

} // namespace

CrossAppointmentStore::CrossAppointmentStore(Database &database) : m_db(database) {}

QVector<FieldProblem> CrossAppointmentStore::check(const CrossAppointment &a) const
{
    QVector<FieldProblem> problems;
    const QSqlDatabase db = m_db.sql();
    if (a.personId <= 0 || !scalar(db, QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {a.personId}).isValid())
        problems.append({QStringLiteral("personId"), tr("Choose the person."), false});
    if (!PartyCodes::isKnown(PartyCodes::List::Body, a.fromBody))
        problems.append({QStringLiteral("fromBody"), tr("Choose where the person comes from."), false});
    if (!PartyCodes::isKnown(PartyCodes::List::Body, a.toBody))
        problems.append({QStringLiteral("toBody"), tr("Choose where the post is."), false});
    if (!a.fromBody.isEmpty() && a.fromBody == a.toBody)
        problems.append({QStringLiteral("toBody"), tr("A cross-appointment is a post in another organisation."), false});
    if (a.fromBody == QLatin1String("property_company") && a.fromCompanyId <= 0)
        problems.append({QStringLiteral("fromCompanyId"), tr("Choose the person's property company."), false});
    if (a.toBody == QLatin1String("property_company") && a.toCompanyId <= 0)
        problems.append({QStringLiteral("toCompanyId"), tr("Choose the property company of the post."), false});
    if (a.fromBody == QLatin1String("owners_committee") && a.fromEstateId <= 0)
        problems.append({QStringLiteral("fromEstateId"), tr("Choose the estate of the owners' committee."), false});
    if (a.toBody == QLatin1String("owners_committee") && a.toEstateId <= 0)
        problems.append({QStringLiteral("toEstateId"), tr("Choose the estate of the owners' committee."), false});
    if (a.toOrgId > 0 && !scalar(db, QStringLiteral("SELECT 1 FROM party_org WHERE id = ?"), {a.toOrgId}).isValid())
        problems.append({QStringLiteral("toOrgId"), tr("The party organisation does not exist."), false});
    if (a.post.trimmed().isEmpty())
        problems.append({QStringLiteral("post"), tr("Name the post, e.g. part-time committee member."), false});
    if (!a.since.isValid())
        problems.append({QStringLiteral("since"), tr("Enter the date the appointment starts."), false});
    if (a.since.isValid() && a.until.isValid() && a.until < a.since)
        problems.append({QStringLiteral("until"), tr("The appointment ends before it starts."), false});
    return problems;
}

Result<qint64> CrossAppointmentStore::save(const CrossAppointment &input)
{
    for (const FieldProblem &p : check(input)) {
        if (!p.warning)
            return Status::failure(p.message);
    }
    CrossAppointment a = input;
    // Only the side that names a company or an estate keeps the id.
    if (a.fromBody != QLatin1String("property_company"))
        a.fromCompanyId = 0;
    if (a.toBody != QLatin1String("property_company"))
        a.toCompanyId = 0;
    if (a.fromBody != QLatin1String("owners_committee"))
        a.fromEstateId = 0;
    if (a.toBody != QLatin1String("owners_committee"))
        a.toEstateId = 0;
    QSqlQuery q(m_db.sql());
    const QVector<QVariant> values = {a.personId, a.fromBody, ref(a.fromCompanyId), ref(a.fromEstateId), a.toBody,
                                      ref(a.toCompanyId), ref(a.toEstateId), ref(a.toOrgId), a.post.trimmed(),
                                      date(a.since), date(a.until), text(a.notes)};
    if (a.id > 0) {
        QVector<QVariant> withId = values;
        withId.append(a.id);
        if (!run(q, QStringLiteral("UPDATE cross_appointment SET person_id = ?, from_body = ?, from_company_id = ?, "
                                   "from_estate_id = ?, to_body = ?, to_company_id = ?, to_estate_id = ?, to_org_id = ?, "
                                   "post = ?, since = ?, until = ?, notes = ? WHERE id = ?"),
                 withId))
            return failed(q);
        if (q.numRowsAffected() == 0)
            return Status::failure(tr("The cross-appointment no longer exists."));
        return a.id;
    }
    if (!run(q, QStringLiteral("INSERT INTO cross_appointment (person_id, from_body, from_company_id, from_estate_id, "
                               "to_body, to_company_id, to_estate_id, to_org_id, post, since, until, notes) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             values))
        return failed(q);
    return q.lastInsertId().toLongLong();
}

Status CrossAppointmentStore::remove(qint64 id)
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM cross_appointment WHERE id = ?"), {id}))
        return failed(q);
    return Status::success();
}

Status CrossAppointmentStore::end(qint64 id, QDate on)
{
    Result<CrossAppointment> current = appointment(id);
    if (!current)
        return current.status();
    CrossAppointment a = current.value();
    a.until = on;
    return save(a).status();
}

Result<CrossAppointment> CrossAppointmentStore::appointment(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM cross_appointment c WHERE c.id = ?").arg(columns), {id}))
        return failed(q);
    if (!q.next())
        return Status::failure(tr("The cross-appointment does not exist."));
    return readAppointment(q);
}

Result<std::vector<CrossAppointmentRow>> CrossAppointmentStore::list(QDate day) const
{
    const QSqlDatabase db = m_db.sql();
    const QHash<qint64, QString> companies = names(db, QStringLiteral("property_company"));
    const QHash<qint64, QString> estates = names(db, QStringLiteral("estate"));
    const QHash<qint64, QString> orgs = names(db, QStringLiteral("party_org"));
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT %1, p.name, EXISTS (SELECT 1 FROM party_member m WHERE m.person_id = c.person_id "
                               "AND m.left_on IS NULL) FROM cross_appointment c JOIN person p ON p.id = c.person_id "
                               "ORDER BY c.since, c.id").arg(columns),
             {}))
        return failed(q);
    const auto side = [&](const QString &body, qint64 companyId, qint64 estateId, qint64 orgId) {
        if (orgId > 0)
            return orgs.value(orgId);
        if (body == QLatin1String("property_company"))
            return companies.value(companyId);
        if (body == QLatin1String("owners_committee"))
            return estates.value(estateId) + PartyCodes::chinese(PartyCodes::List::Body, body);
        return PartyCodes::chinese(PartyCodes::List::Body, body);
    };
    std::vector<CrossAppointmentRow> rows;
    while (q.next()) {
        CrossAppointmentRow row;
        row.appointment = readAppointment(q);
        const CrossAppointment &a = row.appointment;
        if (day.isValid() && !a.isCurrentOn(day))
            continue;
        row.personName = q.value(13).toString();
        row.personIsPartyMember = q.value(14).toInt() != 0;
        row.fromText = side(a.fromBody, a.fromCompanyId, a.fromEstateId, 0);
        row.toText = side(a.toBody, a.toCompanyId, a.toEstateId, a.toOrgId);
        rows.push_back(row);
    }
    return rows;
}

} // namespace cd
