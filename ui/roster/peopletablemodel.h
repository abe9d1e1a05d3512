#pragma once

#include "roster/peoplequery.h"
#include "roster/peoplesearch.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QFont>
#include <QHash>
#include <list>
#include <memory>
#include <vector>

namespace cd {

class Database;
class PrivacyMask;

/// The people of a PeopleQuery, for a table view, read lazily.
///
/// rowCount() is the query's count(); rows are read in pages of `pageSize` only when the view
/// asks for them (data() of a row not in memory reads its page), and at most `maxPages`
/// pages stay in memory. Filters, scope and search live in the query, i.e. in SQL, so the
/// model stays fast at 250,000 people. ID numbers and phones are shown through a PrivacyMask.
class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SexColumn,
        AgeColumn,
        AddressColumn,
        TagsColumn,
        IdNumberColumn,
        PhoneColumn,
        PoliticalStatusColumn,
        RelationColumn,
        ColumnCount
    };
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        TagsRole,       ///< the special-group codes (QStringList)
        DwellingIdRole, ///< the current dwelling, 0 when none
        ArchivedRole,
    };
    static constexpr int pageSize = 100;
    static constexpr int maxPages = 40;

    explicit PeopleTableModel(QObject *parent = nullptr);
    ~PeopleTableModel() override;

    /// Reads from `database`, masks with `mask` (both may be null: the table is empty).
    void setSource(const Database *database, const PrivacyMask *mask);
    /// Ages are computed for this day (tests); default the current date.
    void setToday(QDate today);

    const PeopleQuery &query() const { return m_query; }
    /// Counts and shows the people of `query`.
    void setQuery(const PeopleQuery &query);
    /// Reads the same query again (after an edit). Rows keep their places when the count did not
    /// change, so the view keeps its selection and scroll position.
    void reload();
    /// The mask changed: the ID number and phone columns are shown again.
    void maskChanged();
    /// Header titles follow the language.
    void retranslate();

    /// The fixed-pitch font of the ID number and phone columns (masked digits line up).
    static QFont numberFont();

    int totalCount() const { return m_count; }
    /// The person on `row` (reads its page if needed); 0 when out of range.
    qint64 personId(int row) const;
    /// The row of a person among the pages in memory (nearest to `hint` first); -1 when not there.
    int rowOfPerson(qint64 personId, int hint = 0) const;
    /// Pages held in memory now (tests check that the model stays lazy).
    int loadedPages() const { return int(m_pages.size()); }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(int count);
    void loadFailed(const QString &message);

private:
    const PersonRow *row(int row) const;
    int recount();
    void dropPages();

    const Database *m_database = nullptr;
    const PrivacyMask *m_mask = nullptr;
    std::unique_ptr<PeopleSearch> m_search;
    QDate m_today;
    PeopleQuery m_query;
    int m_count = 0;
    QString m_error;
    // Page cache, most recently used page at the front of m_recent.
    mutable QHash<int, std::vector<PersonRow>> m_pages;
    mutable std::list<int> m_recent;
};

} // namespace cd
