#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace cd {

class ElectionStore;

/// One document of the 备案 package.
struct FilingItem
{
    QString code;
    QString title; ///< the document's Chinese name
    bool done = false;
    QString doneAt;
    QString note;
};

/// The 备案 checklist of a closed election and its 30-day deadline.
struct FilingStatus
{
    QDate resultDate; ///< the day the vote closed
    QDate deadline;   ///< resultDate + 30 days
    int daysLeft = 0; ///< negative once overdue
    bool overdue = false;
    bool filed = false;
    QDate filedAt;
    std::vector<FilingItem> items;

    int outstanding() const
    {
        int count = 0;
        for (const FilingItem &item : items)
            count += item.done ? 0 : 1;
        return count;
    }
};

/// The filing (备案) of an elected committee with the housing authority: within 30 days of the
/// result, with the 表决结果明细表 and 汇总表, the member list and the other documents of the
/// checklist. Marking the election filed also dates the committee in the census.
class ElectionFiling
{
    Q_DECLARE_TR_FUNCTIONS(cd::ElectionFiling)

public:
    static constexpr int deadlineDays = 30;

    explicit ElectionFiling(const ElectionStore &store);

    static QStringList itemCodes();
    static QString itemTitle(const QString &code);

    Result<FilingStatus> status(qint64 electionId) const;
    Status setItem(qint64 electionId, const QString &code, bool done, const QString &note = QString());
    /// Records the filing on `date`; refused while a document is outstanding.
    Status markFiled(qint64 electionId, const QDate &date);

private:
    const ElectionStore &m_store;
};

} // namespace cd
