#pragma once

#include "election/electiontypes.h"

#include <QAbstractTableModel>

namespace cd {

/// The elections of the community, newest first (a handful per estate over the years).
class ElectionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Estate, Kind, Status, MeetingDate, Seats, ColumnCount };

    explicit ElectionListModel(QObject *parent = nullptr);

    void setElections(std::vector<Election> elections);
    void clear();
    const Election &election(int row) const { return m_elections.at(size_t(row)); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    std::vector<Election> m_elections;
};

} // namespace cd
