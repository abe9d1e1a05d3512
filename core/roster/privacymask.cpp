#include "roster/privacymask.h"

#include "db/database.h"
#include "roster/idnumber.h"
#include "roster/mobile.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

QString fieldNames(PrivacyMask::Fields fields)
{
    QStringList names;
    if (fields.testFlag(PrivacyMask::IdNumber))
        names << QStringLiteral("id_number");
    if (fields.testFlag(PrivacyMask::Phone))
        names << QStringLiteral("phone");
    return names.join(QStringLiteral(", "));
}

} // namespace

PrivacyMask::PrivacyMask(Database &database) : m_db(database) {}

Status PrivacyMask::log(const QString &detail)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO audit_log(action, detail) VALUES ('unmask', ?)"));
    q.addBindValue(detail);
    if (!q.exec())
        return Status::failure(tr("The choice to show personal data could not be logged, so the data stays "
                                  "masked: %1").arg(q.lastError().databaseText()));
    return Status::success();
}

Status PrivacyMask::unmaskAll(Fields fields, const QString &context)
{
    if (!fields)
        return Status::success();
    // Logged first: if the log cannot be written, nothing is shown.
    if (Status s = log(QStringLiteral("all %1; %2").arg(fieldNames(fields), context)); !s)
        return s;
    m_unmasked |= fields;
    return Status::success();
}

Status PrivacyMask::reveal(Field field, qint64 personId, const QString &context)
{
    if (Status s = log(QStringLiteral("%1 of person %2; %3").arg(fieldNames(field)).arg(personId).arg(context)); !s)
        return s;
    (field == IdNumber ? m_revealedIds : m_revealedPhones).insert(personId);
    return Status::success();
}

void PrivacyMask::maskAll()
{
    m_unmasked = {};
    m_revealedIds.clear();
    m_revealedPhones.clear();
}

QString PrivacyMask::display(Field field, QStringView value, qint64 personId) const
{
    const QSet<qint64> &revealed = field == IdNumber ? m_revealedIds : m_revealedPhones;
    if (m_unmasked.testFlag(field) || (personId && revealed.contains(personId)))
        return value.toString();
    return field == IdNumber ? idnumber::mask(value) : mobile::mask(value);
}

} // namespace cd
