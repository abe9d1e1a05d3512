#include "party/companypanel.h"

#include "common/clock.h"
#include "party/censuscalculator.h"
#include "party/companydialog.h"
#include "party/partycodes.h"
#include "party/propertycompanystore.h"
#include "roster/rosterrepository.h"
#include "session/appsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

CompanyPanel::CompanyPanel(AppSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_new(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_addProject(new QPushButton(this)), m_summary(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_projectHeading(new QLabel(this)), m_projects(new QTableWidget(0, 4, this))
{
    for (QTableWidget *t : {m_table, m_projects}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->verticalHeader()->hide();
        t->setWordWrap(false);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_addProject);
    buttons->addStretch();
    buttons->addWidget(m_summary);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_projectHeading);
    lowerLayout->addWidget(m_projects);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    connect(m_new, &QPushButton::clicked, this, &CompanyPanel::newCompany);
    connect(m_edit, &QPushButton::clicked, this, &CompanyPanel::editCompany);
    connect(m_addProject, &QPushButton::clicked, this, &CompanyPanel::addProject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CompanyPanel::editCompany);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CompanyPanel::showProjects);
    retranslateUi();
}

void CompanyPanel::retranslateUi()
{
    m_new->setText(tr("New company…"));
    m_edit->setText(tr("Edit…"));
    m_addProject->setText(tr("Add project…"));
    m_table->setHorizontalHeaderLabels({tr("Company"), tr("Credit code"), tr("Projects"), tr("Staff"), tr("Party members"),
                                        tr("Organisation form"), tr("Red property"), tr("Rating"), tr("Formation rule")});
    m_projects->setHorizontalHeaderLabels({tr("Estate"), tr("Staff"), tr("Party members"), tr("Party organisation")});
    if (m_session.isOpen())
        refresh();
}

void CompanyPanel::clear()
{
    m_data = CensusData();
    m_table->setRowCount(0);
    m_projects->setRowCount(0);
    m_summary->clear();
}

void CompanyPanel::refresh()
{
    const qint64 selected = selectedCompany();
    // The census figures give each company's projects, members and organisation form.
    const Result<CensusData> census = CensusCalculator::compute(m_session.database(), SystemClock().now().date().year());
    m_table->setRowCount(0);
    if (!census) {
        m_summary->setText(census.message());
        return;
    }
    m_data = census.value();
    using L = PartyCodes::List;
    m_table->setRowCount(int(m_data.companyRows.size()));
    for (int row = 0; row < int(m_data.companyRows.size()); ++row) {
        const CensusCompanyRow &c = m_data.companyRows[std::size_t(row)];
        const QStringList cells = {c.name, c.creditCode, QStringLiteral("%1 (%2)").arg(c.projects).arg(c.estates),
                                   QString::number(c.staff), QString::number(c.partyMembers),
                                   PartyCodes::label(L::OrgForm, c.form) + (c.orgNames.isEmpty() ? QString() : QStringLiteral(" · ") + c.orgNames),
                                   PartyCodes::label(L::RedProperty, c.redProperty),
                                   c.rating.isEmpty() ? tr("(not rated)") : PartyCodes::label(L::Rating, c.rating),
                                   c.proposal.text()};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        m_table->item(row, Name)->setData(Qt::UserRole, c.id);
        if (!c.creditCode.isEmpty() && !c.creditCodeValid) {
            QTableWidgetItem *code = m_table->item(row, CreditCode);
            code->setForeground(QColor(0xc62828));
            code->setToolTip(c.creditCodeNote.isEmpty() ? tr("The check character does not match.")
                                                        : tr("The check character does not match. Kept: %1").arg(c.creditCodeNote));
            code->setText(code->text() + QStringLiteral(" ⚠"));
        }
        if (c.yellowLight) {
            QTableWidgetItem *rating = m_table->item(row, Rating);
            rating->setText(tr("%1 — yellow light").arg(rating->text()));
            rating->setBackground(QColor(0xffd54f));
        }
    }
    m_table->resizeColumnsToContents();
    const CensusCompanyCounts &n = m_data.companies;
    m_summary->setText(tr("%1 companies, %2 with party members, %3 with a party organisation, %4 yellow light(s)")
                           .arg(n.total).arg(n.withMembers).arg(n.withOrg).arg(n.yellowLights));
    if (!selectCompany(selected) && m_table->rowCount() > 0)
        m_table->selectRow(0);
    showProjects();
}

qint64 CompanyPanel::selectedCompany() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : m_table->item(items.first()->row(), Name)->data(Qt::UserRole).toLongLong();
}

bool CompanyPanel::selectCompany(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void CompanyPanel::showProjects()
{
    const qint64 id = selectedCompany();
    m_edit->setEnabled(id != 0);
    m_addProject->setEnabled(id != 0);
    m_projects->setRowCount(0);
    QString name;
    for (const CensusProjectRow &p : m_data.projectRows) {
        if (p.companyId != id)
            continue;
        name = p.companyName;
        const int row = m_projects->rowCount();
        m_projects->insertRow(row);
        const QStringList cells = {p.estateName, QString::number(p.staff), QString::number(p.partyMembers),
                                   p.hasOrg ? tr("Yes") : tr("No")};
        for (int col = 0; col < cells.size(); ++col)
            m_projects->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_projects->resizeColumnsToContents();
    m_projectHeading->setText(id ? tr("Projects (物业服务项目) of the chosen company: %1").arg(m_projects->rowCount())
                                 : QString());
}

void CompanyPanel::newCompany()
{
    CompanyDialog dialog(m_session.database(), CompanyPartyInfo(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit dataChanged();
    refresh();
    selectCompany(dialog.savedId());
}

void CompanyPanel::editCompany()
{
    const qint64 id = selectedCompany();
    if (!id)
        return;
    const Result<CompanyPartyInfo> company = PropertyCompanyStore(m_session.database()).company(id);
    if (!company)
        return (void)QMessageBox::warning(this, tr("Property companies"), company.message());
    CompanyDialog dialog(m_session.database(), *company, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit dataChanged();
    refresh();
}

void CompanyPanel::addProject()
{
    const qint64 id = selectedCompany();
    if (!id)
        return;
    const Result<std::vector<Estate>> estates = RosterRepository(m_session.database()).estates();
    if (!estates || estates->empty())
        return;
    QStringList names;
    for (const Estate &e : *estates)
        names << e.name;
    bool ok = false;
    const QString estate = QInputDialog::getItem(this, tr("Add project"), tr("Estate served:"), names, 0, false, &ok);
    if (!ok)
        return;
    const int staff = QInputDialog::getInt(this, tr("Add project"), tr("Staff at this estate:"), 10, 0, 10000, 1, &ok);
    if (!ok)
        return;
    PropertyProject project;
    project.companyId = id;
    project.estateId = (*estates)[std::size_t(names.indexOf(estate))].id;
    project.staffCount = staff;
    project.since = SystemClock().now().date();
    if (const Result<qint64> saved = PropertyCompanyStore(m_session.database()).saveProject(project); !saved)
        return (void)QMessageBox::warning(this, tr("Add project"), saved.message());
    emit dataChanged();
    refresh();
}

} // namespace cd
