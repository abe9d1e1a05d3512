#pragma once

#include "common/status.h"
#include "roster/peoplequery.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <vector>

namespace cd {

class Database;

/// One line of the people list. The ID number and phone are unmasked here: display goes
/// through PrivacyMask.
struct PersonRow
{
    qint64 id = 0;
    QString name;
    QString sex;
    QString idNumber;
    QDate birthDate;
    int age = -1; ///< whole years on the search's "today"; -1 when the birth date is unknown
    QString phone;
    QString politicalStatus;
    QStringList tags;
    qint64 dwellingId = 0; ///< current dwelling (the first one if several); 0 when none
    QString address;       ///< "幸福小区 3-2-501"
    QString relation;
    bool archived = false;
};

/// Runs PeopleQuery against the database: count() for the total and page() for one screen.
/// At 250,000 people a count plus the first 100 rows takes a few tens of milliseconds
/// (see bench/bench_roster_search.cpp).
class PeopleSearch
{
    Q_DECLARE_TR_FUNCTIONS(cd::PeopleSearch)

public:
    explicit PeopleSearch(const Database &database);

    /// Ages are computed for this date (default: the current date).
    void setToday(QDate today) { m_today = today; }

    Result<int> count(const PeopleQuery &query) const;
    Result<std::vector<PersonRow>> page(const PeopleQuery &query, int offset, int limit) const;

    static int ageOn(QDate birthDate, QDate day);

private:
    const Database &m_db;
    QDate m_today;
};

} // namespace cd
