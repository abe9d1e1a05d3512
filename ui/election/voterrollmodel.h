#pragma once

#include "election/electiontypes.h"

#include <QAbstractTableModel>

namespace cd {

/// The voters of a roll (a preview or the frozen roll) with, once frozen, their voting
/// status, door-to-door visit and proxy. A few thousand rows at most per estate, held in
/// memory as the store returns them.
class VoterRollModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Name, Rooms, Area, Kind, Status, Canvass, Proxy, ColumnCount };
    static constexpr int NumberRole = Qt::UserRole + 1;

    explicit VoterRollModel(QObject *parent = nullptr);

    void setVoters(std::vector<RollVoter> voters);
    void clear();
    const RollVoter &voter(int row) const { return m_voters.at(size_t(row)); }
    int rowOfNumber(int number) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    std::vector<RollVoter> m_voters;
};

} // namespace cd
