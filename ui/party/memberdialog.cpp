#include "party/memberdialog.h"

#include "common/clock.h"
#include "party/optionaldateedit.h"
#include "party/partymemberstore.h"
#include "party/partyorgstore.h"
#include "party/partyrules.h"
#include "party/personpicker.h"
#include "party/propertycompanystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

MemberDialog::MemberDialog(Database &database, const PartyMember &member, const QString &personName, QWidget *parent)
    : QDialog(parent), m_db(database), m_member(member), m_person(new PersonPicker(database, this)),
      m_joined(new QDateEdit(this)), m_full(new OptionalDateEdit(tr("Converted on"), this)),
      m_extended(new QCheckBox(tr("Probation extended by one year"), this)), m_probationEnd(new QLabel(this)),
      m_org(new QComboBox(this)), m_outside(new QLineEdit(this)), m_company(new QComboBox(this)),
      m_registered(new OptionalDateEdit(tr("Registered on"), this)), m_mobile(new QCheckBox(tr("Mobile member"), this)),
      m_mobileTo(new QLineEdit(this)), m_lastContact(new OptionalDateEdit(tr("Known"), this)),
      m_problems(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(member.id ? tr("Edit party member") : tr("New party member"));
    const QDate today = SystemClock().now().date();
    m_joined->setCalendarPopup(true);
    m_joined->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_joined->setDateRange(QDate(1921, 7, 1), QDate(2100, 12, 31));
    m_joined->setDate(member.joined.isValid() ? member.joined : today);
    m_org->addItem(tr("(held outside the community)"), 0);
    if (const auto tree = PartyOrgStore(database).tree(today); tree)
        for (const PartyOrgNode &node : *tree)
            m_org->addItem(QString(node.depth * 2, QLatin1Char(' ')) + node.org.name, node.org.id);
    m_company->addItem(tr("(none)"), 0);
    if (const auto companies = PropertyCompanyStore(database).companies(); companies)
        for (const CompanyPartyInfo &c : *companies)
            m_company->addItem(c.name, c.id);
    m_outside->setPlaceholderText(tr("e.g. the employer's branch"));
    m_mobileTo->setPlaceholderText(tr("Where the member is now"));

    if (member.personId)
        m_person->setPerson(member.personId, personName);
    m_full->setDate(member.fullDate);
    m_extended->setChecked(member.probationExtended);
    m_org->setCurrentIndex(std::max(0, m_org->findData(member.orgId)));
    m_outside->setText(member.outsideOrg);
    m_company->setCurrentIndex(std::max(0, m_company->findData(member.companyId)));
    m_registered->setDate(member.registeredOn);
    m_mobile->setChecked(member.mobile);
    m_mobileTo->setText(member.mobileTo);
    m_lastContact->setDate(member.lastContact);

    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *probation = new QHBoxLayout;
    probation->addWidget(m_extended);
    probation->addStretch();
    probation->addWidget(m_probationEnd);
    auto *mobile = new QHBoxLayout;
    mobile->addWidget(m_mobile);
    mobile->addWidget(m_mobileTo, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Person:"), m_person);
    form->addRow(tr("Admitted (入党日期):"), m_joined);
    form->addRow(tr("Full member (转正日期):"), m_full);
    form->addRow(QString(), probation);
    form->addRow(tr("Organisation:"), m_org);
    form->addRow(tr("Held outside at:"), m_outside);
    form->addRow(tr("Works at property company:"), m_company);
    form->addRow(tr("Employed member registered:"), m_registered);
    form->addRow(tr("Mobile (流动党员):"), mobile);
    form->addRow(tr("Last contact:"), m_lastContact);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_person, &PersonPicker::personChanged, this, &MemberDialog::validate);
    connect(m_joined, &QDateEdit::dateChanged, this, &MemberDialog::validate);
    for (OptionalDateEdit *d : {m_full, m_registered, m_lastContact})
        connect(d, &OptionalDateEdit::dateChanged, this, &MemberDialog::validate);
    for (QCheckBox *c : {m_extended, m_mobile})
        connect(c, &QCheckBox::toggled, this, &MemberDialog::validate);
    for (QComboBox *b : {m_org, m_company})
        connect(b, qOverload<int>(&QComboBox::currentIndexChanged), this, &MemberDialog::validate);
    for (QLineEdit *e : {m_outside, m_mobileTo})
        connect(e, &QLineEdit::textChanged, this, &MemberDialog::validate);
    resize(700, sizeHint().height());
    validate();
}

PartyMember MemberDialog::member() const
{
    PartyMember m = m_member;
    m.personId = m_person->personId();
    m.joined = m_joined->date();
    m.fullDate = m_full->date();
    m.probationExtended = m_extended->isChecked();
    m.orgId = m_org->currentData().toLongLong();
    m.outsideOrg = m.orgId ? QString() : m_outside->text().trimmed();
    m.companyId = m_company->currentData().toLongLong();
    m.registeredOn = m_registered->date();
    m.mobile = m_mobile->isChecked();
    m.mobileTo = m.mobile ? m_mobileTo->text().trimmed() : QString();
    m.lastContact = m_lastContact->date();
    return m;
}

void MemberDialog::validate()
{
    const PartyMember m = member();
    m_outside->setEnabled(m.orgId == 0);
    m_mobileTo->setEnabled(m.mobile);
    const QDate end = partyrules::probationEnd(m.joined, m.probationExtended);
    m_probationEnd->setText(tr("Probation ends %1").arg(end.toString(QStringLiteral("yyyy-MM-dd"))));

    QVector<FieldProblem> problems = PartyMemberStore(m_db).check(m);
    if (!m.personId)
        problems.prepend({QStringLiteral("personId"), tr("Person: search the roster and choose the person."), false});
    const QHash<QString, QWidget *> fields = {
        {QStringLiteral("personId"), m_person},      {QStringLiteral("joined"), m_joined},
        {QStringLiteral("fullDate"), m_full},        {QStringLiteral("orgId"), m_org},
        {QStringLiteral("companyId"), m_company},    {QStringLiteral("registeredOn"), m_registered},
        {QStringLiteral("lastContact"), m_lastContact}};
    QStringList lines;
    bool blocking = false;
    QSet<QString> seen;
    for (const FieldProblem &p : problems) {
        if (!lines.contains(p.message))
            lines << (p.warning ? tr("Note: %1").arg(p.message) : p.message);
        blocking = blocking || !p.warning;
        seen.insert(p.field);
    }
    for (auto it = fields.begin(); it != fields.end(); ++it)
        it.value()->setStyleSheet(seen.contains(it.key()) ? QStringLiteral("border: 1px solid #c62828;") : QString());
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
}

void MemberDialog::accept()
{
    const Result<qint64> saved = PartyMemberStore(m_db).save(member());
    if (!saved) {
        m_problems->setText(saved.message());
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace cd
