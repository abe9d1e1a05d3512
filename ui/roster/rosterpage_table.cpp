// RosterPage: the people table — its query (search, filters, scope, order), columns and count.
#include "roster/rosterpage.h"

#include "roster/peopletablemodel.h"
#include "roster/rostercodes.h"
#include "roster/rosterfilterbar.h"
#include "settings/preference.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

namespace cd {

namespace {
const Preference<QByteArray> columnState{QStringLiteral("roster/columns"), QByteArray()};
} // namespace

void RosterPage::chooseColumns(const QPoint &at)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < PeopleTableModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_people->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != PeopleTableModel::NameColumn); // the name always shows
        connect(a, &QAction::toggled, this, [this, header, c](bool shown) {
            header->setSectionHidden(c, !shown);
            saveColumns();
        });
    }
    menu.exec(header->mapToGlobal(at));
}

void RosterPage::saveColumns()
{
    columnState.setValue(m_table->horizontalHeader()->saveState());
}

void RosterPage::fitColumns()
{
    // From the fonts and typical values, not from the rows: measuring rows would read pages.
    const QFontMetrics fm(m_table->font());
    const QFontMetrics mono(PeopleTableModel::numberFont());
    const int pad = 18;
    auto fit = [&](int column, std::initializer_list<QString> samples, const QFontMetrics &metrics) {
        int width = fm.horizontalAdvance(m_people->headerData(column, Qt::Horizontal).toString()) + pad;
        for (const QString &s : samples)
            width = qMax(width, metrics.horizontalAdvance(s) + pad);
        m_table->horizontalHeader()->resizeSection(column, width);
    };
    fit(PeopleTableModel::NameColumn, {QStringLiteral("欧阳建国")}, fm);
    fit(PeopleTableModel::SexColumn, {RosterCodes::sexLabel(u"M"), RosterCodes::sexLabel(u"F")}, fm);
    fit(PeopleTableModel::AgeColumn, {QStringLiteral("100")}, fm);
    fit(PeopleTableModel::IdNumberColumn, {QStringLiteral("110105********002X")}, mono);
    fit(PeopleTableModel::PhoneColumn, {QStringLiteral("138****8000")}, mono);
    fit(PeopleTableModel::PoliticalStatusColumn, {RosterCodes::politicalStatusLabel(u"cpc_member")}, fm);
    // Room for two chips side by side.
    fit(PeopleTableModel::TagsColumn, {RosterCodes::tagLabel(u"oldest_old") + RosterCodes::tagLabel(u"disabled")
                                       + QStringLiteral("MMMM")}, fm);
    fit(PeopleTableModel::AddressColumn, {QStringLiteral("幸福小区 12-2-1801")}, fm);
    if (!m_columnsRestored) {
        // Once, after the widths are known: the user's own order, widths and hidden columns.
        m_columnsRestored = true;
        m_table->horizontalHeader()->restoreState(columnState.value());
        connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &RosterPage::saveColumns);
        connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, &RosterPage::saveColumns);
    }
}

PeopleQuery RosterPage::currentQuery() const
{
    return m_people->query();
}

void RosterPage::applyQuery()
{
    PeopleQuery q = m_people->query();
    m_filters->applyTo(q);
    q.estateId = m_scope.estateId;
    q.buildingId = m_scope.buildingId;
    q.unitId = m_scope.unitId;
    q.dwellingId = m_scope.dwellingId;
    // A place lists by address, the whole community by name (pinyin): its index makes every page
    // cheap, also deep down (bench_roster_model). Sorting 250,000 people by address takes about
    // half a second per page, so the address order needs a place.
    const bool scoped = q.estateId || q.buildingId || q.unitId || q.dwellingId;
    if (!scoped && m_sortColumn == PeopleTableModel::AddressColumn) {
        m_sortColumn = -1;
        m_table->horizontalHeader()->setSortIndicatorShown(false);
    }
    if (m_sortColumn == PeopleTableModel::NameColumn || !scoped)
        q.order = PeopleQuery::Order::Name;
    else
        q.order = PeopleQuery::Order::Address;
    m_people->setQuery(q);
    m_table->scrollToTop();
    updateActions();
}

void RosterPage::sortBy(int column)
{
    // Name and address are sorted in SQL; any other column goes back to the default order.
    QHeaderView *header = m_table->horizontalHeader();
    const bool sortable = column == PeopleTableModel::NameColumn || column == PeopleTableModel::AddressColumn;
    if (column == PeopleTableModel::AddressColumn && !selectedPlace().isValid()) {
        showMessage(tr("Select an estate or a building to list its people by address."));
        return;
    }
    m_sortColumn = sortable && column != m_sortColumn ? column : -1;
    header->setSortIndicatorShown(m_sortColumn >= 0);
    if (m_sortColumn >= 0)
        header->setSortIndicator(m_sortColumn, Qt::AscendingOrder);
    applyQuery();
}

QString RosterPage::scopeText() const
{
    QStringList parts;
    for (QModelIndex i = selectedPlace(); i.isValid(); i = i.parent())
        parts.prepend(i.data(Qt::DisplayRole).toString());
    return parts.isEmpty() ? tr("All estates") : parts.join(QStringLiteral(" › "));
}

void RosterPage::updateCount()
{
    m_scopeLabel->setText(scopeText());
    m_clearScope->setVisible(selectedPlace().isValid());
    m_countLabel->setText(tr("%Ln people", nullptr, m_people->totalCount()));
}

void RosterPage::restoreSelection(qint64 personId, int oldRow)
{
    if (!personId)
        return;
    // The person is most likely where they were (or one row off after an insert or removal).
    if (oldRow >= 0 && oldRow < m_people->rowCount())
        m_people->personId(oldRow);
    const int row = m_people->rowOfPerson(personId, oldRow);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_people->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace cd
