#include "party/orgdialog.h"

#include "common/clock.h"
#include "party/optionaldateedit.h"
#include "party/partycodes.h"
#include "party/partyorgstore.h"
#include "party/personpicker.h"
#include "party/propertycompanystore.h"
#include "roster/rosterrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

OrgDialog::OrgDialog(Database &database, const PartyOrg &org, QWidget *parent)
    : QDialog(parent), m_db(database), m_org(org), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_host(new QComboBox(this)), m_parent(new QComboBox(this)), m_company(new QComboBox(this)),
      m_estate(new QComboBox(this)), m_founded(new OptionalDateEdit(tr("Known"), this)),
      m_secretary(new PersonPicker(database, this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(org.id ? tr("Edit party organisation") : tr("New party organisation"));
    using L = PartyCodes::List;
    for (const QString &code : PartyCodes::codes(L::OrgKind))
        m_kind->addItem(PartyCodes::label(L::OrgKind, code), code);
    for (const QString &code : PartyCodes::codes(L::OrgHost))
        m_host->addItem(PartyCodes::label(L::OrgHost, code), code);
    m_parent->addItem(tr("(none — top level)"), 0);
    PartyOrgStore store(database);
    if (const auto tree = store.tree(SystemClock().now().date()); tree) {
        for (const PartyOrgNode &node : *tree)
            if (node.org.id != org.id)
                m_parent->addItem(QString(node.depth * 2, QLatin1Char(' ')) + node.org.name, node.org.id);
    }
    m_company->addItem(QString(), 0);
    if (const auto companies = PropertyCompanyStore(database).companies(); companies)
        for (const CompanyPartyInfo &c : *companies)
            m_company->addItem(c.name, c.id);
    m_estate->addItem(QString(), 0);
    if (const auto estates = RosterRepository(database).estates(); estates)
        for (const Estate &e : *estates)
            m_estate->addItem(e.name, e.id);

    m_name->setText(org.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(org.kind)));
    m_host->setCurrentIndex(std::max(0, m_host->findData(org.host)));
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(org.parentId)));
    m_company->setCurrentIndex(std::max(0, m_company->findData(org.companyId)));
    m_estate->setCurrentIndex(std::max(0, m_estate->findData(org.estateId)));
    m_founded->setDate(org.founded);
    if (org.id) {
        if (const auto posts = store.posts(org.id, SystemClock().now().date()); posts) {
            for (const PartyPost &p : *posts) {
                if (p.title == QLatin1String("secretary")) {
                    m_secretaryBefore = p.personId;
                    if (const auto person = RosterRepository(database).person(p.personId); person)
                        m_secretary->setPerson(p.personId, person->name);
                }
            }
        }
    }

    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Type:"), m_kind);
    form->addRow(tr("Parent organisation:"), m_parent);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Property company:"), m_company);
    form->addRow(tr("Estate:"), m_estate);
    form->addRow(tr("Founded:"), m_founded);
    form->addRow(tr("Secretary:"), m_secretary);
    auto *rule = new QLabel(tr("Formation rule: a branch needs at least 3 full members; with fewer, the app proposes a "
                               "joint branch. From 7 full members a branch elects a branch committee."), this);
    rule->setWordWrap(true);
    rule->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rule);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrgDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &OrgDialog::validate);
    for (QComboBox *box : {m_kind, m_host, m_parent, m_company, m_estate})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &OrgDialog::validate);
    connect(m_founded, &OptionalDateEdit::dateChanged, this, &OrgDialog::validate);
    resize(620, sizeHint().height());
    validate();
}

PartyOrg OrgDialog::org() const
{
    PartyOrg o = m_org;
    o.name = m_name->text().trimmed();
    o.kind = m_kind->currentData().toString();
    o.host = m_host->currentData().toString();
    o.parentId = m_parent->currentData().toLongLong();
    o.companyId = o.host == QLatin1String("property_company") ? m_company->currentData().toLongLong() : 0;
    o.estateId = m_estate->currentData().toLongLong();
    o.founded = m_founded->date();
    return o;
}

void OrgDialog::validate()
{
    const PartyOrg o = org();
    m_company->setEnabled(o.host == QLatin1String("property_company"));
    const QVector<FieldProblem> problems = PartyOrgStore(m_db).check(o);
    QStringList lines;
    bool blocking = false;
    for (const FieldProblem &p : problems) {
        lines << p.message;
        blocking = blocking || !p.warning;
    }
    const QHash<QString, QWidget *> fields = {{QStringLiteral("name"), m_name},     {QStringLiteral("kind"), m_kind},
                                              {QStringLiteral("host"), m_host},     {QStringLiteral("parentId"), m_parent},
                                              {QStringLiteral("companyId"), m_company}, {QStringLiteral("estateId"), m_estate},
                                              {QStringLiteral("founded"), m_founded}};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        bool wrong = false;
        for (const FieldProblem &p : problems)
            wrong = wrong || p.field == it.key();
        it.value()->setStyleSheet(wrong ? QStringLiteral("border: 1px solid #c62828;") : QString());
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
}

void OrgDialog::accept()
{
    PartyOrgStore store(m_db);
    const Result<qint64> saved = store.save(org());
    if (!saved) {
        m_problems->setText(saved.message());
        return;
    }
    m_savedId = saved.value();
    const qint64 secretary = m_secretary->personId();
    if (secretary && secretary != m_secretaryBefore) {
        const QDate since = std::max(org().founded, SystemClock().now().date());
        if (const Status set = store.setSecretary(m_savedId, secretary, since); !set) {
            m_problems->setText(set.message());
            return;
        }
    }
    QDialog::accept();
}

} // namespace cd
