#pragma once

#include "meeting/meetingstore.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

/// The meetings of the list (a small set: a few per month), newest first.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Title, Present, OpenResolutions, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MeetingListModel(QObject *parent = nullptr);

    void setMeetings(const QVector<MeetingSummary> &meetings);
    void clear();
    const MeetingSummary &meeting(int row) const { return m_meetings.at(row); }
    /// Row of meeting `id`, -1 if not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QVector<MeetingSummary> m_meetings;
};

} // namespace cd
