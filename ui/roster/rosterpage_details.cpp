// RosterPage: the details panel, finding places in the tree, and which actions apply.
#include "roster/rosterpage.h"

#include "db/database.h"
#include "roster/householdpanel.h"
#include "roster/householdview.h"
#include "roster/peopletablemodel.h"
#include "roster/personplaces.h"
#include "roster/rostercodes.h"
#include "roster/rosterrepository.h"
#include "session/appsession.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

namespace cd {

void RosterPage::personSelected()
{
    showDetails();
    updateActions();
}

void RosterPage::showDetails()
{
    using Kind = PlaceTreeModel::Kind;
    if (!m_repository) {
        m_panel->showMessage(tr("No database is open."));
        return;
    }
    if (const qint64 person = selectedPersonId()) {
        showPersonDetails(person);
        return;
    }
    const QModelIndex place = selectedPlace();
    if (!place.isValid()) {
        m_panel->showMessage(tr("Select a place in the tree to see its household, or a person in the table."));
        return;
    }
    const qint64 id = PlaceTreeModel::id(place);
    switch (PlaceTreeModel::kind(place)) {
    case Kind::Dwelling:
        showDwellingDetails(id);
        return;
    case Kind::Estate: {
        const auto estate = m_repository->estate(id);
        const auto buildings = m_repository->buildings(id);
        if (!estate || !buildings)
            m_panel->showMessage(estate ? buildings.message() : estate.message());
        else
            m_panel->showEstate(estate.value(), int(buildings->size()));
        return;
    }
    case Kind::Building: {
        const auto building = m_repository->building(id);
        if (!building) {
            m_panel->showMessage(building.message());
            return;
        }
        QString gridName;
        if (const auto grids = m_repository->grids()) {
            for (const Grid &g : grids.value()) {
                if (g.id == building->gridId)
                    gridName = g.workerName.isEmpty() ? g.name : tr("%1 (%2)").arg(g.name, g.workerName);
            }
        }
        std::vector<HouseholdPanel::Leader> leaders;
        if (const auto found = m_repository->buildingLeaders(id)) {
            for (const BuildingLeader &l : found.value()) {
                const auto person = m_repository->person(l.personId);
                leaders.emplace_back(RosterCodes::leaderKindLabel(l.kind), person ? person->name : QString());
            }
        }
        m_panel->showBuilding(building.value(), place.parent().data(PlaceTreeModel::TextRole).toString(), gridName,
                              leaders);
        return;
    }
    case Kind::Unit:
        m_panel->showMessage(tr("%1: %Ln people live here. Select a dwelling to see its household.", nullptr,
                                m_people->totalCount())
                                 .arg(scopeText()));
        return;
    }
}

void RosterPage::refreshDetails()
{
    if (m_repository && m_panel->shownKind() == 'p')
        showPersonDetails(m_panel->shownId());
    else if (m_repository && m_panel->shownKind() == 'd')
        showDwellingDetails(m_panel->shownId());
    else
        showDetails();
}

void RosterPage::showPersonDetails(qint64 personId)
{
    if (!m_repository)
        return;
    const auto person = m_repository->person(personId);
    const auto places = PersonPlaces::load(session().database(), personId);
    const auto history = m_repository->history(personId);
    if (!person || !places || !history) {
        m_panel->showMessage(!person ? person.message() : !places ? places.message() : history.message());
        return;
    }
    m_panel->showPerson(person.value(), places.value(), history.value(), m_mask.get());
}

void RosterPage::showDwellingDetails(qint64 dwellingId)
{
    const auto view = HouseholdView::load(session().database(), dwellingId);
    if (!view)
        m_panel->showMessage(view.message());
    else
        m_panel->showDwelling(view.value());
}

bool RosterPage::selectPlace(PlaceTreeModel::Kind kind, qint64 id)
{
    using Kind = PlaceTreeModel::Kind;
    if (!m_repository)
        return false;
    QModelIndex target = m_places->find(kind, id);
    // The child of `parent` whose untranslated text is `text`, reading the children first.
    auto childByText = [this](const QModelIndex &parent, const QString &text) {
        m_places->fetchMore(parent);
        for (int r = 0; r < m_places->rowCount(parent); ++r) {
            const QModelIndex i = m_places->index(r, 0, parent);
            if (i.data(PlaceTreeModel::TextRole).toString() == text)
                return i;
        }
        return QModelIndex();
    };
    if (!target.isValid() && kind == Kind::Building) {
        if (const auto building = m_repository->building(id)) {
            const QModelIndex estate = m_places->find(Kind::Estate, building->estateId);
            if (estate.isValid()) {
                m_places->fetchMore(estate);
                target = m_places->find(kind, id);
            }
        }
    } else if (!target.isValid() && kind == Kind::Dwelling) {
        if (const auto view = HouseholdView::load(session().database(), id)) {
            const QModelIndex estate = childByText(QModelIndex(), view->estateName);
            const QModelIndex building = estate.isValid() ? childByText(estate, view->buildingNumber) : QModelIndex();
            const QModelIndex unit = building.isValid() ? childByText(building, view->unitNumber) : QModelIndex();
            if (unit.isValid()) {
                m_places->fetchMore(unit);
                target = m_places->find(kind, id);
            }
        }
    }
    if (!target.isValid())
        return false;
    for (QModelIndex up = target.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(target);
    return true;
}

void RosterPage::updateActions()
{
    const bool open = m_repository != nullptr;
    const qint64 person = open ? selectedPersonId() : 0;
    const QModelIndex row = m_table->selectionModel()->currentIndex();
    const bool archived = person && row.data(PeopleTableModel::ArchivedRole).toBool();
    const qint64 home = person ? row.data(PeopleTableModel::DwellingIdRole).toLongLong() : 0;
    action(Action::AddPerson)->setEnabled(open);
    action(Action::EditPerson)->setEnabled(person != 0);
    action(Action::MovePerson)->setEnabled(person != 0 && !archived);
    action(Action::ArchivePerson)->setEnabled(person != 0);
    action(Action::ArchivePerson)->setText(archived ? tr("Restore") : tr("Archive…"));
    action(Action::EditDwelling)->setEnabled(open && (selectedDwellingId() || home));
    action(Action::EditBuilding)->setEnabled(open && currentBuildingId());
    action(Action::ShowFullNumbers)->setEnabled(open);
}

} // namespace cd
