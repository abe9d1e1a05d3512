#pragma once

#include "pages/page.h"

#include <memory>

class QTabWidget;

namespace cd {

class CensusPanel;
class CommitteePanel;
class CompanyPanel;
class CrossPanel;
class MemberPanel;
class OrgPanel;
class MaskHolder;

/// 党员: the party census — organisations, members, property companies, cross-appointments,
/// owners' committees and the census figures — as tabs of one page.
class PartyPage : public Page
{
    Q_OBJECT

public:
    enum Tab { Organisations, Members, Companies, CrossAppointments, Committees, Census };

    explicit PartyPage(AppSession &session, QWidget *parent = nullptr);
    ~PartyPage() override;

    QString pageId() const override { return QStringLiteral("party"); }
    QString title() const override;
    QIcon icon() const override;

    QTabWidget *tabs() const { return m_tabs; }
    OrgPanel *orgPanel() const { return m_orgs; }
    MemberPanel *memberPanel() const { return m_members; }
    CompanyPanel *companyPanel() const { return m_companies; }
    CrossPanel *crossPanel() const { return m_cross; }
    CommitteePanel *committeePanel() const { return m_committees; }
    CensusPanel *censusPanel() const { return m_census; }
    void showTab(Tab tab);

protected:
    void refresh() override;
    void databaseClosed() override;
    void retranslateUi() override;

private:
    void refreshTab(int index);
    void dataWritten();

    std::unique_ptr<MaskHolder> m_masks;
    QTabWidget *m_tabs;
    OrgPanel *m_orgs;
    MemberPanel *m_members;
    CompanyPanel *m_companies;
    CrossPanel *m_cross;
    CommitteePanel *m_committees;
    CensusPanel *m_census;
    QVector<bool> m_stale;
};

} // namespace cd
