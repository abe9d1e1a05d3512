#include "workflow/requestlistmodel.h"

#include "workflow/workflowrules.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace cd {

namespace {

QIcon lightIcon(DeadlineColour colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    if (colour != DeadlineColour::None) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(RequestListModel::lightColour(colour));
        painter.drawEllipse(QRectF(1, 1, 10, 10));
    }
    return QIcon(pixmap);
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

RequestListModel::RequestListModel(QObject *parent) : QAbstractTableModel(parent) {}

QColor RequestListModel::lightColour(DeadlineColour colour)
{
    switch (colour) {
    case DeadlineColour::Green: return QColor(0x2e, 0x9d, 0x4f);
    case DeadlineColour::Yellow: return QColor(0xe0, 0xa1, 0x00);
    case DeadlineColour::Red: return QColor(0xd3, 0x2f, 0x2f);
    case DeadlineColour::None: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

void RequestListModel::setSource(Database *database, const Clock *clock)
{
    m_database = database;
    m_clock = clock;
}

void RequestListModel::setQueue(RequestState state, const RequestFilter &filter, int total,
                                const QList<Request> &firstPage)
{
    beginResetModel();
    m_state = state;
    m_filter = filter;
    m_total = qMax(total, int(firstPage.size()));
    m_rows = firstPage;
    m_error.clear();
    endResetModel();
}

void RequestListModel::clear()
{
    beginResetModel();
    m_total = 0;
    m_rows.clear();
    m_error.clear();
    endResetModel();
}

int RequestListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Request &r = m_rows.at(index.row());
    if (role == RequestIdRole)
        return r.id;
    if (role == ColourRole)
        return int(r.colour);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn: return r.id;
        case TitleColumn: return r.reopenCount > 0 ? tr("%1 (reopened %2×)").arg(r.title).arg(r.reopenCount) : r.title;
        case CategoryColumn: return r.categoryName;
        case SeverityColumn: return WorkflowRules::label(r.severity);
        case PlaceColumn: return r.placeText;
        case HandlerColumn: return r.handlerName;
        case ListedColumn: return shortTime(r.listedAt);
        case DueColumn: return shortTime(r.roundDueAt);
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == NumberColumn)
        return lightIcon(r.colour);
    if (role == Qt::ForegroundRole && index.column() == DueColumn && r.colour == DeadlineColour::Red)
        return lightColour(DeadlineColour::Red);
    if (role == Qt::ToolTipRole && index.column() == NumberColumn) {
        switch (r.colour) {
        case DeadlineColour::Green: return tr("Within its deadline");
        case DeadlineColour::Yellow: return tr("80% or more of its time used");
        case DeadlineColour::Red: return tr("Past its deadline");
        case DeadlineColour::None: return tr("No deadline running");
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return r.description;
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No.");
    case TitleColumn: return tr("Request");
    case CategoryColumn: return tr("Category");
    case SeverityColumn: return tr("Severity");
    case PlaceColumn: return tr("Place");
    case HandlerColumn: return tr("Handler");
    case ListedColumn: return tr("Listed");
    case DueColumn: return tr("Due");
    default: return {};
    }
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_database && m_clock && m_rows.size() < m_total && m_error.isEmpty();
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Result<QList<Request>> more =
        WorkflowBoard(*m_database, *m_clock).page(m_state, m_filter, int(m_rows.size()), pageSize);
    if (!more) {
        m_error = more.message();
        return;
    }
    if (more->isEmpty()) {
        m_total = int(m_rows.size()); // the queue shrank since it was counted
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows += *more;
    endInsertRows();
}

void RequestListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace cd
