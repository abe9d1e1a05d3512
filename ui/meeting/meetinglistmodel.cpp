#include "meeting/meetinglistmodel.h"

namespace cd {

MeetingListModel::MeetingListModel(QObject *parent) : QAbstractTableModel(parent) {}

void MeetingListModel::setMeetings(const QVector<MeetingSummary> &meetings)
{
    beginResetModel();
    m_meetings = meetings;
    endResetModel();
}

void MeetingListModel::clear()
{
    setMeetings({});
}

int MeetingListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_meetings.size(); ++i) {
        if (m_meetings.at(i).id == id)
            return i;
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingSummary &m = m_meetings.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Present || index.column() == OpenResolutions))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date:
        return m.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind:
        return MeetingCodes::label(m.kind);
    case Title:
        return m.title;
    case Present:
        return m.present;
    case OpenResolutions:
        return tr("%1 of %2").arg(m.openResolutions).arg(m.resolutions);
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Present:
        return tr("Present");
    case OpenResolutions:
        return tr("Open resolutions");
    }
    return {};
}

void MeetingListModel::retranslate()
{
    if (!m_meetings.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace cd
