#pragma once

#include "common/status.h"
#include "pages/page.h"
#include "roster/peoplequery.h"
#include "roster/placetreemodel.h"
#include "roster/rosterchange.h"

#include <QDialog>
#include <QPointer>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace cd {

class Database;
class HouseholdPanel;
class PeopleTableModel;
class PrivacyMask;
class RosterFilterBar;
class RosterRepository;

/// 楼栋住户: the estate → building → unit → dwelling tree beside the people table, one search
/// box with filters, and the household / person details. Selecting a place scopes the table to
/// its current residents. People, dwellings and buildings are edited in forms; every edit goes
/// on the page's undo stack. ID numbers and phones are masked unless "Show full numbers" is on.
///
/// For the roster's import, export and print: put their actions into the toolbar with
/// addFileAction() (they appear first, in a group of their own); currentQuery() is what the table
/// shows (search, filters and scope), privacyMask() the session's masking choice, and an import
/// that can be undone may push its own QUndoCommand on undoStack(). After writing, call
/// AppSession::notifyDataChanged(): the page reloads and keeps its place.
class RosterPage : public Page
{
    Q_OBJECT

public:
    enum class Action {
        AddPerson,
        EditPerson,
        MovePerson,
        ArchivePerson, ///< toggles: "Restore" for an archived person
        EditDwelling,
        EditBuilding,
        Undo,
        Redo,
        ShowFullNumbers, ///< checkable; turning it on is logged (PrivacyMask)
    };

    explicit RosterPage(AppSession &session, QWidget *parent = nullptr);
    ~RosterPage() override;

    QString pageId() const override { return QStringLiteral("roster"); }
    QString title() const override;
    QIcon icon() const override;

    // --- For the import, export and print actions --------------------------------------------
    QToolBar *toolBar() const { return m_toolBar; }
    /// Adds `action` to the toolbar's first group (before the editing actions), in order of calls.
    void addFileAction(QAction *action);
    /// The search, filters and scope of the table as shown now.
    PeopleQuery currentQuery() const;
    /// The scope in words: "幸福小区 › Building 3", or "All estates".
    QString scopeText() const;
    /// The estate / building of the selected place (the building of a unit or dwelling, ...); 0 when none.
    qint64 currentEstateId() const;
    qint64 currentBuildingId() const;
    /// Null while no database is open.
    PrivacyMask *privacyMask() const { return m_mask.get(); }
    RosterRepository *repository() const { return m_repository.get(); }
    QUndoStack *undoStack() const { return m_undo; }

    // --- Parts, for tests --------------------------------------------------------------------
    QAction *action(Action which) const;
    QTreeView *placeTree() const { return m_tree; }
    PlaceTreeModel *placeModel() const { return m_places; }
    QTableView *peopleTable() const { return m_table; }
    PeopleTableModel *peopleModel() const { return m_people; }
    RosterFilterBar *filterBar() const { return m_filters; }
    HouseholdPanel *householdPanel() const { return m_panel; }
    /// The form opened by the last action, while it is open.
    QDialog *openDialog() const { return m_dialog; }
    /// The last message shown in the status bar (errors of saving, undo, unmasking).
    QString lastMessage() const { return m_lastMessage; }

    /// The person selected in the table, 0 when none.
    qint64 selectedPersonId() const;
    /// Selects a place in the tree, expanding its parents (reads them if needed).
    bool selectPlace(PlaceTreeModel::Kind kind, qint64 id);
    /// Shows everyone again (no place selected).
    void clearScope();
    /// Turns masking off for this session (logged) or on again; false when unmasking was refused.
    bool setFullNumbersShown(bool shown);

    // --- Edits (the actions call these) -------------------------------------------------------
    void addPerson();
    void editPerson();
    void moveSelectedPerson();
    void archiveSelectedPerson();
    void editDwelling();
    void editBuilding();
    /// Archives (or, when archived, restores) a person, on the undo stack.
    Status archivePerson(qint64 personId, const QString &reason);

protected:
    void refresh() override;
    void databaseClosed() override;
    void retranslateUi() override;

private:
    void createActions();
    void buildLayout();
    void fitColumns();
    /// The header's menu: which columns show (remembered with their order and widths).
    void chooseColumns(const QPoint &at);
    void saveColumns();
    bool ensureSource();
    void placeSelected();
    void personSelected();
    void applyQuery();
    void updateCount();
    void updateActions();
    void showDetails();
    /// Reads what the details panel shows again (after data changed).
    void refreshDetails();
    void sortBy(int column);
    void reloadTree();
    void restoreSelection(qint64 personId, int oldRow);
    void showMessage(const QString &text);
    QModelIndex selectedPlace() const;
    qint64 ancestorId(PlaceTreeModel::Kind kind) const;
    qint64 selectedDwellingId() const;
    /// Puts written changes on the undo stack and tells every page that data changed.
    void pushChanges(std::vector<RosterChange> changes);
    /// Puts a saved change on the undo stack (unless it changed nothing); a refusal is passed on.
    Status pushChange(const Result<RosterChange> &change);
    void openDialog(QDialog *dialog);
    void showPersonDetails(qint64 personId);
    void showDwellingDetails(qint64 dwellingId);

    std::unique_ptr<RosterRepository> m_repository;
    std::unique_ptr<PrivacyMask> m_mask;
    const Database *m_source = nullptr;
    QUndoStack *m_undo;
    PeopleQuery m_scope; // only the scope fields are used
    bool m_columnsRestored = false;
    int m_sortColumn = -1; // the column the user sorted by (name or address), -1 for none
    QString m_lastMessage;
    QPointer<QDialog> m_dialog;

    QLabel *m_heading;
    QLabel *m_scopeLabel;
    QToolButton *m_clearScope;
    QLabel *m_countLabel;
    QToolBar *m_toolBar;
    QAction *m_fileGroupEnd;
    std::vector<QAction *> m_actions; // by Action
    RosterFilterBar *m_filters;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    PlaceTreeModel *m_places;
    QTableView *m_table;
    PeopleTableModel *m_people;
    HouseholdPanel *m_panel;
};

} // namespace cd
