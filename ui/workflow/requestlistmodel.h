#pragma once

#include "workflow/request.h"
#include "workflow/workflowboard.h"

#include <QAbstractTableModel>

namespace cd {

class Clock;
class Database;

/// The requests of one board queue, read lazily: the first page comes with the board's
/// snapshot, later pages are read by fetchMore() (WorkflowBoard::page, filters in SQL).
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TitleColumn, CategoryColumn, SeverityColumn, PlaceColumn, HandlerColumn,
                  ListedColumn, DueColumn, ColumnCount };
    enum Role { RequestIdRole = Qt::UserRole + 1, ColourRole };
    static constexpr int pageSize = 50;

    explicit RequestListModel(QObject *parent = nullptr);

    /// Reads further pages from `database` with `clock`; both may be null (no more pages).
    void setSource(Database *database, const Clock *clock);
    /// Shows a queue: `total` requests under `filter`, of which `firstPage` are already read.
    void setQueue(RequestState state, const RequestFilter &filter, int total, const QList<Request> &firstPage);
    void clear();

    RequestState state() const { return m_state; }
    int total() const { return m_total; }
    const Request &request(int row) const { return m_rows.at(row); }
    /// Row of request `id` among those read, -1 if not read.
    int rowOf(qint64 id) const;
    /// The last error of fetchMore(), empty when none.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Re-reads the header texts after a language change.
    void retranslate();
    /// The colour of a deadline light, for the views.
    static QColor lightColour(DeadlineColour colour);

private:
    Database *m_database = nullptr;
    const Clock *m_clock = nullptr;
    RequestState m_state = RequestState::Listed;
    RequestFilter m_filter;
    int m_total = 0;
    QList<Request> m_rows;
    QString m_error;
};

} // namespace cd
