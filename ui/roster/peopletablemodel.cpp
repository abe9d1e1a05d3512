#include "roster/peopletablemodel.h"

#include "db/database.h"
#include "roster/privacymask.h"
#include "roster/rostercodes.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace cd {

PeopleTableModel::PeopleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

PeopleTableModel::~PeopleTableModel() = default;

void PeopleTableModel::setSource(const Database *database, const PrivacyMask *mask)
{
    beginResetModel();
    m_database = database;
    m_mask = mask;
    m_search = database ? std::make_unique<PeopleSearch>(*database) : nullptr;
    if (m_search && m_today.isValid())
        m_search->setToday(m_today);
    dropPages();
    recount();
    endResetModel();
    emit countChanged(m_count);
}

void PeopleTableModel::setToday(QDate today)
{
    m_today = today;
    if (m_search)
        m_search->setToday(today);
}

void PeopleTableModel::setQuery(const PeopleQuery &query)
{
    beginResetModel();
    m_query = query;
    dropPages();
    recount();
    endResetModel();
    emit countChanged(m_count);
}

void PeopleTableModel::reload()
{
    const int before = m_count;
    dropPages();
    // The pages are gone; count again without telling the view until we know what changed.
    const int after = recount();
    if (after == before) {
        if (after > 0)
            emit dataChanged(index(0, 0), index(after - 1, ColumnCount - 1));
        return;
    }
    m_count = before;
    beginResetModel();
    m_count = after;
    endResetModel();
    emit countChanged(m_count);
}

void PeopleTableModel::maskChanged()
{
    if (m_count > 0) {
        static_assert(PhoneColumn == IdNumberColumn + 1, "one range covers both columns");
        emit dataChanged(index(0, IdNumberColumn), index(m_count - 1, PhoneColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

void PeopleTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

int PeopleTableModel::recount()
{
    m_error.clear();
    m_count = 0;
    if (!m_search)
        return 0;
    const Result<int> counted = m_search->count(m_query);
    if (!counted) {
        m_error = counted.message();
        emit loadFailed(m_error);
        return 0;
    }
    m_count = counted.value();
    return m_count;
}

void PeopleTableModel::dropPages()
{
    m_pages.clear();
    m_recent.clear();
}

const PersonRow *PeopleTableModel::row(int row) const
{
    if (row < 0 || row >= m_count || !m_search)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        Result<std::vector<PersonRow>> rows = m_search->page(m_query, page * pageSize, pageSize);
        if (!rows) {
            // Kept as an empty page so that the failure is not repeated for every cell.
            QMetaObject::invokeMethod(
                const_cast<PeopleTableModel *>(this),
                [this, message = rows.message()] { emit const_cast<PeopleTableModel *>(this)->loadFailed(message); },
                Qt::QueuedConnection);
        }
        if (int(m_pages.size()) >= maxPages) {
            m_pages.remove(m_recent.back());
            m_recent.pop_back();
        }
        it = m_pages.insert(page, rows ? std::move(rows.value()) : std::vector<PersonRow>());
        m_recent.push_front(page);
    } else if (m_recent.front() != page) {
        m_recent.remove(page);
        m_recent.push_front(page);
    }
    const size_t offset = size_t(row % pageSize);
    return offset < it->size() ? &(*it)[offset] : nullptr;
}

qint64 PeopleTableModel::personId(int r) const
{
    const PersonRow *p = row(r);
    return p ? p->id : 0;
}

int PeopleTableModel::rowOfPerson(qint64 personId, int hint) const
{
    int best = -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (size_t i = 0; i < it->size(); ++i) {
            if ((*it)[i].id != personId)
                continue;
            const int r = it.key() * pageSize + int(i);
            if (best < 0 || qAbs(r - hint) < qAbs(best - hint))
                best = r;
        }
    }
    return best;
}

QFont PeopleTableModel::numberFont()
{
    QFont mono;
    mono.setStyleHint(QFont::TypeWriter);
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Consolas"), QStringLiteral("monospace")});
    return mono;
}

int PeopleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PersonRow *p = row(index.row());
    if (!p)
        return QVariant();
    switch (role) {
    case PersonIdRole:
        return p->id;
    case TagsRole:
        return p->tags;
    case DwellingIdRole:
        return p->dwellingId;
    case ArchivedRole:
        return p->archived;
    case Qt::ForegroundRole:
        if (p->archived)
            return QBrush(QColor(0x80, 0x86, 0x8b));
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::FontRole:
        if (index.column() == IdNumberColumn || index.column() == PhoneColumn)
            return numberFont();
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && p->archived)
            return tr("%1 (archived)").arg(p->name);
        if (index.column() == AddressColumn)
            return p->address;
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (Column(index.column())) {
    case NameColumn:
        return p->name;
    case SexColumn:
        return p->sex.isEmpty() ? QString() : RosterCodes::sexLabel(p->sex);
    case AgeColumn:
        return p->age < 0 ? QVariant() : QVariant(p->age);
    case IdNumberColumn:
        return m_mask ? m_mask->display(PrivacyMask::IdNumber, p->idNumber, p->id) : QString();
    case PhoneColumn:
        return m_mask ? m_mask->display(PrivacyMask::Phone, p->phone, p->id) : QString();
    case PoliticalStatusColumn:
        return RosterCodes::politicalStatusLabel(p->politicalStatus);
    case TagsColumn: {
        QStringList labels;
        for (const QString &tag : p->tags)
            labels << RosterCodes::tagLabel(tag);
        return labels.join(tr(", ", "between special groups"));
    }
    case AddressColumn:
        return p->address;
    case RelationColumn:
        return p->relation;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case SexColumn:
        return tr("Sex");
    case AgeColumn:
        return tr("Age");
    case IdNumberColumn:
        return tr("ID number");
    case PhoneColumn:
        return tr("Phone");
    case PoliticalStatusColumn:
        return tr("Political status");
    case TagsColumn:
        return tr("Special groups");
    case AddressColumn:
        return tr("Address");
    case RelationColumn:
        return tr("Relation");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace cd
