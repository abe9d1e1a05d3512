#include "election/voterrollmodel.h"

#include "election/electioncodes.h"
#include "election/ownersvote.h"

namespace cd {

VoterRollModel::VoterRollModel(QObject *parent) : QAbstractTableModel(parent) {}

void VoterRollModel::setVoters(std::vector<RollVoter> voters)
{
    beginResetModel();
    m_voters = std::move(voters);
    endResetModel();
}

void VoterRollModel::clear()
{
    setVoters({});
}

int VoterRollModel::rowOfNumber(int number) const
{
    // Numbers run 1.. in roll order; fall back to a scan for a filtered or partial roll.
    if (number >= 1 && size_t(number) <= m_voters.size() && m_voters[size_t(number - 1)].number == number)
        return number - 1;
    for (size_t i = 0; i < m_voters.size(); ++i) {
        if (m_voters[i].number == number)
            return int(i);
    }
    return -1;
}

int VoterRollModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_voters.size());
}

int VoterRollModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoterRollModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RollVoter &v = m_voters[size_t(index.row())];
    if (role == NumberRole)
        return v.number;
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Area))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name && !v.owners.isEmpty())
        return v.owners;
    if (role == Qt::ToolTipRole && index.column() == Rooms)
        return v.rooms;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return v.number;
    case Name: return v.name;
    case Rooms: return v.rooms;
    case Area: return OwnersVote::areaText(v.areaCenti);
    case Kind: return ElectionCodes::label(ElectionCodes::List::VoterKind, v.kind);
    case Status: return ElectionCodes::label(ElectionCodes::List::VoterStatus, v.status);
    case Canvass: return ElectionCodes::label(ElectionCodes::List::Canvass, v.canvass);
    case Proxy: return v.proxyName;
    }
    return {};
}

QVariant VoterRollModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Name: return tr("Voter");
    case Rooms: return tr("Rooms");
    case Area: return tr("Area (m²)");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Canvass: return tr("Door-to-door");
    case Proxy: return tr("Proxy");
    }
    return {};
}

void VoterRollModel::retranslate()
{
    if (!m_voters.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace cd
