#include "party/personpicker.h"

#include "roster/peoplesearch.h"
#include "roster/rosterrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace cd {

PersonPicker::PersonPicker(Database &database, QWidget *parent)
    : QWidget(parent), m_db(database), m_search(new QLineEdit(this)), m_results(new QComboBox(this)),
      m_add(new QPushButton(this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    m_results->setMinimumContentsLength(18);
    m_results->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_results, 3);
    layout->addWidget(m_add);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PersonPicker::search);
    connect(m_results, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { emit personChanged(personId()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Non-resident person"),
                                                   tr("Name of the person (not living in the community):"),
                                                   QLineEdit::Normal, m_search->text().trimmed(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addNonResident(name.trimmed());
    });
    retranslateUi();
}

void PersonPicker::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name or pinyin"));
    m_add->setText(tr("Non-resident…"));
    m_add->setToolTip(tr("Add a person who does not live in the community, e.g. property staff"));
}

qint64 PersonPicker::personId() const
{
    return m_results->currentData().toLongLong();
}

QString PersonPicker::personName() const
{
    return personId() ? m_results->currentText() : QString();
}

void PersonPicker::setPerson(qint64 id, const QString &name)
{
    m_results->clear();
    if (id > 0)
        m_results->addItem(name, id);
}

void PersonPicker::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    PeopleQuery query;
    query.text = text;
    query.order = PeopleQuery::Order::Name;
    const Result<std::vector<PersonRow>> rows = PeopleSearch(m_db).page(query, 0, 50);
    m_results->clear();
    if (!rows)
        return;
    for (const PersonRow &row : *rows) {
        QString label = row.name;
        if (row.birthDate.isValid())
            label += QStringLiteral(" (%1)").arg(row.birthDate.year());
        if (!row.address.isEmpty())
            label += QStringLiteral(" · ") + row.address;
        m_results->addItem(label, row.id);
    }
    emit personChanged(personId());
}

bool PersonPicker::addNonResident(const QString &name)
{
    Person person;
    person.name = name;
    RosterRepository repository(m_db);
    const Result<RosterChange> created = repository.createPerson(person);
    if (!created) {
        QMessageBox::warning(this, tr("Non-resident person"), created.message());
        return false;
    }
    setPerson(created->id, name);
    emit personChanged(created->id);
    return true;
}

} // namespace cd
