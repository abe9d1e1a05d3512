#include "election/electionlistmodel.h"

#include "election/electioncodes.h"

namespace cd {

ElectionListModel::ElectionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ElectionListModel::setElections(std::vector<Election> elections)
{
    beginResetModel();
    m_elections = std::move(elections);
    endResetModel();
}

void ElectionListModel::clear()
{
    setElections({});
}

int ElectionListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_elections.size(); ++i) {
        if (m_elections[i].id == id)
            return int(i);
    }
    return -1;
}

int ElectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_elections.size());
}

int ElectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ElectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Election &e = m_elections[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return e.title;
    if (role == Qt::TextAlignmentRole && index.column() == Seats)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Estate: return e.estateName;
    case Kind: return ElectionCodes::label(ElectionCodes::List::Kind, e.kind);
    case Status: return ElectionCodes::label(ElectionCodes::List::Status, e.status);
    case MeetingDate: return e.meetingDate.toString(Qt::ISODate);
    case Seats: return e.seats;
    }
    return {};
}

QVariant ElectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Estate: return tr("Estate");
    case Kind: return tr("Type");
    case Status: return tr("State");
    case MeetingDate: return tr("Meeting");
    case Seats: return tr("Seats");
    }
    return {};
}

void ElectionListModel::retranslate()
{
    if (!m_elections.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace cd
