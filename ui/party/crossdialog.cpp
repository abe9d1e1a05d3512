#include "party/crossdialog.h"

#include "common/clock.h"
#include "party/crossappointmentstore.h"
#include "party/partycodes.h"
#include "party/personpicker.h"
#include "party/propertycompanystore.h"
#include "roster/rosterrepository.h"

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

namespace {

// A company for a property_company body, an estate for an owners_committee body.
void fillPlaces(Database &db, const QString &body, QComboBox *box)
{
    box->clear();
    if (body == QLatin1String("property_company")) {
        if (const auto companies = PropertyCompanyStore(db).companies(); companies)
            for (const CompanyPartyInfo &c : *companies)
                box->addItem(c.name, c.id);
    } else if (body == QLatin1String("owners_committee")) {
        if (const auto estates = RosterRepository(db).estates(); estates)
            for (const Estate &e : *estates)
                box->addItem(e.name, e.id);
    }
    box->setEnabled(box->count() > 0);
}

} // namespace

CrossDialog::CrossDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_db(database), m_person(new PersonPicker(database, this)), m_fromBody(new QComboBox(this)),
      m_fromPlace(new QComboBox(this)), m_toBody(new QComboBox(this)), m_toPlace(new QComboBox(this)),
      m_post(new QLineEdit(this)), m_since(new QDateEdit(SystemClock().now().date(), this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New cross-appointment"));
    using L = PartyCodes::List;
    for (const QString &code : PartyCodes::codes(L::Body)) {
        m_fromBody->addItem(PartyCodes::label(L::Body, code), code);
        m_toBody->addItem(PartyCodes::label(L::Body, code), code);
    }
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_post->setPlaceholderText(tr("e.g. 业委会委员, 党支部委员"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *from = new QHBoxLayout;
    from->addWidget(m_fromBody);
    from->addWidget(m_fromPlace, 1);
    auto *to = new QHBoxLayout;
    to->addWidget(m_toBody);
    to->addWidget(m_toPlace, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Person:"), m_person);
    form->addRow(tr("Belongs to:"), from);
    form->addRow(tr("Post held in:"), to);
    form->addRow(tr("Post:"), m_post);
    form->addRow(tr("Since:"), m_since);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_fromBody, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        fillPlaces(m_db, m_fromBody->currentData().toString(), m_fromPlace);
        validate();
    });
    connect(m_toBody, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        fillPlaces(m_db, m_toBody->currentData().toString(), m_toPlace);
        validate();
    });
    for (QComboBox *b : {m_fromPlace, m_toPlace})
        connect(b, qOverload<int>(&QComboBox::currentIndexChanged), this, &CrossDialog::validate);
    connect(m_person, &PersonPicker::personChanged, this, &CrossDialog::validate);
    connect(m_post, &QLineEdit::textChanged, this, &CrossDialog::validate);
    connect(m_since, &QDateEdit::dateChanged, this, &CrossDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CrossDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_toBody->setCurrentIndex(std::min(2, m_toBody->count() - 1));
    fillPlaces(m_db, m_fromBody->currentData().toString(), m_fromPlace);
    fillPlaces(m_db, m_toBody->currentData().toString(), m_toPlace);
    resize(640, sizeHint().height());
    validate();
}

CrossAppointment CrossDialog::appointment() const
{
    CrossAppointment a;
    a.personId = m_person->personId();
    a.fromBody = m_fromBody->currentData().toString();
    a.toBody = m_toBody->currentData().toString();
    const auto place = [](const QString &body, QComboBox *box, qint64 *company, qint64 *estate) {
        if (body == QLatin1String("property_company"))
            *company = box->currentData().toLongLong();
        else if (body == QLatin1String("owners_committee"))
            *estate = box->currentData().toLongLong();
    };
    place(a.fromBody, m_fromPlace, &a.fromCompanyId, &a.fromEstateId);
    place(a.toBody, m_toPlace, &a.toCompanyId, &a.toEstateId);
    a.post = m_post->text().trimmed();
    a.since = m_since->date();
    return a;
}

void CrossDialog::validate()
{
    QStringList lines;
    bool blocking = false;
    if (!m_person->personId()) {
        lines << tr("Person: search the roster and choose the person.");
        blocking = true;
    }
    for (const FieldProblem &p : CrossAppointmentStore(m_db).check(appointment())) {
        if (p.field == QLatin1String("personId") && !m_person->personId())
            continue;
        lines << p.message;
        blocking = blocking || !p.warning;
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
}

void CrossDialog::accept()
{
    const Result<qint64> saved = CrossAppointmentStore(m_db).save(appointment());
    if (!saved) {
        m_problems->setText(saved.message());
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace cd
