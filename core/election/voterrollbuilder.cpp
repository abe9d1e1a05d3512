#include "election/voterrollbuilder.h"

#include "db/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace cd {

namespace {

struct DwellingRow
{
    qint64 id = 0;
    QString building;
    QString address;
    qint64 areaCenti = 0;
    bool unsold = false;
    bool delivered = true;
    bool developerOwned = false;
    std::vector<qint64> owners;   // person ids, ownership order
    qint64 voterPersonId = 0;     // the co-owner marked as voter
};

QString joinSample(const QStringList &items)
{
    const int shown = 10;
    QString text = items.mid(0, shown).join(QStringLiteral("、"));
    if (items.size() > shown)
        text += QStringLiteral(" …");
    return text;
}

} // namespace

Result<VoterRoll> VoterRollBuilder::build(Database &database, qint64 estateId, const QDate &date)
{
    const QString day = date.toString(Qt::ISODate);
    QSqlQuery query(database.sql());
    query.setForwardOnly(true);

    QString developerName;
    query.prepare(QStringLiteral("SELECT developer FROM estate WHERE id = ?"));
    query.addBindValue(estateId);
    if (!query.exec())
        return Status::failure(tr("Cannot read the estate: %1").arg(query.lastError().text()));
    if (!query.next())
        return Status::failure(tr("There is no estate with id %1.").arg(estateId));
    developerName = query.value(0).toString().trimmed();
    if (developerName.isEmpty())
        developerName = QStringLiteral("建设单位");

    std::vector<DwellingRow> dwellings;
    QHash<qint64, int> indexOf;
    query.prepare(QStringLiteral(
        "SELECT d.id, b.number, u.number, d.room, d.area_centi, d.occupancy, d.delivered "
        "FROM dwelling d JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
        "WHERE b.estate_id = ? "
        "ORDER BY CAST(b.number AS INTEGER), b.number, CAST(u.number AS INTEGER), u.number, "
        "CAST(d.room AS INTEGER), d.room, d.id"));
    query.addBindValue(estateId);
    if (!query.exec())
        return Status::failure(tr("Cannot read the dwellings: %1").arg(query.lastError().text()));
    while (query.next()) {
        DwellingRow row;
        row.id = query.value(0).toLongLong();
        row.building = query.value(1).toString();
        row.address = row.building + QLatin1Char('-') + query.value(2).toString() + QLatin1Char('-')
            + query.value(3).toString();
        row.areaCenti = query.value(4).toLongLong();
        row.unsold = query.value(5).toString() == QLatin1String("unsold");
        row.delivered = query.value(6).toInt() != 0;
        indexOf.insert(row.id, int(dwellings.size()));
        dwellings.push_back(std::move(row));
    }

    QHash<qint64, QString> names;
    query.prepare(QStringLiteral(
        "SELECT o.dwelling_id, o.person_id, o.is_developer, o.is_voter, p.name "
        "FROM ownership o JOIN dwelling d ON d.id = o.dwelling_id JOIN unit u ON u.id = d.unit_id "
        "JOIN building b ON b.id = u.building_id LEFT JOIN person p ON p.id = o.person_id "
        "WHERE b.estate_id = ? AND (o.since IS NULL OR o.since <= ?) AND (o.until IS NULL OR o.until > ?) "
        "ORDER BY o.id"));
    query.addBindValue(estateId);
    query.addBindValue(day);
    query.addBindValue(day);
    if (!query.exec())
        return Status::failure(tr("Cannot read the owners: %1").arg(query.lastError().text()));
    while (query.next()) {
        DwellingRow &row = dwellings[size_t(indexOf.value(query.value(0).toLongLong()))];
        if (query.value(2).toInt() != 0) {
            row.developerOwned = true;
            continue;
        }
        const qint64 person = query.value(1).toLongLong();
        if (std::find(row.owners.begin(), row.owners.end(), person) != row.owners.end())
            continue;
        row.owners.push_back(person);
        names.insert(person, query.value(4).toString());
        if (query.value(3).toInt() != 0 && row.voterPersonId == 0)
            row.voterPersonId = person;
    }

    VoterRoll roll;
    roll.dwellings = int(dwellings.size());
    std::vector<RollVoter> voters;
    std::map<std::vector<qint64>, size_t> byOwnerSet; // sorted owner ids → voter index
    int developerIndex = -1;
    QStringList noOwner, zeroArea, unsoldWithOwners;

    for (const DwellingRow &row : dwellings) {
        roll.areaCenti += row.areaCenti;
        if (row.areaCenti == 0)
            zeroArea << row.address;
        // Sold but undelivered units vote with the developer; a unit marked unsold that has
        // person owners was sold, and the marking is reported.
        const bool developer = row.owners.empty() ? (row.developerOwned || row.unsold || !row.delivered)
                                                  : !row.delivered;
        if (!row.owners.empty() && row.unsold && row.delivered)
            unsoldWithOwners << row.address;

        RollVoter *voter = nullptr;
        if (developer) {
            ++roll.developerDwellings;
            if (developerIndex < 0) {
                developerIndex = int(voters.size());
                RollVoter entry;
                entry.kind = QStringLiteral("developer");
                entry.name = developerName;
                entry.owners = developerName;
                voters.push_back(entry);
            }
            voter = &voters[size_t(developerIndex)];
        } else if (row.owners.empty()) {
            noOwner << row.address;
            RollVoter entry;
            entry.kind = QStringLiteral("unknown");
            voters.push_back(entry);
            voter = &voters.back();
        } else {
            std::vector<qint64> key = row.owners;
            std::sort(key.begin(), key.end());
            const auto found = byOwnerSet.find(key);
            if (found != byOwnerSet.end()) {
                voter = &voters[found->second];
            } else {
                byOwnerSet.emplace(std::move(key), voters.size());
                RollVoter entry;
                entry.kind = QStringLiteral("owner");
                entry.personId = row.voterPersonId != 0 ? row.voterPersonId : row.owners.front();
                entry.name = names.value(entry.personId);
                QStringList all{entry.name};
                for (qint64 owner : row.owners) {
                    if (owner != entry.personId)
                        all << names.value(owner);
                }
                entry.owners = all.join(QStringLiteral("、"));
                voters.push_back(entry);
                voter = &voters.back();
            }
        }
        if (voter->dwellings.empty())
            voter->building = row.building;
        voter->dwellings.push_back({row.id, row.address, row.areaCenti});
        voter->areaCenti += row.areaCenti;
    }

    for (RollVoter &voter : voters) {
        QStringList rooms;
        for (const RollDwelling &dwelling : voter.dwellings)
            rooms << dwelling.address;
        voter.rooms = rooms.join(QStringLiteral("、"));
        voter.number = int(&voter - voters.data()) + 1;
    }
    roll.persons = qint64(voters.size());
    roll.voters = std::move(voters);

    if (roll.dwellings == 0)
        roll.warnings << tr("The estate has no dwellings in the roster.");
    if (!noOwner.isEmpty())
        roll.warnings << tr("%n dwelling(s) have no recorded owner; each counts as one person who cannot vote "
                            "until the owner is known: %1", nullptr, int(noOwner.size()))
                             .arg(joinSample(noOwner));
    if (!zeroArea.isEmpty())
        roll.warnings << tr("%n dwelling(s) have no registered area: %1", nullptr, int(zeroArea.size()))
                             .arg(joinSample(zeroArea));
    if (!unsoldWithOwners.isEmpty())
        roll.warnings << tr("%n dwelling(s) are marked unsold but have owners; they are counted for the owners: %1",
                            nullptr, int(unsoldWithOwners.size()))
                             .arg(joinSample(unsoldWithOwners));
    return roll;
}

} // namespace cd
