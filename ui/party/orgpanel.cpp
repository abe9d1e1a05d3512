#include "party/orgpanel.h"

#include "common/clock.h"
#include "party/maskholder.h"
#include "party/orgdialog.h"
#include "party/partycodes.h"
#include "party/partymemberstore.h"
#include "party/partyorgstore.h"
#include "roster/privacymask.h"
#include "session/appsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace cd {

OrgPanel::OrgPanel(AppSession &session, MaskHolder &masks, QWidget *parent)
    : QWidget(parent), m_session(session), m_masks(masks), m_new(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_message(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_membersHeading(new QLabel(this)), m_rule(new QLabel(this)), m_members(new QTableWidget(this))
{
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    m_rule->setWordWrap(true);
    m_tree->setColumnCount(6);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->verticalHeader()->hide();
    m_members->setColumnCount(5);
    m_members->setWordWrap(false);
    m_members->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_members->verticalHeader()->setDefaultSectionSize(m_members->fontMetrics().height() + 8);
    m_members->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_membersHeading);
    rightLayout->addWidget(m_rule);
    rightLayout->addWidget(m_members, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &OrgPanel::newOrg);
    connect(m_edit, &QPushButton::clicked, this, &OrgPanel::editOrg);
    connect(m_delete, &QPushButton::clicked, this, &OrgPanel::deleteOrg);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &OrgPanel::editOrg);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OrgPanel::showMembers);
    retranslateUi();
}

void OrgPanel::retranslateUi()
{
    m_new->setText(tr("New organisation…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_tree->setHeaderLabels({tr("Organisation"), tr("Type"), tr("Host"), tr("Secretary"), tr("Full members"),
                             tr("Probationary")});
    m_members->setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("Joined"), tr("Phone"), tr("Posts")});
    if (m_session.isOpen())
        refresh();
}

void OrgPanel::clear()
{
    m_tree->clear();
    m_members->setRowCount(0);
    m_rule->clear();
    m_membersHeading->clear();
}

void OrgPanel::refresh()
{
    const qint64 selected = selectedOrg();
    m_tree->clear();
    using L = PartyCodes::List;
    const Result<std::vector<PartyOrgNode>> nodes = PartyOrgStore(m_session.database()).tree(SystemClock().now().date());
    if (!nodes)
        return showMessage(nodes.message());
    std::map<qint64, QTreeWidgetItem *> items;
    for (const PartyOrgNode &n : *nodes) {
        auto parent = items.find(n.org.parentId);
        auto *item = parent != items.end() ? new QTreeWidgetItem(parent->second) : new QTreeWidgetItem(m_tree);
        item->setText(0, n.org.name);
        item->setText(1, PartyCodes::label(L::OrgKind, n.org.kind));
        item->setText(2, n.hostName.isEmpty() ? PartyCodes::label(L::OrgHost, n.org.host) : n.hostName);
        item->setToolTip(2, item->text(2));
        item->setText(3, n.secretaryName);
        item->setText(4, QString::number(n.fullMembers));
        item->setText(5, QString::number(n.probationaryMembers));
        item->setData(0, Qt::UserRole, n.org.id);
        items[n.org.id] = item;
    }
    m_tree->expandAll();
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    // A joint branch names several companies: keep its host column readable, not page-wide.
    m_tree->setColumnWidth(2, std::min(m_tree->columnWidth(2), 28 * m_tree->fontMetrics().averageCharWidth() + 24));
    if (!selectOrg(selected) && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showMembers();
}

qint64 OrgPanel::selectedOrg() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

bool OrgPanel::selectOrg(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void OrgPanel::showMembers()
{
    const qint64 id = selectedOrg();
    m_members->setRowCount(0);
    m_edit->setEnabled(id != 0);
    m_delete->setEnabled(id != 0);
    if (!id) {
        m_membersHeading->clear();
        m_rule->clear();
        return;
    }
    Database &db = m_session.database();
    const QDate today = SystemClock().now().date();
    MemberFilter filter;
    filter.orgId = id;
    const Result<std::vector<PartyMemberRow>> rows = PartyMemberStore(db).list(filter);
    if (rows) {
        m_members->setRowCount(int(rows->size()));
        int r = 0;
        for (const PartyMemberRow &row : *rows) {
            const bool full = row.member.fullDate.isValid() && row.member.fullDate <= today;
            const QStringList cells = {row.name,
                                       PartyCodes::label(PartyCodes::List::MemberStatus,
                                                         full ? u"full" : u"probationary"),
                                       row.member.joined.toString(QStringLiteral("yyyy-MM-dd")),
                                       m_masks.mask().display(PrivacyMask::Phone, row.phone, row.member.personId),
                                       row.posts.join(QStringLiteral(", "))};
            for (int c = 0; c < cells.size(); ++c)
                m_members->setItem(r, c, new QTableWidgetItem(cells[c]));
            ++r;
        }
        m_members->resizeColumnsToContents();
    }
    const QString name = m_tree->currentItem()->text(0);
    m_membersHeading->setText(tr("Members of %1 and its groups: %n", nullptr, m_members->rowCount()).arg(name));

    // The formation rule for a branch: < 3 full members → the joint-branch proposal.
    QString rule;
    if (const auto checks = PartyOrgStore(db).formationChecks(today); checks) {
        for (const FormationCheck &c : *checks) {
            if (c.orgId != id)
                continue;
            rule = c.meetsMinimum ? tr("Formation rule met: %n full member(s) (at least 3 needed).", nullptr, c.fullMembers)
                                  : tr("Formation rule not met: %n full member(s), at least 3 needed.", nullptr, c.fullMembers);
            if (!c.proposal.isEmpty())
                rule += QLatin1Char(' ') + c.proposal.text();
            m_rule->setStyleSheet(c.meetsMinimum ? QString() : QStringLiteral("color: #c62828;"));
        }
    }
    m_rule->setText(rule);
    m_rule->setVisible(!rule.isEmpty());
}

void OrgPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OrgPanel::newOrg()
{
    PartyOrg org;
    org.parentId = selectedOrg();
    OrgDialog dialog(m_session.database(), org, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(QString());
    emit dataChanged();
    refresh();
    selectOrg(dialog.savedId());
}

void OrgPanel::editOrg()
{
    const qint64 id = selectedOrg();
    if (!id)
        return;
    const Result<PartyOrg> org = PartyOrgStore(m_session.database()).org(id);
    if (!org)
        return showMessage(org.message());
    OrgDialog dialog(m_session.database(), *org, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(QString());
    emit dataChanged();
    refresh();
}

void OrgPanel::deleteOrg()
{
    const qint64 id = selectedOrg();
    if (!id)
        return;
    PartyOrgStore store(m_session.database());
    // Refused with the reason while members, sub-organisations or appointments refer to it.
    const QStringList reasons = store.referencesTo(id);
    if (!reasons.isEmpty())
        return showMessage(tr("%1 cannot be deleted: %2").arg(m_tree->currentItem()->text(0), reasons.join(QStringLiteral("; "))));
    if (QMessageBox::question(this, tr("Delete organisation"),
                              tr("Delete %1? Nothing refers to it.").arg(m_tree->currentItem()->text(0)))
        != QMessageBox::Yes)
        return;
    if (const Status removed = store.remove(id); !removed)
        return showMessage(removed.message());
    showMessage(QString());
    emit dataChanged();
    refresh();
}

} // namespace cd
