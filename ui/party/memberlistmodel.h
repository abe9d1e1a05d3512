#pragma once

#include "party/partymemberstore.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace cd {

class MaskHolder;

/// The party members a MemberFilter selects (filtered in the store's SQL), handed to the view
/// a screenful at a time (canFetchMore/fetchMore). Numbers are shown through the mask.
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Sex, Age, IdNumber, Phone, Status, Joined, FullDate, Organisation, Workplace, Registered,
                  Mobile, LastContact, Flags, ColumnCount };
    static constexpr int batchSize = 200;

    MemberListModel(MaskHolder &masks, QObject *parent = nullptr);

    /// Replaces the rows; `day` is the day statuses refer to.
    void setRows(std::vector<PartyMemberRow> rows, QDate day);
    void clear();
    /// All rows the filter selected (shown or not yet fetched).
    int totalCount() const { return int(m_rows.size()); }
    const PartyMemberRow &row(int index) const { return m_rows[std::size_t(index)]; }
    /// Repaints after the mask changed.
    void maskChanged();
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    MaskHolder &m_masks;
    std::vector<PartyMemberRow> m_rows;
    int m_shown = 0;
    QDate m_day;
};

} // namespace cd
