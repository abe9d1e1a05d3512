#include "party/partymemberstore.h"

#include "db/database.h"
#include "db/transaction.h"
#include "party/partycodes.h"
#include "party/partyorgstore.h"
#include "party/partyrules.h"
#include "party/partysql.h"

#include <QHash>

namespace cd {

using namespace partysql;

namespace {

const QString memberColumns = QStringLiteral(
    "m.id, m.person_id, m.org_id, m.outside_org, m.joined, m.full_date, m.probation_extended, m.company_id, "
    "m.project_id, m.registered_on, m.mobile, m.mobile_to, m.last_contact, m.left_on, m.left_reason, m.notes");
constexpr int memberColumnCount = 16;

PartyMember readMember(const QSqlQuery &q)
{
    PartyMember m;
    m.id = q.value(0).toLongLong();
    m.personId = q.value(1).toLongLong();
    m.orgId = q.value(2).toLongLong();
    m.outsideOrg = q.value(3).toString();
    m.joined = toDate(q.value(4));
    m.fullDate = toDate(q.value(5));
    m.probationExtended = q.value(6).toInt() != 0;
    m.companyId = q.value(7).toLongLong();
    m.projectId = q.value(8).toLongLong();
    m.registeredOn = toDate(q.value(9));
    m.mobile = q.value(10).toInt() != 0;
    m.mobileTo = q.value(11).toString();
    m.lastContact = toDate(q.value(12));
    m.leftOn = toDate(q.value(13));
    m.leftReason = q.value(14).toString();
    m.notes = q.value(15).toString();
    return m;
}

// Current posts per person: posts in party organisations and cross-appointments.
QHash<qint64, QStringList> currentPosts(const QSqlDatabase &db, QDate day)
{
    QHash<qint64, QStringList> posts;
    QSqlQuery q(db);
    const QVariant d = date(day);
    if (run(q, QStringLiteral("SELECT p.person_id, o.name, p.title FROM party_post p JOIN party_org o ON o.id = p.org_id "
                              "WHERE (p.since IS NULL OR p.since <= ?) AND (p.until IS NULL OR p.until >= ?) "
                              "ORDER BY p.person_id, p.since"),
            {d, d})) {
        while (q.next())
            posts[q.value(0).toLongLong()]
                << q.value(1).toString() + QLatin1Char(' ')
                       + PartyCodes::chinese(PartyCodes::List::PostTitle, q.value(2).toString());
    }
    if (run(q, QStringLiteral("SELECT c.person_id, c.to_body, o.name, pc.name, e.name, c.post FROM cross_appointment c "
                              "LEFT JOIN party_org o ON o.id = c.to_org_id "
                              "LEFT JOIN property_company pc ON pc.id = c.to_company_id "
                              "LEFT JOIN estate e ON e.id = c.to_estate_id "
                              "WHERE c.since <= ? AND (c.until IS NULL OR c.until >= ?) ORDER BY c.person_id, c.since"),
            {d, d})) {
        while (q.next()) {
            QString where = q.value(2).toString();
            if (where.isEmpty())
                where = q.value(3).toString();
            if (where.isEmpty() && !q.value(4).toString().isEmpty())
                where = q.value(4).toString() + PartyCodes::chinese(PartyCodes::List::Body, QStringLiteral("owners_committee"));
            if (where.isEmpty())
                where = PartyCodes::chinese(PartyCodes::List::Body, q.value(1).toString());
            posts[q.value(0).toLongLong()] << where + QLatin1Char(' ') + q.value(5).toString();
        }
    }
    return posts;
}

} // namespace

PartyMemberStore::PartyMemberStore(Database &database) : m_db(database) {}

QVector<FieldProblem> PartyMemberStore::check(const PartyMember &member, QDate today) const
{
    const QSqlDatabase db = m_db.sql();
    QDate birth;
    QSqlQuery q(db);
    if (member.personId > 0 && run(q, QStringLiteral("SELECT birth_date, archived FROM person WHERE id = ?"), {member.personId})) {
        if (q.next()) {
            birth = toDate(q.value(0));
            if (q.value(1).toInt() != 0 && member.id == 0)
                return {{QStringLiteral("personId"), tr("The person is archived; restore the person first."), false}};
        } else {
            return {{QStringLiteral("personId"), tr("The person does not exist."), false}};
        }
    }
    QVector<FieldProblem> problems = partyrules::checkMember(member, birth, today);
    if (member.personId > 0
        && scalar(db, QStringLiteral("SELECT 1 FROM party_member WHERE person_id = ? AND id <> ?"), {member.personId, member.id})
               .isValid())
        problems.append({QStringLiteral("personId"), tr("The person is already recorded as a party member."), false});
    if (member.orgId > 0) {
        const QVariant dissolved = scalar(db, QStringLiteral("SELECT coalesce(dissolved, '') FROM party_org WHERE id = ?"),
                                          {member.orgId});
        if (!dissolved.isValid())
            problems.append({QStringLiteral("orgId"), tr("The party organisation does not exist."), false});
        else if (!dissolved.toString().isEmpty() && !member.leftOn.isValid())
            problems.append({QStringLiteral("orgId"), tr("The party organisation has been dissolved."), false});
    }
    if (member.projectId > 0) {
        const QVariant company = scalar(db, QStringLiteral("SELECT company_id FROM property_project WHERE id = ?"),
                                        {member.projectId});
        if (!company.isValid() || company.toLongLong() != member.companyId)
            problems.append({QStringLiteral("projectId"), tr("The project does not belong to the chosen company."), false});
    }
    return problems;
}

Result<qint64> PartyMemberStore::save(const PartyMember &input)
{
    for (const FieldProblem &p : check(input)) {
        if (!p.warning)
            return Status::failure(p.message);
    }
    PartyMember m = input;
    if (m.orgId > 0)
        m.outsideOrg.clear();
    if (!m.mobile)
        m.mobileTo.clear();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    const QVector<QVariant> values = {m.personId, ref(m.orgId), text(m.outsideOrg.trimmed()), date(m.joined), date(m.fullDate),
                                      m.probationExtended ? 1 : 0, ref(m.companyId), ref(m.projectId),
                                      date(m.registeredOn), m.mobile ? 1 : 0, text(m.mobileTo.trimmed()), date(m.lastContact),
                                      date(m.leftOn), text(m.leftReason), text(m.notes)};
    if (m.id > 0) {
        QVector<QVariant> withId = values;
        withId.append(m.id);
        if (!run(q, QStringLiteral("UPDATE party_member SET person_id = ?, org_id = ?, outside_org = ?, joined = ?, "
                                   "full_date = ?, probation_extended = ?, company_id = ?, project_id = ?, "
                                   "registered_on = ?, mobile = ?, mobile_to = ?, last_contact = ?, left_on = ?, "
                                   "left_reason = ?, notes = ? WHERE id = ?"),
                 withId))
            return failed(q);
        if (q.numRowsAffected() == 0)
            return Status::failure(tr("The party member no longer exists."));
    } else {
        if (!run(q, QStringLiteral("INSERT INTO party_member (person_id, org_id, outside_org, joined, full_date, "
                                   "probation_extended, company_id, project_id, registered_on, mobile, mobile_to, "
                                   "last_contact, left_on, left_reason, notes) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values))
            return failed(q);
        m.id = q.lastInsertId().toLongLong();
    }
    // The roster's political status follows the party record while the person is a member here.
    if (!m.leftOn.isValid()) {
        const QString status = m.fullDate.isValid() ? QStringLiteral("cpc_member") : QStringLiteral("cpc_probationary");
        if (!run(q, QStringLiteral("UPDATE person SET political_status = ? WHERE id = ? AND political_status <> ?"),
                 {status, m.personId, status}))
            return failed(q);
    }
    if (Status s = tx.commit(); !s)
        return s;
    return m.id;
}

Status PartyMemberStore::leave(qint64 id, QDate on, const QString &reason)
{
    Result<PartyMember> current = member(id);
    if (!current)
        return current.status();
    PartyMember m = current.value();
    m.leftOn = on;
    m.leftReason = reason;
    if (!PartyCodes::isKnown(PartyCodes::List::LeftReason, reason))
        return Status::failure(tr("Choose why the member left."));
    return save(m).status();
}

Status PartyMemberStore::remove(qint64 id)
{
    Result<PartyMember> current = member(id);
    if (!current)
        return current.status();
    const int posts = scalar(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM party_post WHERE person_id = ?"),
                             {current->personId}).toInt();
    if (posts > 0)
        return Status::failure(tr("The member holds or held %n post(s) in the party organisations; record that the "
                                  "member left instead of deleting the record.", nullptr, posts));
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("DELETE FROM party_member WHERE id = ?"), {id}))
        return failed(q);
    return Status::success();
}

Result<PartyMember> PartyMemberStore::member(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM party_member m WHERE m.id = ?").arg(memberColumns), {id}))
        return failed(q);
    if (!q.next())
        return Status::failure(tr("The party member does not exist."));
    return readMember(q);
}

Result<PartyMember> PartyMemberStore::memberOfPerson(qint64 personId) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT %1 FROM party_member m WHERE m.person_id = ?").arg(memberColumns), {personId}))
        return failed(q);
    if (!q.next())
        return PartyMember();
    return readMember(q);
}

Result<std::vector<PartyMemberRow>> PartyMemberStore::list(const MemberFilter &filter) const
{
    const QDate day = filter.day.isValid() ? filter.day : QDate::currentDate();
    const QSqlDatabase db = m_db.sql();
    QString sql = QStringLiteral(
        "SELECT %1, p.name, p.sex, p.birth_date, p.id_number, p.phone, p.ethnicity, p.education, p.workplace, "
        "EXISTS (SELECT 1 FROM residence r WHERE r.person_id = p.id AND r.moved_out IS NULL), "
        "coalesce(o.name, m.outside_org), coalesce(pc.name, '') "
        "FROM party_member m JOIN person p ON p.id = m.person_id "
        "LEFT JOIN party_org o ON o.id = m.org_id LEFT JOIN property_company pc ON pc.id = m.company_id WHERE 1 = 1")
                      .arg(memberColumns);
    QVector<QVariant> values;
    if (!filter.includeLeft) {
        sql += QStringLiteral(" AND m.joined <= ? AND (m.left_on IS NULL OR m.left_on > ?)");
        values << date(day) << date(day);
    }
    if (!filter.text.trimmed().isEmpty()) {
        // The pattern is bound; % and _ typed by the user are escaped.
        QString t = filter.text.trimmed();
        t.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + t + QLatin1Char('%');
        sql += QStringLiteral(" AND (p.name LIKE ? ESCAPE '\\' OR p.name_pinyin LIKE ? ESCAPE '\\' "
                              "OR p.name_initials LIKE ? ESCAPE '\\')");
        values << pattern << pattern.toLower() << pattern.toLower();
    }
    if (filter.orgId > 0) {
        PartyOrgStore orgs(m_db);
        const Result<QVector<qint64>> ids = orgs.subtree(filter.orgId);
        if (!ids)
            return ids.status();
        QStringList marks;
        for (qint64 id : ids.value()) {
            marks << QStringLiteral("?");
            values << id;
        }
        sql += QStringLiteral(" AND m.org_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.companyId > 0) {
        sql += QStringLiteral(" AND m.company_id = ?");
        values << filter.companyId;
    }
    sql += QStringLiteral(" ORDER BY p.name_pinyin, p.id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return failed(q);
    const QHash<qint64, QStringList> posts = currentPosts(db, day);
    std::vector<PartyMemberRow> rows;
    while (q.next()) {
        PartyMemberRow row;
        row.member = readMember(q);
        const PartyMember &m = row.member;
        if (filter.status == QLatin1String("full") && !partyrules::isFullOn(m, day))
            continue;
        if (filter.status == QLatin1String("probationary") && partyrules::isFullOn(m, day))
            continue;
        const int f = filter.flags;
        if (((f & MemberFilter::Overdue) && !partyrules::isProbationOverdue(m, day))
            || ((f & MemberFilter::LostContact) && !partyrules::isLostContact(m.lastContact, day))
            || ((f & MemberFilter::Mobile) && !m.mobile)
            || ((f & MemberFilter::Registered) && !(m.registeredOn.isValid() && m.registeredOn <= day))
            || ((f & MemberFilter::OutsideOrg) && m.orgId > 0)
            || ((f & MemberFilter::PropertyStaff) && m.companyId <= 0))
            continue;
        int c = memberColumnCount;
        row.name = q.value(c++).toString();
        row.sex = q.value(c++).toString();
        row.birthDate = toDate(q.value(c++));
        row.idNumber = q.value(c++).toString();
        row.phone = q.value(c++).toString();
        row.ethnicity = q.value(c++).toString();
        row.education = q.value(c++).toString();
        row.workplace = q.value(c++).toString();
        row.resident = q.value(c++).toInt() != 0;
        row.orgName = q.value(c++).toString();
        row.companyName = q.value(c++).toString();
        row.posts = posts.value(m.personId);
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<QSet<qint64>> PartyMemberStore::memberPersonIds(QDate day) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT person_id FROM party_member WHERE joined <= ? AND (left_on IS NULL OR left_on > ?)"),
             {date(day), date(day)}))
        return failed(q);
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

} // namespace cd
