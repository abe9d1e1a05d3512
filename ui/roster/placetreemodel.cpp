#include "roster/placetreemodel.h"

#include "roster/rostercodes.h"
#include "roster/rosterrepository.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cd {

struct PlaceTreeModel::Node
{
    bool isRoot = false;
    Kind kind = Kind::Estate;
    qint64 id = 0;
    QString text;      ///< estate name, building / unit number, room
    QString occupancy; ///< dwellings only
    qint64 areaCenti = 0;
    QString detail;    ///< estates: address; buildings: address
    Node *parent = nullptr;
    int row = 0;
    bool fetched = false;
    std::vector<std::unique_ptr<Node>> children;
};

PlaceTreeModel::PlaceTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->isRoot = true;
    m_root->fetched = true;
}

PlaceTreeModel::~PlaceTreeModel() = default;

void PlaceTreeModel::setRepository(const RosterRepository *repository)
{
    m_repository = repository;
    reload();
}

void PlaceTreeModel::reload()
{
    beginResetModel();
    m_error.clear();
    m_root->children.clear();
    if (m_repository)
        m_root->children = readChildren(*m_root);
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

std::vector<std::unique_ptr<PlaceTreeModel::Node>> PlaceTreeModel::readChildren(const Node &parent)
{
    std::vector<std::unique_ptr<Node>> out;
    auto add = [&](Kind kind, qint64 id, const QString &text) -> Node & {
        auto n = std::make_unique<Node>();
        n->kind = kind;
        n->id = id;
        n->text = text;
        n->parent = const_cast<Node *>(&parent);
        n->row = int(out.size());
        out.push_back(std::move(n));
        return *out.back();
    };
    if (parent.isRoot) {
        const auto estates = m_repository->estates();
        if (!estates)
            m_error = estates.message();
        else
            for (const Estate &e : estates.value())
                add(Kind::Estate, e.id, e.name).detail = e.address;
    } else if (parent.kind == Kind::Estate) {
        const auto buildings = m_repository->buildings(parent.id);
        if (!buildings)
            m_error = buildings.message();
        else
            for (const Building &b : buildings.value())
                add(Kind::Building, b.id, b.number).detail = b.address;
    } else if (parent.kind == Kind::Building) {
        const auto units = m_repository->units(parent.id);
        if (!units)
            m_error = units.message();
        else
            for (const Unit &u : units.value())
                add(Kind::Unit, u.id, u.number);
    } else if (parent.kind == Kind::Unit) {
        const auto dwellings = m_repository->dwellings(parent.id);
        if (!dwellings) {
            m_error = dwellings.message();
        } else {
            for (const Dwelling &d : dwellings.value()) {
                Node &n = add(Kind::Dwelling, d.id, d.room);
                n.occupancy = d.occupancy;
                n.areaCenti = d.areaCenti;
                n.fetched = true; // dwellings are leaves
            }
        }
    }
    return out;
}

void PlaceTreeModel::retranslate()
{
    retranslateBelow(QModelIndex());
}

void PlaceTreeModel::retranslateBelow(const QModelIndex &parent)
{
    const Node *n = node(parent);
    if (n->children.empty())
        return;
    emit dataChanged(index(0, 0, parent), index(int(n->children.size()) - 1, 0, parent));
    for (int row = 0; row < int(n->children.size()); ++row)
        retranslateBelow(index(row, 0, parent));
}

PlaceTreeModel::Kind PlaceTreeModel::kind(const QModelIndex &index)
{
    return Kind(index.data(KindRole).toInt());
}

qint64 PlaceTreeModel::id(const QModelIndex &index)
{
    return index.data(IdRole).toLongLong();
}

QModelIndex PlaceTreeModel::find(Kind kind, qint64 id) const
{
    // Depth-first over what is loaded only; never reads.
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (!n->isRoot && n->kind == kind && n->id == id)
            return indexOf(n);
        if (!n->isRoot && int(n->kind) >= int(kind))
            continue;
        for (const auto &child : n->children)
            stack.push_back(child.get());
    }
    return QModelIndex();
}

bool PlaceTreeModel::isFetched(const QModelIndex &parent) const
{
    return node(parent)->fetched;
}

PlaceTreeModel::Node *PlaceTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PlaceTreeModel::indexOf(const Node *n) const
{
    return n->isRoot ? QModelIndex() : createIndex(n->row, 0, const_cast<Node *>(n));
}

QModelIndex PlaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = node(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return QModelIndex();
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex PlaceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    return indexOf(node(child)->parent);
}

int PlaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int PlaceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool PlaceTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = node(parent);
    // Until read, every place above a dwelling may have children: the view shows an expander.
    return n->fetched ? !n->children.empty() : true;
}

bool PlaceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    return m_repository && !node(parent)->fetched;
}

void PlaceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *n = node(parent);
    n->fetched = true;
    m_error.clear();
    auto children = readChildren(*n);
    if (!children.empty()) {
        beginInsertRows(parent, 0, int(children.size()) - 1);
        n->children = std::move(children);
        endInsertRows();
    } else {
        // The expander disappears: hasChildren() changed from true to false.
        emit dataChanged(parent, parent);
    }
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

QVariant PlaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node *n = node(index);
    switch (role) {
    case KindRole:
        return int(n->kind);
    case IdRole:
        return n->id;
    case TextRole:
        return n->text;
    case Qt::DisplayRole:
        switch (n->kind) {
        case Kind::Estate:
            return n->text;
        case Kind::Building:
            return tr("Building %1").arg(n->text);
        case Kind::Unit:
            return tr("Unit %1").arg(n->text);
        case Kind::Dwelling:
            if (n->occupancy == QLatin1String("owner_occupied"))
                return n->text;
            return tr("%1 · %2", "room · occupancy").arg(n->text, RosterCodes::occupancyLabel(n->occupancy));
        }
        break;
    case Qt::ToolTipRole:
        if (n->kind == Kind::Dwelling) {
            return tr("Room %1 · %2 · %3 m²")
                .arg(n->text, RosterCodes::occupancyLabel(n->occupancy),
                     QLocale().toString(double(n->areaCenti) / 100.0, 'f', 2));
        }
        return n->detail.isEmpty() ? QVariant() : QVariant(n->detail);
    case Qt::ForegroundRole:
        // Dwellings nobody lives in are greyed, so the occupied ones stand out.
        if (n->kind == Kind::Dwelling
            && (n->occupancy == QLatin1String("vacant") || n->occupancy == QLatin1String("unsold")))
            return QBrush(QColor(0x80, 0x86, 0x8b));
        break;
    default:
        break;
    }
    return QVariant();
}

Qt::ItemFlags PlaceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node(index)->kind == Kind::Dwelling)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace cd
