#include "election/electionfiling.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "election/electionsql.h"
#include "election/electionstore.h"

#include <QHash>

namespace cd {

using electionsql::errorText;
using electionsql::run;

namespace {

struct ItemDef
{
    const char *code;
    const char *title;
};

const ItemDef kItems[] = {
    {"application", "业主委员会备案申请表"},
    {"result_notice", "选举结果公告（已公示）"},
    {"detail_table", "表决结果明细表"},
    {"summary_table", "表决结果汇总表"},
    {"member_list", "业主委员会成员名单及基本情况"},
    {"minutes", "业主大会会议记录和决定"},
    {"rules", "管理规约和业主大会议事规则"},
};

} // namespace

ElectionFiling::ElectionFiling(const ElectionStore &store) : m_store(store) {}

QStringList ElectionFiling::itemCodes()
{
    QStringList codes;
    for (const ItemDef &item : kItems)
        codes << QLatin1String(item.code);
    return codes;
}

QString ElectionFiling::itemTitle(const QString &code)
{
    for (const ItemDef &item : kItems) {
        if (code == QLatin1String(item.code))
            return QString::fromUtf8(item.title);
    }
    return code;
}

Result<FilingStatus> ElectionFiling::status(qint64 electionId) const
{
    const Result<Election> e = m_store.election(electionId);
    if (!e)
        return e.status();
    if (!e->isClosed())
        return Status::failure(tr("The election is not closed: there is nothing to file yet."));
    FilingStatus status;
    status.resultDate = Clock::fromText(e->closedAt).date();
    status.deadline = status.resultDate.addDays(deadlineDays);
    status.filed = e->filedAt.isValid();
    status.filedAt = e->filedAt;
    const QDate today = m_store.clock().now().date();
    status.daysLeft = int(today.daysTo(status.deadline));
    status.overdue = status.filed ? status.filedAt > status.deadline : today > status.deadline;

    QSqlQuery q(m_store.database().sql());
    if (!run(q, QStringLiteral("SELECT code, done, coalesce(done_at, ''), note FROM election_filing_item WHERE election_id = ?"),
             {electionId}))
        return Status::failure(tr("Cannot read the filing checklist: %1").arg(errorText(q)));
    QHash<QString, FilingItem> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), {q.value(0).toString(), QString(), q.value(1).toInt() != 0,
                                              q.value(2).toString(), q.value(3).toString()});
    for (const ItemDef &def : kItems) {
        FilingItem item = stored.value(QLatin1String(def.code), FilingItem{QLatin1String(def.code), {}, false, {}, {}});
        item.title = QString::fromUtf8(def.title);
        status.items.push_back(item);
    }
    return status;
}

Status ElectionFiling::setItem(qint64 electionId, const QString &code, bool done, const QString &note)
{
    if (!itemCodes().contains(code))
        return Status::failure(tr("Unknown filing document \"%1\"; use one of: %2.").arg(code, itemCodes().join(QStringLiteral(", "))));
    const Result<FilingStatus> current = status(electionId);
    if (!current)
        return current.status();
    if (current->filed)
        return Status::failure(tr("The result was filed on %1; the checklist is closed.")
                                   .arg(current->filedAt.toString(Qt::ISODate)));
    QSqlQuery q(m_store.database().sql());
    if (!run(q,
             QStringLiteral("INSERT INTO election_filing_item(election_id, code, done, done_at, note) VALUES (?,?,?,?,?) "
                            "ON CONFLICT(election_id, code) DO UPDATE SET done = excluded.done, "
                            "done_at = excluded.done_at, note = excluded.note"),
             {electionId, code, done ? 1 : 0, electionsql::nullable(done ? m_store.clock().nowText() : QString()), note}))
        return Status::failure(tr("Cannot save the filing checklist: %1").arg(errorText(q)));
    return Status::success();
}

Status ElectionFiling::markFiled(qint64 electionId, const QDate &date)
{
    const Result<FilingStatus> current = status(electionId);
    if (!current)
        return current.status();
    if (current->filed)
        return Status::failure(tr("The result was already filed on %1.").arg(current->filedAt.toString(Qt::ISODate)));
    if (current->outstanding() > 0) {
        QStringList missing;
        for (const FilingItem &item : current->items) {
            if (!item.done)
                missing << item.title;
        }
        return Status::failure(tr("Documents still missing for the filing: %1.").arg(missing.join(QStringLiteral("、"))));
    }
    if (!date.isValid() || date < current->resultDate || date > m_store.clock().now().date())
        return Status::failure(tr("The filing date must lie between the result (%1) and today.")
                                   .arg(current->resultDate.toString(Qt::ISODate)));
    Database &db = m_store.database();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(db.sql());
    if (!run(q, QStringLiteral("UPDATE election SET filed_at = ? WHERE id = ?"), {date.toString(Qt::ISODate), electionId}))
        return Status::failure(tr("Cannot save the filing: %1").arg(errorText(q)));
    // The census keeps the filing date on the committee the election wrote.
    if (!run(q, QStringLiteral("SELECT committee_id FROM election WHERE id = ? AND committee_id IS NOT NULL"), {electionId}))
        return Status::failure(tr("Cannot save the filing: %1").arg(errorText(q)));
    if (q.next()) {
        const qint64 committee = q.value(0).toLongLong();
        if (!run(q, QStringLiteral("UPDATE owners_committee SET filed_on = ? WHERE id = ?"),
                 {date.toString(Qt::ISODate), committee}))
            return Status::failure(tr("Cannot save the filing: %1").arg(errorText(q)));
    }
    return tx.commit();
}

} // namespace cd
