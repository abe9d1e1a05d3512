#include "party/censusdrilldialog.h"

#include "party/censusdrill.h"
#include "party/partycodes.h"
#include "roster/privacymask.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

QString day(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString yes(bool b)
{
    return b ? QCoreApplication::translate("cd::CensusDrillDialog", "Yes") : QString();
}

} // namespace

CensusDrillDialog::CensusDrillDialog(const CensusData &data, const QString &entity, const QString &key,
                                     const QString &title, const PrivacyMask &mask, QWidget *parent)
    : QDialog(parent), m_entity(entity), m_key(key), m_heading(new QLabel(this)), m_table(new QTableWidget(this))
{
    setWindowTitle(title);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    const QVector<int> rows = censusdrill::rows(data, entity, key);
    fill(data, rows, mask);
    m_heading->setText(tr("%1 — %n row(s)", nullptr, int(rows.size())).arg(title));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
}

void CensusDrillDialog::fill(const CensusData &d, const QVector<int> &rows, const PrivacyMask &mask)
{
    QStringList headers;
    std::vector<QStringList> lines;
    lines.reserve(std::size_t(rows.size()));
    using L = PartyCodes::List;
    if (m_entity == QLatin1String("members")) {
        headers = {tr("Name"), tr("Sex"), tr("Age"), tr("ID number"), tr("Phone"), tr("Status"), tr("Joined"),
                   tr("Organisation"), tr("Property company"), tr("Registered"), tr("Mobile"), tr("Lost contact")};
        for (int i : rows) {
            const CensusMemberRow &r = d.memberRows[std::size_t(i)];
            lines.push_back({r.name, r.sex == QLatin1String("M") ? tr("Male") : r.sex == QLatin1String("F") ? tr("Female") : QString(),
                             r.age >= 0 ? QString::number(r.age) : QString(),
                             mask.display(PrivacyMask::IdNumber, r.idNumber, r.personId),
                             mask.display(PrivacyMask::Phone, r.phone, r.personId),
                             PartyCodes::label(L::MemberStatus, r.full ? u"full" : u"probationary"), day(r.joined),
                             r.orgName, r.companyName, day(r.registeredOn), yes(r.mobile), yes(r.lostContact)});
        }
    } else if (m_entity == QLatin1String("organisations")) {
        headers = {tr("Organisation"), tr("Type"), tr("Host"), tr("Secretary"), tr("Full members"),
                   tr("Probationary"), tr("Formation rule")};
        for (int i : rows) {
            const CensusOrgRow &r = d.orgRows[std::size_t(i)];
            lines.push_back({QString(r.depth * 2, QLatin1Char(' ')) + r.name, PartyCodes::label(L::OrgKind, r.kind),
                             r.hostName.isEmpty() ? PartyCodes::label(L::OrgHost, r.host) : r.hostName, r.secretary,
                             QString::number(r.fullMembers), QString::number(r.probationaryMembers), r.proposal.text()});
        }
    } else if (m_entity == QLatin1String("companies")) {
        headers = {tr("Company"), tr("Credit code"), tr("Projects"), tr("Staff"), tr("Party members"),
                   tr("Organisation form"), tr("Red property"), tr("Rating"), tr("Cross-appointed"), tr("Proposal")};
        for (int i : rows) {
            const CensusCompanyRow &r = d.companyRows[std::size_t(i)];
            lines.push_back({r.name, r.creditCode, QString::number(r.projects), QString::number(r.staff),
                             QString::number(r.partyMembers), PartyCodes::label(L::OrgForm, r.form),
                             PartyCodes::label(L::RedProperty, r.redProperty),
                             r.rating.isEmpty() ? QString() : PartyCodes::label(L::Rating, r.rating), yes(r.covered),
                             r.proposal.text()});
        }
    } else if (m_entity == QLatin1String("projects")) {
        headers = {tr("Company"), tr("Estate"), tr("Staff"), tr("Party members"), tr("Party organisation")};
        for (int i : rows) {
            const CensusProjectRow &r = d.projectRows[std::size_t(i)];
            lines.push_back({r.companyName, r.estateName, QString::number(r.staff), QString::number(r.partyMembers),
                             yes(r.hasOrg)});
        }
    } else if (m_entity == QLatin1String("committees")) {
        headers = {tr("Estate"), tr("Term from"), tr("Term to"), tr("Members"), tr("Party members"), tr("Director"),
                   tr("Half party members"), tr("Cross-appointed")};
        for (int i : rows) {
            const CensusCommitteeRow &r = d.committeeRows[std::size_t(i)];
            lines.push_back({r.estateName, day(r.termStart), day(r.termEnd), QString::number(r.members),
                             QString::number(r.partyMembers), r.director, yes(r.meetsShare), yes(r.covered)});
        }
    } else if (m_entity == QLatin1String("cross_appointments")) {
        headers = {tr("Person"), tr("Party member"), tr("From"), tr("To"), tr("Post"), tr("Since"), tr("Until")};
        for (int i : rows) {
            const CensusCrossRow &r = d.crossRows[std::size_t(i)];
            lines.push_back({r.person, yes(r.partyMember), r.from, r.to, r.post, day(r.since), day(r.until)});
        }
    }
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < int(lines.size()); ++row)
        for (int column = 0; column < lines[std::size_t(row)].size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(lines[std::size_t(row)][column]));
    m_table->resizeColumnsToContents();
}

} // namespace cd
