#include "party/committeepanel.h"

#include "common/clock.h"
#include "party/ownerscommitteestore.h"
#include "party/partycodes.h"
#include "party/partymemberstore.h"
#include "roster/rosterrepository.h"
#include "session/appsession.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace cd {

CommitteePanel::CommitteePanel(AppSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_note(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    m_note->setWordWrap(true);
    m_tree->setColumnCount(4);
    m_tree->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);
    retranslateUi();
}

void CommitteePanel::retranslateUi()
{
    m_note->setText(tr("Owners' committees per estate. Target: party members make up at least half of each committee "
                       "in office. Committees are elected on the Elections page."));
    m_tree->setHeaderLabels({tr("Estate / term / member"), tr("Role"), tr("Party member"), tr("Term")});
    if (m_session.isOpen())
        refresh();
}

void CommitteePanel::clear()
{
    m_tree->clear();
}

void CommitteePanel::refresh()
{
    m_tree->clear();
    Database &db = m_session.database();
    const QDate today = SystemClock().now().date();
    RosterRepository roster(db);
    const Result<std::vector<Estate>> estates = roster.estates();
    const Result<std::vector<OwnersCommittee>> committees = OwnersCommitteeStore(db).committees(0);
    const Result<QSet<qint64>> party = PartyMemberStore(db).memberPersonIds(today);
    if (!estates || !committees || !party)
        return;
    std::map<qint64, QTreeWidgetItem *> estateItems;
    for (const Estate &e : *estates) {
        auto *item = new QTreeWidgetItem(m_tree, {e.name});
        estateItems[e.id] = item;
    }
    const auto day = [](QDate d) { return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("…"); };
    for (const OwnersCommittee &c : *committees) {
        auto parent = estateItems.find(c.estateId);
        if (parent == estateItems.end())
            continue;
        int members = 0, inParty = 0;
        auto *term = new QTreeWidgetItem(parent->second);
        for (const CommitteeMember &m : c.members) {
            if (!m.isCurrentOn(today) && c.isCurrentOn(today))
                continue;
            const Result<Person> person = roster.person(m.personId);
            const bool isMember = party->contains(m.personId);
            ++members;
            inParty += isMember ? 1 : 0;
            new QTreeWidgetItem(term, {person ? person->name : QString(),
                                       PartyCodes::label(PartyCodes::List::CommitteeRole, m.role),
                                       isMember ? tr("Yes") : QString(), QString()});
        }
        const bool current = c.isCurrentOn(today);
        term->setText(0, (c.name.isEmpty() ? tr("Owners' committee") : c.name)
                             + (current ? tr(" (in office)") : QString()));
        term->setText(2, tr("%1 of %2").arg(inParty).arg(members));
        term->setText(3, QStringLiteral("%1 – %2").arg(day(c.termStart), day(c.termEnd)));
        if (current && members > 0 && 2 * inParty < members)
            term->setForeground(2, QColor(0xc62828));
        if (current)
            m_tree->expandItem(term);
        m_tree->expandItem(parent->second);
    }
    for (auto &entry : estateItems)
        if (entry.second->childCount() == 0)
            entry.second->setText(1, tr("no owners' committee"));
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace cd
