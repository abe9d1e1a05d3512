// RosterPage: the edits — forms for people, dwellings and buildings, moving, archiving — and the
// undo stack they go on.
#include "roster/rosterpage.h"

#include "db/database.h"
#include "db/transaction.h"
#include "roster/buildingdialog.h"
#include "roster/dwellingdialog.h"
#include "roster/householdpanel.h"
#include "roster/movepersondialog.h"
#include "roster/peopletablemodel.h"
#include "roster/persondialog.h"
#include "roster/personplaces.h"
#include "roster/rosterchangecommand.h"
#include "roster/rosterrepository.h"
#include "session/appsession.h"

#include <QInputDialog>
#include <QItemSelectionModel>
#include <QTableView>
#include <QUndoStack>

namespace cd {

void RosterPage::pushChanges(std::vector<RosterChange> changes)
{
    auto *command = new RosterChangeCommand(*m_repository, std::move(changes), [this](const Status &status) {
        if (!status)
            showMessage(tr("The change could not be taken back: %1").arg(status.message()));
        session().notifyDataChanged();
    });
    m_undo->push(command); // already written: the first redo() does nothing
    session().notifyDataChanged();
}

void RosterPage::openDialog(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->reject();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal without a nested event loop
}

void RosterPage::addPerson()
{
    if (!m_repository)
        return;
    auto *dialog = new PersonDialog(session().database(), this);
    if (const qint64 home = selectedDwellingId())
        dialog->setHome(home, m_repository->dwellingAddress(home));
    dialog->setSaver([this](const Person &person, const std::optional<PersonDialog::MoveIn> &moveIn) -> Status {
        // Adding and moving in are one write and one undo step.
        Transaction tx(session().database());
        if (!tx.isActive())
            return tx.startStatus();
        const auto created = m_repository->createPerson(person);
        if (!created)
            return created.status();
        std::vector<RosterChange> changes{created.value()};
        if (moveIn) {
            const auto moved = m_repository->moveIn(created->id, moveIn->dwellingId, moveIn->relation, moveIn->date);
            if (!moved)
                return moved.status();
            changes.push_back(moved.value());
        }
        if (Status s = tx.commit(); !s)
            return s;
        const qint64 id = created->id;
        pushChanges(std::move(changes));
        showMessage(tr("Added %1.").arg(person.name.simplified()));
        // Selected when the table shows the new person; the details show them in any case.
        const int last = m_people->rowCount() - 1;
        m_people->personId(last);
        if (const int row = m_people->rowOfPerson(id, last); row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_people->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                                    | QItemSelectionModel::Rows);
        showPersonDetails(id);
        return Status::success();
    });
    openDialog(dialog);
}

void RosterPage::editPerson()
{
    const qint64 id = selectedPersonId();
    if (!m_repository || !id)
        return;
    const auto person = m_repository->person(id);
    if (!person) {
        showMessage(person.message());
        return;
    }
    auto *dialog = new PersonDialog(session().database(), this);
    dialog->setPerson(person.value(), m_mask.get());
    dialog->setSaver([this](const Person &edited, const std::optional<PersonDialog::MoveIn> &) -> Status {
        return pushChange(m_repository->updatePerson(edited));
    });
    openDialog(dialog);
}

void RosterPage::moveSelectedPerson()
{
    const qint64 id = selectedPersonId();
    if (!m_repository || !id)
        return;
    const auto person = m_repository->person(id);
    const auto places = PersonPlaces::load(session().database(), id);
    if (!person || !places) {
        showMessage(!person ? person.message() : places.message());
        return;
    }
    QString address, relation, estate;
    for (const PersonPlaces::Residence &r : places->residences) {
        if (r.link.isCurrent()) {
            address = r.address;
            relation = r.link.relation;
            break;
        }
    }
    if (const auto estates = m_repository->estates()) {
        for (const Estate &e : estates.value()) {
            if (address.startsWith(e.name + QLatin1Char(' ')))
                estate = e.name;
        }
    }
    auto *dialog = new MovePersonDialog(*m_repository, this);
    dialog->setPerson(person->name, address, estate, relation);
    dialog->setSaver([this, id](const MovePersonDialog::Move &move) -> Status {
        return pushChange(move.away ? m_repository->moveOut(id, move.date)
                                    : m_repository->movePerson(id, move.dwellingId, move.relation, move.date));
    });
    openDialog(dialog);
}

void RosterPage::archiveSelectedPerson()
{
    const qint64 id = selectedPersonId();
    if (!m_repository || !id)
        return;
    const auto person = m_repository->person(id);
    if (!person) {
        showMessage(person.message());
        return;
    }
    if (person->archived) {
        archivePerson(id, QString());
        return;
    }
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("archiveReason"));
    ask->setWindowTitle(tr("Archive %1").arg(person->name));
    ask->setLabelText(tr("%1 stays on record but is no longer listed. Reason (kept in the history):")
                          .arg(person->name));
    ask->setOkButtonText(tr("Archive"));
    connect(ask, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        archivePerson(id, reason);
    });
    openDialog(ask);
}

Status RosterPage::archivePerson(qint64 personId, const QString &reason)
{
    if (!m_repository)
        return Status::failure(tr("No database is open."));
    const auto person = m_repository->person(personId);
    if (!person)
        return person.status();
    const auto change = person->archived ? m_repository->unarchivePerson(personId)
                                         : m_repository->archivePerson(personId, reason);
    if (!change) {
        showMessage(change.message());
        return change.status();
    }
    pushChanges({change.value()});
    showMessage(change->description);
    return Status::success();
}

void RosterPage::editDwelling()
{
    if (!m_repository)
        return;
    qint64 id = selectedDwellingId();
    if (!id && selectedPersonId())
        id = m_table->selectionModel()->currentIndex().data(PeopleTableModel::DwellingIdRole).toLongLong();
    if (!id)
        return;
    const auto dwelling = m_repository->dwelling(id);
    if (!dwelling) {
        showMessage(dwelling.message());
        return;
    }
    auto *dialog = new DwellingDialog(this);
    dialog->setDwelling(dwelling.value(), m_repository->dwellingAddress(id));
    dialog->setSaver([this](const Dwelling &edited) -> Status {
        return pushChange(m_repository->saveDwelling(edited));
    });
    openDialog(dialog);
}

void RosterPage::editBuilding()
{
    const qint64 id = currentBuildingId();
    if (!m_repository || !id)
        return;
    const auto building = m_repository->building(id);
    const auto grids = m_repository->grids();
    if (!building || !grids) {
        showMessage(!building ? building.message() : grids.message());
        return;
    }
    const auto estate = m_repository->estate(building->estateId);
    auto *dialog = new BuildingDialog(this);
    dialog->setBuilding(building.value(), estate ? estate->name : QString(), grids.value());
    dialog->setSaver([this](const Building &edited) -> Status {
        return pushChange(m_repository->saveBuilding(edited));
    });
    openDialog(dialog);
}

Status RosterPage::pushChange(const Result<RosterChange> &change)
{
    if (!change)
        return change.status();
    if (!change->isEmpty()) // a save that changed nothing leaves nothing to undo
        pushChanges({change.value()});
    return Status::success();
}

} // namespace cd
