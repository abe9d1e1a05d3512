#pragma once

#include "pages/page.h"
#include "roster/rostersummary.h"

#include <QMap>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace cd {

class EstateSummaryModel;
class StatCard;

/// 概览: the community at a glance — counts of estates, buildings, dwellings, households
/// and people, and one line per estate.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    /// The figures shown, by card.
    enum class Figure { Estates, Buildings, Dwellings, Households, People };

    explicit OverviewPage(AppSession &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override;
    QIcon icon() const override;

    /// What the page shows now (after the last refresh).
    const RosterSummary &summary() const { return m_summary; }
    StatCard *card(Figure figure) const { return m_cards.value(figure); }
    QTableView *estateTable() const { return m_table; }
    /// The warning that this month's joint meeting (党建联席会议) has not been held yet.
    QLabel *meetingReminder() const { return m_meetingReminder; }

protected:
    void refresh() override;
    void databaseClosed() override;
    void retranslateUi() override;

private:
    void showSummary();
    void fitTableHeight();

    RosterSummary m_summary;
    bool m_meetingDue = false;
    QLabel *m_heading;
    QLabel *m_subheading;
    QLabel *m_estatesHeading;
    QLabel *m_emptyHint;
    QLabel *m_meetingReminder;
    QMap<Figure, StatCard *> m_cards;
    EstateSummaryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace cd
