#include "party/partypage.h"

#include "pages/navicons.h"
#include "party/censuspanel.h"
#include "party/committeepanel.h"
#include "party/companypanel.h"
#include "party/crosspanel.h"
#include "party/memberpanel.h"
#include "party/orgpanel.h"
#include "party/maskholder.h"
#include "session/appsession.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

PartyPage::PartyPage(AppSession &session, QWidget *parent)
    : Page(session, parent), m_masks(std::make_unique<MaskHolder>(session)), m_tabs(new QTabWidget(this)),
      m_orgs(new OrgPanel(session, *m_masks, this)), m_members(new MemberPanel(session, *m_masks, this)),
      m_companies(new CompanyPanel(session, this)), m_cross(new CrossPanel(session, this)),
      m_committees(new CommitteePanel(session, this)), m_census(new CensusPanel(session, *m_masks, this)),
      m_stale(6, true)
{
    m_tabs->addTab(m_orgs, QString());
    m_tabs->addTab(m_members, QString());
    m_tabs->addTab(m_companies, QString());
    m_tabs->addTab(m_cross, QString());
    m_tabs->addTab(m_committees, QString());
    m_tabs->addTab(m_census, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // Only the tab on screen reloads; the others when they are shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (this->session().isOpen() && m_stale.value(index))
            refreshTab(index);
    });
    connect(m_orgs, &OrgPanel::dataChanged, this, &PartyPage::dataWritten);
    connect(m_members, &MemberPanel::dataChanged, this, &PartyPage::dataWritten);
    connect(m_companies, &CompanyPanel::dataChanged, this, &PartyPage::dataWritten);
    connect(m_cross, &CrossPanel::dataChanged, this, &PartyPage::dataWritten);
    connect(m_census, &CensusPanel::roundStarted, this, &PartyPage::dataWritten);
    retranslateUi();
}

PartyPage::~PartyPage() = default;

QString PartyPage::title() const
{
    return tr("Party members");
}

QIcon PartyPage::icon() const
{
    return navigationIcon(QStringLiteral("party"));
}

void PartyPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void PartyPage::refresh()
{
    m_stale.fill(true);
    refreshTab(m_tabs->currentIndex());
}

void PartyPage::refreshTab(int index)
{
    m_stale[index] = false;
    switch (Tab(index)) {
    case Organisations: m_orgs->refresh(); break;
    case Members: m_members->refresh(); break;
    case Companies: m_companies->refresh(); break;
    case CrossAppointments: m_cross->refresh(); break;
    case Committees: m_committees->refresh(); break;
    case Census: m_census->refresh(); break;
    }
}

void PartyPage::dataWritten()
{
    // Other pages (and this page's other tabs) follow through the session's dataChanged.
    session().notifyDataChanged();
}

void PartyPage::databaseClosed()
{
    m_masks->mask().maskAll();
    m_orgs->clear();
    m_members->clear();
    m_companies->clear();
    m_cross->clear();
    m_committees->clear();
    m_census->clear();
    m_stale.fill(true);
}

void PartyPage::retranslateUi()
{
    m_tabs->setTabText(Organisations, tr("Organisations"));
    m_tabs->setTabText(Members, tr("Members"));
    m_tabs->setTabText(Companies, tr("Property companies"));
    m_tabs->setTabText(CrossAppointments, tr("Cross-appointments"));
    m_tabs->setTabText(Committees, tr("Owners' committees"));
    m_tabs->setTabText(Census, tr("Census"));
    m_orgs->retranslateUi();
    m_members->retranslateUi();
    m_companies->retranslateUi();
    m_cross->retranslateUi();
    m_committees->retranslateUi();
    m_census->retranslateUi();
}

} // namespace cd
