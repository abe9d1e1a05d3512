#pragma once

#include "roster/rostersummary.h"

#include <QAbstractTableModel>
#include <vector>

namespace cd {

/// The per-estate lines of the community summary, for a table view.
/// Figures are shown with digit grouping; SortRole gives the raw values for sorting.
class EstateSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BuildingsColumn, DwellingsColumn, HouseholdsColumn, ResidentsColumn, ColumnCount };
    enum Role { EstateIdRole = Qt::UserRole, SortRole };

    explicit EstateSummaryModel(QObject *parent = nullptr);

    void setRows(std::vector<EstateSummary> rows);
    const std::vector<EstateSummary> &rows() const { return m_rows; }
    /// Header titles follow the language: call after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<EstateSummary> m_rows;
};

} // namespace cd
