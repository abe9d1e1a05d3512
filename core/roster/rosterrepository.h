#pragma once

#include "common/status.h"
#include "roster/personhistoryentry.h"
#include "roster/personvalidator.h"
#include "roster/roomreference.h"
#include "roster/rosterchange.h"
#include "roster/rostertypes.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;
class Transaction;
class RowStore;

/// An import (or other bulk write) recorded as one batch that can be undone.
struct ImportBatchInfo
{
    qint64 id = 0;
    QDateTime at;
    QString source;
    QString description;
    int rows = 0;        ///< rows it wrote (0 once undone)
    QDateTime undoneAt;  ///< null while not undone
};

/// Reads and writes the roster: places (estates, grids, buildings, units, dwellings), people,
/// who lives where, who owns what, building leaders and red stewards.
///
/// Every write is validated first, runs in one transaction (nothing is left half-written) and
/// returns the RosterChange it made, which revert() undoes and reapply() redoes. Writes to a
/// person record a person_history line. Between beginBatch() and endBatch() every change is
/// also stored in the batch, so that undoBatch() can take back a whole import.
/// Removing something that is still referenced is refused with the reason; people are archived.
class RosterRepository
{
    Q_DECLARE_TR_FUNCTIONS(cd::RosterRepository)

public:
    explicit RosterRepository(Database &database);
    ~RosterRepository();
    RosterRepository(const RosterRepository &) = delete;
    RosterRepository &operator=(const RosterRepository &) = delete;

    Database &database() const { return m_db; }

    // --- Places (rosterrepository_places.cpp) -------------------------------------------
    Result<RosterChange> saveEstate(const Estate &estate);     ///< creates when id is 0
    Result<RosterChange> removeEstate(qint64 id);              ///< refused while it has buildings
    Result<Estate> estate(qint64 id) const;
    Result<std::vector<Estate>> estates() const;               ///< by name
    Result<qint64> findEstate(const QString &name) const;      ///< 0 when there is none

    Result<RosterChange> saveGrid(const Grid &grid);
    Result<RosterChange> removeGrid(qint64 id);                ///< its buildings lose the grid
    Result<std::vector<Grid>> grids() const;

    Result<RosterChange> saveBuilding(const Building &building);
    Result<RosterChange> removeBuilding(qint64 id);            ///< refused while it has units
    Result<Building> building(qint64 id) const;
    Result<std::vector<Building>> buildings(qint64 estateId) const; ///< in number order

    Result<RosterChange> saveUnit(const Unit &unit);
    Result<RosterChange> removeUnit(qint64 id);                ///< refused while it has dwellings
    Result<std::vector<Unit>> units(qint64 buildingId) const;

    Result<RosterChange> saveDwelling(const Dwelling &dwelling);
    Result<RosterChange> removeDwelling(qint64 id);            ///< refused while anyone lives or owns there
    Result<Dwelling> dwelling(qint64 id) const;
    Result<std::vector<Dwelling>> dwellings(qint64 unitId) const;

    /// The dwelling at estate / building / unit / room (numbers compared as written, leading
    /// zeros ignored); a failure names what was not found.
    Result<qint64> findDwelling(const QString &estateName, const QString &building,
                                const QString &unit, const QString &room) const;
    /// Same, from a parsed reference; `estateName` is used when the reference names none.
    Result<qint64> findDwelling(const RoomReference &reference, const QString &estateName = {}) const;
    /// "幸福小区 3-2-501"; empty when the dwelling does not exist.
    QString dwellingAddress(qint64 dwellingId) const;

    // --- People (rosterrepository_people.cpp) -------------------------------------------
    /// Validates (see PersonValidator), fills the pinyin columns and writes.
    Result<RosterChange> createPerson(const Person &person);
    Result<RosterChange> updatePerson(const Person &person);
    Result<RosterChange> archivePerson(qint64 id, const QString &reason = {});
    Result<RosterChange> unarchivePerson(qint64 id);
    /// Deletes a person who is referenced nowhere; otherwise refused with the reason
    /// (archive such a person instead).
    Result<RosterChange> deletePerson(qint64 id);
    Result<Person> person(qint64 id) const;
    /// The person with this ID number (any spelling, 15 or 18 digits); 0 when none.
    Result<qint64> findPersonByIdNumber(const QString &idNumber) const;
    /// The reasons a person cannot be deleted (empty when it can).
    QStringList referencesTo(qint64 personId) const;

    // --- Residence and ownership (rosterrepository_links.cpp) ---------------------------
    /// Adds a residence without ending any other (a second home, a newborn).
    Result<RosterChange> moveIn(qint64 personId, qint64 dwellingId, const QString &relation, QDate date);
    /// Ends the person's current residences on `date` and starts one in `dwellingId`.
    Result<RosterChange> movePerson(qint64 personId, qint64 dwellingId, const QString &relation, QDate date);
    /// Ends the person's current residences on `date`.
    Result<RosterChange> moveOut(qint64 personId, QDate date);
    /// Corrects relation or dates of a residence.
    Result<RosterChange> updateResidence(const ResidenceLink &link);
    /// Deletes a residence entered by mistake (moving out is moveOut()).
    Result<RosterChange> removeResidence(qint64 residenceId);
    Result<std::vector<ResidenceLink>> residencesOfPerson(qint64 personId) const;
    Result<std::vector<ResidenceLink>> residencesOfDwelling(qint64 dwellingId) const;

    /// Adds an owner. A person owner who is the first current one, or is marked isVoter, becomes
    /// the dwelling's only voter. Adding a person ends the developer's current ownership on
    /// `since` (a sale); the developer cannot be added while people own the dwelling.
    Result<RosterChange> addOwner(const OwnershipLink &owner);
    /// Makes `personId` the voter among the dwelling's current co-owners.
    Result<RosterChange> setVoter(qint64 dwellingId, qint64 personId);
    /// Ends an ownership; if it held the vote, the longest-standing remaining co-owner gets it.
    Result<RosterChange> endOwnership(qint64 ownershipId, QDate until);
    Result<RosterChange> removeOwnership(qint64 ownershipId);
    Result<std::vector<OwnershipLink>> ownersOfDwelling(qint64 dwellingId, bool currentOnly = true) const;
    Result<std::vector<OwnershipLink>> ownershipsOfPerson(qint64 personId) const;

    // --- Building leaders and red stewards (rosterrepository_roles.cpp) -----------------
    Result<RosterChange> addBuildingLeader(const BuildingLeader &leader);
    Result<RosterChange> removeBuildingLeader(qint64 leaderId);
    Result<std::vector<BuildingLeader>> buildingLeaders(qint64 buildingId) const;

    /// Creates or updates a red steward and replaces its set of households.
    Result<RosterChange> saveRedSteward(const RedSteward &steward);
    Result<RosterChange> removeRedSteward(qint64 stewardId);
    Result<std::vector<RedSteward>> redStewards() const;

    // --- History, undo and batches (rosterrepository_history.cpp) -----------------------
    Result<std::vector<PersonHistoryEntry>> history(qint64 personId) const;

    /// Undoes a change (newest row first) / does it again, in one transaction. Refused, with
    /// nothing written, when one of its rows was changed by something else since.
    Status revert(const RosterChange &change);
    Status reapply(const RosterChange &change);

    /// Starts recording every following change into a new import batch; returns its id.
    /// Call inside the importer's transaction so that a failed import leaves no batch behind,
    /// and always end it (BatchGuard does that on every way out of a scope).
    Result<qint64> beginBatch(const QString &source, const QString &description);
    void endBatch();

    /// Ends the current batch when it goes out of scope.
    class BatchGuard
    {
    public:
        explicit BatchGuard(RosterRepository &repository) : m_repository(repository) {}
        ~BatchGuard() { m_repository.endBatch(); }
        BatchGuard(const BatchGuard &) = delete;
        BatchGuard &operator=(const BatchGuard &) = delete;

    private:
        RosterRepository &m_repository;
    };

    qint64 currentBatch() const { return m_batchId; }
    Result<std::vector<ImportBatchInfo>> batches() const; ///< newest first
    /// Restores the state before the batch in one transaction: rows it inserted are deleted,
    /// rows it updated get their earlier values back. Refused when a row was changed since.
    Status undoBatch(qint64 batchId);

private:
    // Commits `tx` after storing `change` in the current batch, if any.
    Status finish(Transaction &tx, const RosterChange &change);
    Status addHistory(qint64 personId, const QString &kind, const QString &detail);
    Status applyRows(const RosterChange &change, bool forward, int *failedRow = nullptr);
    Result<RosterChange> removeRow(const QString &table, qint64 id, const QString &description);
    Status recordRow(qint64 batchId, const RowChange &row);
    Status writeTags(RowStore &store, qint64 personId, const QStringList &before, const QStringList &after);
    Status ensureOneVoter(RowStore &store, qint64 dwellingId, qint64 preferredOwnershipId);
    QString personName(qint64 personId) const;
    /// Deletes the rows a bulk import inserted (one id range), refusing when the image shows a change.
    Status undoRange(const QString &table, qint64 first, qint64 last, const QString &image);

    Database &m_db;
    qint64 m_batchId = 0;
};

} // namespace cd
