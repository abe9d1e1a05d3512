#pragma once

#include "roster/peoplequery.h"
#include "roster/rostertypes.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace cd {

/// The search box and the filters above the people table: special group, political status, grid,
/// occupancy and "include archived". Typing is debounced (`debounceMs` after the last key); a
/// filter applies at once. Both end in queryChanged(); applyTo() copies the choices into a query.
class RosterFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 150;

    explicit RosterFilterBar(QWidget *parent = nullptr);

    /// Fills the grid choice (keeps the current grid when it still exists).
    void setGrids(const std::vector<Grid> &grids);
    /// Writes text and filters into `query` (the scope is left alone).
    void applyTo(PeopleQuery &query) const;
    /// Back to no search and no filters (one queryChanged()).
    void clear();

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *tagBox() const { return m_tag; }
    QComboBox *politicalStatusBox() const { return m_political; }
    QComboBox *gridBox() const { return m_grid; }
    QComboBox *occupancyBox() const { return m_occupancy; }
    QCheckBox *archivedBox() const { return m_archived; }

signals:
    void queryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void widenPopups();

    QLineEdit *m_search;
    QComboBox *m_tag;
    QComboBox *m_political;
    QComboBox *m_grid;
    QComboBox *m_occupancy;
    QCheckBox *m_archived;
    QTimer *m_debounce;
};

} // namespace cd
