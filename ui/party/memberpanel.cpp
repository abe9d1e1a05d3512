#include "party/memberpanel.h"

#include "common/clock.h"
#include "party/maskholder.h"
#include "party/memberdialog.h"
#include "party/memberlistmodel.h"
#include "party/partymemberstore.h"
#include "party/partyorgstore.h"
#include "roster/privacymask.h"
#include "session/appsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

MemberPanel::MemberPanel(AppSession &session, MaskHolder &masks, QWidget *parent)
    : QWidget(parent), m_session(session), m_masks(masks), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_org(new QComboBox(this)), m_mobile(new QCheckBox(this)), m_lost(new QCheckBox(this)),
      m_overdue(new QCheckBox(this)), m_showNumbers(new QCheckBox(this)), m_new(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_delete(new QPushButton(this)), m_count(new QLabel(this)),
      m_model(new MemberListModel(masks, this)), m_view(new QTableView(this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_org->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_org->setMinimumContentsLength(16);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_org, 1);
    filters->addWidget(m_mobile);
    filters->addWidget(m_lost);
    filters->addWidget(m_overdue);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_count);
    buttons->addWidget(m_showNumbers);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &MemberPanel::reload);
    for (QComboBox *box : {m_status, m_org})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &MemberPanel::reload);
    for (QCheckBox *box : {m_mobile, m_lost, m_overdue})
        connect(box, &QCheckBox::toggled, this, &MemberPanel::reload);
    connect(m_showNumbers, &QCheckBox::toggled, this, &MemberPanel::setShowNumbers);
    connect(m_new, &QPushButton::clicked, this, &MemberPanel::newMember);
    connect(m_edit, &QPushButton::clicked, this, &MemberPanel::editMember);
    connect(m_delete, &QPushButton::clicked, this, &MemberPanel::deleteMember);
    connect(m_view, &QTableView::doubleClicked, this, &MemberPanel::editMember);
    retranslateUi();
}

void MemberPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, pinyin or initials"));
    const int status = std::max(0, m_status->currentIndex());
    {
        const QSignalBlocker block(m_status);
        m_status->clear();
        m_status->addItem(tr("Full and probationary"), QString());
        m_status->addItem(tr("Full members"), QStringLiteral("full"));
        m_status->addItem(tr("Probationary members"), QStringLiteral("probationary"));
        m_status->setCurrentIndex(status);
    }
    m_mobile->setText(tr("Mobile"));
    m_lost->setText(tr("Out of contact"));
    m_overdue->setText(tr("Conversion overdue"));
    m_showNumbers->setText(tr("Show full numbers"));
    m_new->setText(tr("New member…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_model->retranslate();
    if (m_session.isOpen())
        refresh();
}

void MemberPanel::fillOrgs()
{
    const qint64 chosen = m_org->currentData().toLongLong();
    const QSignalBlocker block(m_org);
    m_org->clear();
    m_org->addItem(tr("All organisations"), 0);
    if (const auto tree = PartyOrgStore(m_session.database()).tree(SystemClock().now().date()); tree)
        for (const PartyOrgNode &node : *tree)
            m_org->addItem(QString(node.depth * 2, QLatin1Char(' ')) + node.org.name, node.org.id);
    m_org->setCurrentIndex(std::max(0, m_org->findData(chosen)));
}

void MemberPanel::refresh()
{
    fillOrgs();
    reload();
}

void MemberPanel::clear()
{
    const QSignalBlocker block(m_showNumbers);
    m_showNumbers->setChecked(false);
    m_model->clear();
    m_count->clear();
}

void MemberPanel::reload()
{
    if (!m_session.isOpen())
        return;
    MemberFilter filter;
    filter.text = m_search->text();
    filter.status = m_status->currentData().toString();
    filter.orgId = m_org->currentData().toLongLong();
    filter.day = SystemClock().now().date();
    if (m_mobile->isChecked())
        filter.flags |= MemberFilter::Mobile;
    if (m_lost->isChecked())
        filter.flags |= MemberFilter::LostContact;
    if (m_overdue->isChecked())
        filter.flags |= MemberFilter::Overdue;
    Result<std::vector<PartyMemberRow>> rows = PartyMemberStore(m_session.database()).list(filter);
    if (!rows) {
        m_model->clear();
        m_count->setText(rows.message());
        return;
    }
    m_model->setRows(std::move(rows.value()), filter.day);
    m_count->setText(tr("%n member(s)", nullptr, m_model->totalCount()));
    m_view->resizeColumnsToContents();
}

qint64 MemberPanel::selectedMember() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->row(rows.first().row()).member.id;
}

void MemberPanel::setShowNumbers(bool show)
{
    if (show) {
        const Status logged = m_masks.mask().unmaskAll(PrivacyMask::IdNumber | PrivacyMask::Phone, QStringLiteral("party page"));
        if (!logged) {
            const QSignalBlocker block(m_showNumbers);
            m_showNumbers->setChecked(false);
            QMessageBox::warning(this, tr("Party members"), logged.message());
            return;
        }
    } else {
        m_masks.mask().maskAll();
    }
    m_model->maskChanged();
}

void MemberPanel::newMember()
{
    MemberDialog dialog(m_session.database(), PartyMember(), QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit dataChanged();
    reload();
}

void MemberPanel::editMember()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const PartyMemberRow row = m_model->row(rows.first().row());
    MemberDialog dialog(m_session.database(), row.member, row.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit dataChanged();
    reload();
}

void MemberPanel::deleteMember()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const PartyMemberRow row = m_model->row(rows.first().row());
    if (QMessageBox::question(this, tr("Delete party member"),
                              tr("Delete the party record of %1, entered by mistake? A member who left should be "
                                 "recorded as having left instead.").arg(row.name))
        != QMessageBox::Yes)
        return;
    if (const Status removed = PartyMemberStore(m_session.database()).remove(row.member.id); !removed) {
        QMessageBox::warning(this, tr("Delete party member"), removed.message());
        return;
    }
    emit dataChanged();
    reload();
}

} // namespace cd
