#pragma once

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace cd {

class RosterRepository;

/// The places of the roster as a tree: estate → building → unit → dwelling.
///
/// Lazy: only the estates are read up front; a node's children are read the first time the
/// view asks for them (canFetchMore/fetchMore, i.e. when it is expanded), so a sub-district
/// with 100,000 dwellings costs one small query per expanded node.
class PlaceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Estate, Building, Unit, Dwelling };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        TextRole, ///< the estate's name, the building's or unit's number, the room, untranslated
    };

    explicit PlaceTreeModel(QObject *parent = nullptr);
    ~PlaceTreeModel() override;

    /// Reads through `repository` (null: the tree is empty). The repository must outlive its use.
    void setRepository(const RosterRepository *repository);
    /// Drops every node and reads the estates again.
    void reload();
    /// Labels contain translated words: call after a language change.
    void retranslate();

    static Kind kind(const QModelIndex &index);
    static qint64 id(const QModelIndex &index);
    /// A node that is already loaded; invalid when it is not (expand its parents first).
    QModelIndex find(Kind kind, qint64 id) const;
    /// Whether the children of `parent` have been read.
    bool isFetched(const QModelIndex &parent) const;
    /// The last read failure, empty when none.
    QString errorString() const { return m_error; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void loadFailed(const QString &message);

private:
    struct Node;
    Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    std::vector<std::unique_ptr<Node>> readChildren(const Node &parent);
    void retranslateBelow(const QModelIndex &parent);

    const RosterRepository *m_repository = nullptr;
    std::unique_ptr<Node> m_root;
    QString m_error;
};

} // namespace cd
