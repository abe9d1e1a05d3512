#include "workflow/deadlinepolicy.h"

#include "db/database.h"
#include "db/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

constexpr int maximumMinutes = 365 * 24 * 60;

struct Key
{
    const char *name;
    int DeadlinePolicy::*field;
};

const Key keys[] = {
    {"workflow.arrive_minutes", &DeadlinePolicy::arriveMinutes},
    {"workflow.ordinary_minutes", &DeadlinePolicy::ordinaryMinutes},
    {"workflow.complex_minutes", &DeadlinePolicy::complexMinutes},
    {"workflow.major_minutes", &DeadlinePolicy::majorMinutes},
};

} // namespace

int DeadlinePolicy::allowanceMinutes(Severity severity) const
{
    switch (severity) {
    case Severity::Ordinary: return ordinaryMinutes;
    case Severity::Complex: return complexMinutes;
    case Severity::Major: return majorMinutes;
    }
    return ordinaryMinutes;
}

Status DeadlinePolicy::validate() const
{
    for (const Key &key : keys) {
        const int value = this->*key.field;
        if (value < 1 || value > maximumMinutes) {
            return Status::failure(tr("The deadline %1 must be from 1 minute to 365 days (%2 minutes); it is %3.")
                                       .arg(QLatin1String(key.name))
                                       .arg(maximumMinutes)
                                       .arg(value));
        }
    }
    return Status::success();
}

Result<DeadlinePolicy> DeadlinePolicy::load(Database &database)
{
    DeadlinePolicy policy;
    QSqlQuery query(database.sql());
    if (!query.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'workflow.%'")))
        return Status::failure(tr("Cannot read the deadline settings: %1").arg(query.lastError().text()));
    while (query.next()) {
        const QString name = query.value(0).toString();
        for (const Key &key : keys) {
            if (name != QLatin1String(key.name))
                continue;
            bool ok = false;
            const int value = query.value(1).toString().toInt(&ok);
            // A damaged value falls back to the default rather than stopping the office's work.
            if (ok && value >= 1 && value <= maximumMinutes)
                policy.*key.field = value;
        }
    }
    return policy;
}

Status DeadlinePolicy::save(Database &database) const
{
    const Status valid = validate();
    if (!valid)
        return valid;
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.startStatus();
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    for (const Key &key : keys) {
        query.addBindValue(QLatin1String(key.name));
        query.addBindValue(QString::number(this->*key.field));
        if (!query.exec())
            return Status::failure(tr("Cannot save the deadline settings: %1").arg(query.lastError().text()));
    }
    return transaction.commit();
}

DeadlineColour DeadlinePolicy::colourAt(const QDateTime &start, const QDateTime &due, const QDateTime &now)
{
    if (!start.isValid() || !due.isValid() || !now.isValid())
        return DeadlineColour::None;
    const qint64 allowance = start.secsTo(due);
    const qint64 used = start.secsTo(now);
    if (used > allowance)
        return DeadlineColour::Red;
    // Yellow from 80% used: used / allowance >= 4/5, compared in integers.
    if (5 * used >= 4 * allowance)
        return DeadlineColour::Yellow;
    return DeadlineColour::Green;
}

} // namespace cd
