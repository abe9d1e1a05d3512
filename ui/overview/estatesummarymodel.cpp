#include "overview/estatesummarymodel.h"

#include <QLocale>

namespace cd {

EstateSummaryModel::EstateSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void EstateSummaryModel::setRows(std::vector<EstateSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void EstateSummaryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EstateSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EstateSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EstateSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const EstateSummary &row = m_rows[std::size_t(index.row())];
    if (role == EstateIdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != SortRole) {
        if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    int figure = 0;
    switch (index.column()) {
    case NameColumn: return row.name;
    case BuildingsColumn: figure = row.buildings; break;
    case DwellingsColumn: figure = row.dwellings; break;
    case HouseholdsColumn: figure = row.households; break;
    case ResidentsColumn: figure = row.residents; break;
    default: return QVariant();
    }
    return role == SortRole ? QVariant(figure) : QVariant(QLocale().toString(figure));
}

QVariant EstateSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == NameColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn: return tr("Estate");
    case BuildingsColumn: return tr("Buildings");
    case DwellingsColumn: return tr("Dwellings");
    case HouseholdsColumn: return tr("Households");
    case ResidentsColumn: return tr("Residents");
    default: return QVariant();
    }
}

} // namespace cd
