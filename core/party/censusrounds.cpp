#include "party/censusrounds.h"

#include "db/database.h"
#include "db/transaction.h"
#include "party/censuscalculator.h"
#include "party/censusjson.h"
#include "party/partysql.h"

#include <QJsonDocument>

namespace cd {

using namespace partysql;

CensusRounds::CensusRounds(Database &database) : m_db(database) {}

bool CensusRounds::exists(int year) const
{
    return scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM census_round WHERE year = ?"), {year}).isValid();
}

Result<CensusData> CensusRounds::start(int year, const QString &takenBy, QDate asOf, const QDateTime &takenAt)
{
    if (exists(year))
        return Status::failure(tr("The %1 census was already taken; a round cannot be taken twice or changed.").arg(year));
    Result<CensusData> computed = CensusCalculator::compute(m_db, year, asOf);
    if (!computed)
        return computed.status();
    CensusData data = computed.value();
    data.takenAt = takenAt.isValid() ? takenAt : QDateTime::currentDateTime();
    data.takenAt.setTime(QTime(data.takenAt.time().hour(), data.takenAt.time().minute(), data.takenAt.time().second()));
    data.takenBy = takenBy;

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.startStatus();
    QSqlQuery q(m_db.sql());
    const QByteArray json = QJsonDocument(censusjson::toJson(data)).toJson(QJsonDocument::Compact);
    if (!run(q, QStringLiteral("INSERT INTO census_round (year, as_of, taken_at, taken_by, data) VALUES (?, ?, ?, ?, ?)"),
             {year, date(data.asOf), data.takenAt.toString(Qt::ISODate), takenBy.isNull() ? QStringLiteral("") : takenBy, QString::fromUtf8(json)}))
        return failed(q);
    data.roundId = q.lastInsertId().toLongLong();
    if (!q.prepare(QStringLiteral("INSERT INTO census_member (round_id, line, person_id, data) VALUES (?, ?, ?, ?)")))
        return failed(q);
    int line = 0;
    for (const CensusMemberRow &row : data.memberRows) {
        q.bindValue(0, data.roundId);
        q.bindValue(1, ++line);
        q.bindValue(2, row.personId);
        q.bindValue(3, QString::fromUtf8(QJsonDocument(censusjson::memberToJson(row)).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return failed(q);
    }
    if (!run(q, QStringLiteral("UPDATE census_round SET sealed = 1 WHERE id = ?"), {data.roundId}))
        return failed(q);
    if (Status s = tx.commit(); !s)
        return s;
    return data;
}

Result<std::vector<CensusRoundInfo>> CensusRounds::rounds() const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT r.id, r.year, r.as_of, r.taken_at, r.taken_by, "
                               "(SELECT COUNT(*) FROM census_member m WHERE m.round_id = r.id) "
                               "FROM census_round r WHERE r.sealed = 1 ORDER BY r.year"),
             {}))
        return failed(q);
    std::vector<CensusRoundInfo> list;
    while (q.next()) {
        CensusRoundInfo info;
        info.id = q.value(0).toLongLong();
        info.year = q.value(1).toInt();
        info.asOf = toDate(q.value(2));
        info.takenAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        info.takenBy = q.value(4).toString();
        info.members = q.value(5).toInt();
        list.push_back(info);
    }
    return list;
}

Result<CensusData> CensusRounds::load(int year, bool withMembers) const
{
    QSqlQuery q(m_db.sql());
    if (!run(q, QStringLiteral("SELECT id, data, taken_at, taken_by FROM census_round WHERE year = ? AND sealed = 1"), {year}))
        return failed(q);
    if (!q.next())
        return Status::failure(tr("No census round was taken for %1.").arg(year));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error);
    if (!doc.isObject())
        return Status::failure(tr("The %1 census round cannot be read.").arg(year));
    CensusData data = censusjson::fromJson(doc.object());
    data.roundId = q.value(0).toLongLong();
    data.takenAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    data.takenBy = q.value(3).toString();
    if (withMembers) {
        QSqlQuery m(m_db.sql());
        m.setForwardOnly(true);
        if (!run(m, QStringLiteral("SELECT data FROM census_member WHERE round_id = ? ORDER BY line"), {data.roundId}))
            return failed(m);
        while (m.next())
            data.memberRows.push_back(censusjson::memberFromJson(QJsonDocument::fromJson(m.value(0).toString().toUtf8()).object()));
    }
    return data;
}

Result<CensusData> CensusRounds::census(int year, bool withMembers) const
{
    if (exists(year))
        return load(year, withMembers);
    return CensusCalculator::compute(m_db, year);
}

int CensusRounds::previousYear(int year) const
{
    return scalar(m_db.sql(), QStringLiteral("SELECT max(year) FROM census_round WHERE year < ? AND sealed = 1"), {year}).toInt();
}

} // namespace cd
