#pragma once

#include "party/censusdata.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class AppSession;

/// 物业企业: the property companies with their credit code (flagged when its check fails),
/// projects per estate, staff, party members, party organisation form, 红色物业 status and
/// 履约评价 (亮黄灯 highlighted); the projects of the chosen company below.
class CompanyPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Name, CreditCode, Projects, Staff, PartyMembers, Form, RedProperty, Rating, Proposal, ColumnCount };

    explicit CompanyPanel(AppSession &session, QWidget *parent = nullptr);

    void refresh();
    void clear();
    void retranslateUi();

    QTableWidget *table() const { return m_table; }
    QTableWidget *projectTable() const { return m_projects; }
    qint64 selectedCompany() const;
    bool selectCompany(qint64 id);

public slots:
    void newCompany();
    void editCompany();
    void addProject();

signals:
    void dataChanged();

private:
    void showProjects();

    AppSession &m_session;
    CensusData m_data;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_addProject;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_projectHeading;
    QTableWidget *m_projects;
};

} // namespace cd
