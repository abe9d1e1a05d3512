// RosterPage: layout, loading, scope, selection and masking. Edits are in rosterpage_edits.cpp.
#include "roster/rosterpage.h"
#include "roster/rosterfileactions.h"

#include "db/database.h"
#include "pages/navicons.h"
#include "roster/householdpanel.h"
#include "roster/peopletablemodel.h"
#include "roster/privacymask.h"
#include "roster/rostercodes.h"
#include "roster/rosterfilterbar.h"
#include "roster/rosterrepository.h"
#include "roster/tagchipdelegate.h"
#include "session/appsession.h"
#include "settings/preference.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>

namespace cd {

namespace {

const char *const pageStyle = R"(
#rosterHeading { font-size: 18px; font-weight: 600; color: #202124; }
#rosterScope { color: #3c4043; font-size: 14px; }
#rosterCount { color: #5f6368; }
#rosterToolBar { border: none; spacing: 2px; }
#placeTree, #peopleTable { border: 1px solid #e3e3e6; border-radius: 4px; }
#peopleTable { alternate-background-color: #fafafb; }
#peopleTable QHeaderView::section { padding: 5px 6px; border: none; border-bottom: 1px solid #e3e3e6;
  background: #f6f6f8; color: #3c4043; }
#householdPanel { border: 1px solid #e3e3e6; border-radius: 4px; background: #ffffff; }
)";

const Preference<QByteArray> splitterState{QStringLiteral("roster/splitter"), QByteArray()};

} // namespace

RosterPage::RosterPage(AppSession &session, QWidget *parent)
    : Page(session, parent),
      m_undo(new QUndoStack(this)),
      m_heading(new QLabel(this)),
      m_scopeLabel(new QLabel(this)),
      m_clearScope(new QToolButton(this)),
      m_countLabel(new QLabel(this)),
      m_toolBar(new QToolBar(this)),
      m_filters(new RosterFilterBar(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_tree(new QTreeView(m_splitter)),
      m_places(new PlaceTreeModel(this)),
      m_table(new QTableView(m_splitter)),
      m_people(new PeopleTableModel(this)),
      m_panel(new HouseholdPanel(m_splitter))
{
    setObjectName(QStringLiteral("rosterPage"));
    setStyleSheet(QString::fromLatin1(pageStyle));
    createActions();
    new RosterFileActions(*this, session);
    buildLayout();

    // Selection, not the current index: a click moves the current index before it selects.
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterPage::placeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterPage::personSelected);
    connect(m_table, &QTableView::doubleClicked, this, &RosterPage::editPerson);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &RosterPage::sortBy);
    connect(m_filters, &RosterFilterBar::queryChanged, this, &RosterPage::applyQuery);
    connect(m_people, &PeopleTableModel::countChanged, this, &RosterPage::updateCount);
    connect(m_people, &PeopleTableModel::loadFailed, this, &RosterPage::showMessage);
    connect(m_places, &PlaceTreeModel::loadFailed, this, &RosterPage::showMessage);
    connect(m_clearScope, &QToolButton::clicked, this, &RosterPage::clearScope);
    connect(m_panel, &HouseholdPanel::dwellingActivated, this,
            [this](qint64 id) { selectPlace(PlaceTreeModel::Kind::Dwelling, id); });
    connect(m_panel, &HouseholdPanel::personActivated, this, &RosterPage::showPersonDetails);
    connect(m_undo, &QUndoStack::indexChanged, this, &RosterPage::updateActions);

    retranslateUi();
    updateActions();
}

RosterPage::~RosterPage()
{
    // Commands hold the repository: they go first.
    m_undo->clear();
}

QString RosterPage::title() const
{
    return tr("Buildings & Residents");
}

QIcon RosterPage::icon() const
{
    return navigationIcon(QStringLiteral("roster"));
}

void RosterPage::buildLayout()
{
    m_heading->setObjectName(QStringLiteral("rosterHeading"));
    m_scopeLabel->setObjectName(QStringLiteral("rosterScope"));
    m_countLabel->setObjectName(QStringLiteral("rosterCount"));
    m_clearScope->setObjectName(QStringLiteral("clearScope"));
    m_clearScope->setAutoRaise(true);
    m_toolBar->setObjectName(QStringLiteral("rosterToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    m_tree->setObjectName(QStringLiteral("placeTree"));
    m_tree->setModel(m_places);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true); // 100,000 dwellings may be listed
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_people);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(PeopleTableModel::TagsColumn,
                                      new TagChipDelegate(PeopleTableModel::TagsRole, m_table));
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so it never reads pages it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setStretchLastSection(true);
    header->setTextElideMode(Qt::ElideRight);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RosterPage::chooseColumns);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_tree->setMinimumWidth(150);
    m_panel->setMinimumWidth(220);
    m_splitter->setSizes({180, 760, 260});
    m_splitter->restoreState(splitterState.value());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { splitterState.setValue(m_splitter->saveState()); });

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_heading);
    top->addWidget(m_scopeLabel);
    top->addWidget(m_clearScope);
    top->addStretch(1);
    top->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
}

void RosterPage::createActions()
{
    auto make = [this](Action which, const char *name) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a); // shortcuts work anywhere on the page
        m_actions[size_t(which)] = a;
        return a;
    };
    m_actions.resize(size_t(Action::ShowFullNumbers) + 1, nullptr);
    make(Action::AddPerson, "addPerson")->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    make(Action::EditPerson, "editPerson")->setShortcut(QKeySequence(Qt::Key_F2));
    make(Action::MovePerson, "movePerson");
    make(Action::ArchivePerson, "archivePerson");
    make(Action::EditDwelling, "editDwelling");
    make(Action::EditBuilding, "editBuilding");
    QAction *undo = m_undo->createUndoAction(this);
    QAction *redo = m_undo->createRedoAction(this);
    for (auto [which, a, name] : {std::tuple{Action::Undo, undo, "undo"}, std::tuple{Action::Redo, redo, "redo"}}) {
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_actions[size_t(which)] = a;
    }
    undo->setShortcuts(QKeySequence::Undo);
    redo->setShortcuts(QKeySequence::Redo);
    make(Action::ShowFullNumbers, "showFullNumbers")->setCheckable(true);

    auto *find = new QAction(this);
    find->setShortcuts(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchEdit()->setFocus();
        m_filters->searchEdit()->selectAll();
    });

    // The first group is for import, export and print (addFileAction); it starts empty.
    m_fileGroupEnd = m_toolBar->addSeparator();
    m_fileGroupEnd->setVisible(false);
    for (Action a : {Action::AddPerson, Action::EditPerson, Action::MovePerson, Action::ArchivePerson})
        m_toolBar->addAction(action(a));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::EditDwelling));
    m_toolBar->addAction(action(Action::EditBuilding));
    m_toolBar->addSeparator();
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::ShowFullNumbers));

    connect(action(Action::AddPerson), &QAction::triggered, this, &RosterPage::addPerson);
    connect(action(Action::EditPerson), &QAction::triggered, this, &RosterPage::editPerson);
    connect(action(Action::MovePerson), &QAction::triggered, this, &RosterPage::moveSelectedPerson);
    connect(action(Action::ArchivePerson), &QAction::triggered, this, &RosterPage::archiveSelectedPerson);
    connect(action(Action::EditDwelling), &QAction::triggered, this, &RosterPage::editDwelling);
    connect(action(Action::EditBuilding), &QAction::triggered, this, &RosterPage::editBuilding);
    connect(action(Action::ShowFullNumbers), &QAction::toggled, this, &RosterPage::setFullNumbersShown);
}

QAction *RosterPage::action(Action which) const
{
    return m_actions[size_t(which)];
}

void RosterPage::addFileAction(QAction *action)
{
    m_toolBar->insertAction(m_fileGroupEnd, action);
    m_fileGroupEnd->setVisible(true);
}

void RosterPage::retranslateUi()
{
    m_heading->setText(tr("Buildings & Residents"));
    m_clearScope->setText(tr("Show everyone"));
    m_clearScope->setToolTip(tr("Show the people of every estate"));
    const struct { Action action; const char *text; const char *tip; } texts[] = {
        {Action::AddPerson, QT_TR_NOOP("Add Person…"), QT_TR_NOOP("Add a person; a selected dwelling becomes their home")},
        {Action::EditPerson, QT_TR_NOOP("Edit…"), QT_TR_NOOP("Edit the selected person")},
        {Action::MovePerson, QT_TR_NOOP("Move…"), QT_TR_NOOP("Move the selected person to another dwelling")},
        {Action::ArchivePerson, QT_TR_NOOP("Archive…"), QT_TR_NOOP("Archive the selected person (kept, but no longer listed)")},
        {Action::EditDwelling, QT_TR_NOOP("Edit Dwelling…"), QT_TR_NOOP("Edit the selected dwelling")},
        {Action::EditBuilding, QT_TR_NOOP("Edit Building…"), QT_TR_NOOP("Edit the selected building")},
        {Action::ShowFullNumbers, QT_TR_NOOP("Show Full Numbers"),
         QT_TR_NOOP("Show ID numbers and phone numbers in full for this session (recorded in the audit log)")},
    };
    for (const auto &t : texts) {
        action(t.action)->setText(tr(t.text));
        action(t.action)->setToolTip(tr(t.tip));
    }
    action(Action::Undo)->setToolTip(tr("Undo the last change on this page"));
    action(Action::Redo)->setToolTip(tr("Redo the change undone last"));
    m_people->retranslate();
    m_places->retranslate();
    fitColumns();
    updateCount();
    updateActions();
}

bool RosterPage::ensureSource()
{
    if (!session().isOpen())
        return false;
    const Database *db = &session().database();
    if (db == m_source && m_repository)
        return true;
    databaseClosed();
    m_source = db;
    m_repository = std::make_unique<RosterRepository>(session().database());
    m_mask = std::make_unique<PrivacyMask>(session().database());
    m_people->setSource(db, m_mask.get());
    m_places->setRepository(m_repository.get());
    return true;
}

void RosterPage::refresh()
{
    const bool fresh = m_source != &session().database() || !m_repository;
    if (!ensureSource())
        return;
    if (const auto grids = m_repository->grids())
        m_filters->setGrids(grids.value());
    if (fresh) {
        applyQuery();
    } else {
        // Data changed (here or elsewhere): read again, keeping expansion, selection and scroll.
        const qint64 person = selectedPersonId();
        const int row = m_table->currentIndex().row();
        const int scroll = m_table->verticalScrollBar()->value();
        reloadTree();
        m_people->reload();
        m_table->verticalScrollBar()->setValue(scroll);
        restoreSelection(person, row);
    }
    updateCount();
    if (fresh)
        showDetails();
    else
        refreshDetails();
    updateActions();
}

void RosterPage::databaseClosed()
{
    m_undo->clear();
    if (m_dialog)
        m_dialog->reject();
    m_people->setSource(nullptr, nullptr);
    m_places->setRepository(nullptr);
    m_mask.reset();
    m_repository.reset();
    m_source = nullptr;
    m_scope = PeopleQuery();
    const QSignalBlocker blocker(action(Action::ShowFullNumbers));
    action(Action::ShowFullNumbers)->setChecked(false);
    m_panel->showMessage(QString());
    updateCount();
    updateActions();
}

void RosterPage::reloadTree()
{
    using Kind = PlaceTreeModel::Kind;
    std::vector<std::pair<Kind, qint64>> expanded; // parents before children
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_places->rowCount(parent); ++r) {
            const QModelIndex i = m_places->index(r, 0, parent);
            if (m_tree->isExpanded(i)) {
                expanded.emplace_back(PlaceTreeModel::kind(i), PlaceTreeModel::id(i));
                walk(i);
            }
        }
    };
    walk(QModelIndex());
    const QModelIndex selected = selectedPlace();
    const auto kept = std::make_pair(PlaceTreeModel::kind(selected), PlaceTreeModel::id(selected));
    {
        // The reset clears the selection; the scope must not follow it.
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_places->reload();
        for (const auto &[kind, id] : expanded) {
            const QModelIndex i = m_places->find(kind, id);
            if (!i.isValid())
                continue;
            m_places->fetchMore(i);
            m_tree->expand(i);
        }
        if (selected.isValid()) {
            const QModelIndex i = m_places->find(kept.first, kept.second);
            if (i.isValid())
                m_tree->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
        }
    }
    m_tree->viewport()->update();
}

QModelIndex RosterPage::selectedPlace() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

qint64 RosterPage::ancestorId(PlaceTreeModel::Kind kind) const
{
    for (QModelIndex i = selectedPlace(); i.isValid(); i = i.parent()) {
        if (PlaceTreeModel::kind(i) == kind)
            return PlaceTreeModel::id(i);
    }
    return 0;
}

qint64 RosterPage::currentEstateId() const
{
    return ancestorId(PlaceTreeModel::Kind::Estate);
}

qint64 RosterPage::currentBuildingId() const
{
    return ancestorId(PlaceTreeModel::Kind::Building);
}

qint64 RosterPage::selectedDwellingId() const
{
    return ancestorId(PlaceTreeModel::Kind::Dwelling);
}

qint64 RosterPage::selectedPersonId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return 0;
    return m_people->personId(current.row());
}

void RosterPage::placeSelected()
{
    using Kind = PlaceTreeModel::Kind;
    m_scope = PeopleQuery();
    const QModelIndex place = selectedPlace();
    if (place.isValid()) {
        const qint64 id = PlaceTreeModel::id(place);
        switch (PlaceTreeModel::kind(place)) {
        case Kind::Estate: m_scope.estateId = id; break;
        case Kind::Building: m_scope.buildingId = id; break;
        case Kind::Unit: m_scope.unitId = id; break;
        case Kind::Dwelling: m_scope.dwellingId = id; break;
        }
    }
    applyQuery();
    showDetails();
}

void RosterPage::clearScope()
{
    m_tree->selectionModel()->clear(); // selectionChanged → placeSelected
    if (m_scope.estateId || m_scope.buildingId || m_scope.unitId || m_scope.dwellingId)
        placeSelected();
}

bool RosterPage::setFullNumbersShown(bool shown)
{
    QAction *toggle = action(Action::ShowFullNumbers);
    bool ok = true;
    if (!m_mask) {
        ok = !shown;
    } else if (shown) {
        const Status s = m_mask->unmaskAll(PrivacyMask::IdNumber | PrivacyMask::Phone,
                                           QStringLiteral("roster page"));
        if (!s) {
            showMessage(s.message());
            ok = false;
        }
    } else {
        m_mask->maskAll();
    }
    const QSignalBlocker blocker(toggle);
    toggle->setChecked(ok && shown);
    m_people->maskChanged();
    m_panel->rerender();
    return ok;
}

void RosterPage::showMessage(const QString &text)
{
    m_lastMessage = text;
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(text, 10000);
}

} // namespace cd
