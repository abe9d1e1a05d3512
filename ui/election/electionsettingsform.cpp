#include "election/electionsettingsform.h"

#include "common/clock.h"
#include "election/electioncodes.h"
#include "election/electionstore.h"
#include "roster/rosterrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace cd {

namespace {

void markWrong(QWidget *field, bool wrong)
{
    field->setStyleSheet(wrong ? QStringLiteral("background: #fde2e1;") : QString());
}

} // namespace

ElectionSettingsForm::ElectionSettingsForm(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_estate(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_seats(new QSpinBox(this)), m_min(new QSpinBox(this)), m_max(new QSpinBox(this)),
      m_odd(new QCheckBox(this)), m_term(new QSpinBox(this)), m_date(new QDateEdit(this)), m_problems(new QLabel(this))
{
    for (QSpinBox *box : {m_seats, m_min, m_max})
        box->setRange(0, 99);
    m_term->setRange(1, 10);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    for (const QString &code : ElectionCodes::codes(ElectionCodes::List::Kind))
        m_kind->addItem(QString(), code);

    auto *bounds = new QHBoxLayout;
    bounds->addWidget(m_min);
    bounds->addWidget(new QLabel(QStringLiteral("–"), this));
    bounds->addWidget(m_max);
    bounds->addWidget(m_odd);
    bounds->addStretch();
    // Fields keep a readable width instead of stretching across a wide page.
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const int wide = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28;
    for (QWidget *field : std::initializer_list<QWidget *>{m_estate, m_title, m_kind})
        field->setMinimumWidth(wide);
    m_form->addRow(new QLabel(this), m_estate);
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), m_kind);
    m_form->addRow(new QLabel(this), m_seats);
    m_form->addRow(new QLabel(this), bounds);
    m_form->addRow(new QLabel(this), m_term);
    m_form->addRow(new QLabel(this), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);

    setElection(Election());
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleTouched = true; });
    for (QSpinBox *box : {m_seats, m_min, m_max, m_term})
        connect(box, &QSpinBox::valueChanged, this, &ElectionSettingsForm::check);
    connect(m_title, &QLineEdit::textChanged, this, &ElectionSettingsForm::check);
    connect(m_odd, &QCheckBox::toggled, this, &ElectionSettingsForm::check);
    connect(m_date, &QDateEdit::dateChanged, this, &ElectionSettingsForm::check);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        suggestTitle();
        check();
    });
    connect(m_estate, &QComboBox::currentIndexChanged, this, [this] {
        suggestTitle();
        check();
    });
    retranslateUi();
}

void ElectionSettingsForm::setEstates(Database &database, bool allowEstateChoice)
{
    const QSignalBlocker blocker(m_estate);
    m_estate->clear();
    const Result<std::vector<Estate>> estates = RosterRepository(database).estates();
    if (estates) {
        for (const Estate &e : *estates)
            m_estate->addItem(e.name, e.id);
    }
    m_estate->setEnabled(allowEstateChoice);
    suggestTitle();
    check();
}

void ElectionSettingsForm::setElection(const Election &e)
{
    m_base = e;
    m_titleTouched = !e.title.isEmpty();
    const QSignalBlocker b1(m_title), b2(m_kind), b3(m_seats), b4(m_min), b5(m_max), b6(m_odd), b7(m_term), b8(m_date),
        b9(m_estate);
    if (e.estateId != 0) {
        int row = m_estate->findData(e.estateId);
        if (row < 0) {
            m_estate->addItem(e.estateName, e.estateId);
            row = m_estate->count() - 1;
        }
        m_estate->setCurrentIndex(row);
    }
    m_title->setText(e.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(e.kind)));
    m_seats->setValue(e.seats);
    m_min->setValue(e.minSize);
    m_max->setValue(e.maxSize);
    m_odd->setChecked(e.oddSize);
    m_term->setValue(e.termYears);
    m_date->setDate(e.meetingDate.isValid() ? e.meetingDate : SystemClock().now().date().addDays(30));
    suggestTitle();
    check();
}

Election ElectionSettingsForm::election() const
{
    Election e = m_base;
    if (m_estate->currentIndex() >= 0) {
        e.estateId = m_estate->currentData().toLongLong();
        e.estateName = m_estate->currentText();
    }
    e.title = m_title->text().trimmed();
    e.kind = m_kind->currentData().toString();
    e.seats = m_seats->value();
    e.minSize = m_min->value();
    e.maxSize = m_max->value();
    e.oddSize = m_odd->isChecked();
    e.termYears = m_term->value();
    e.meetingDate = m_date->date();
    return e;
}

QStringList ElectionSettingsForm::problems() const
{
    QStringList problems;
    if (m_estate->currentIndex() < 0)
        problems << tr("Choose the estate (add estates on the roster page first).");
    return problems + ElectionStore::settingProblems(election());
}

void ElectionSettingsForm::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_kind, m_seats, m_min, m_max, m_odd, m_term, m_date})
        w->setEnabled(!readOnly);
}

void ElectionSettingsForm::suggestTitle()
{
    // Until the user types a title of their own, it follows the estate and type.
    if (m_titleTouched || m_estate->currentIndex() < 0)
        return;
    const QSignalBlocker blocker(m_title);
    // The title is printed on Chinese documents (ballots, notice), so it is Chinese whatever the UI language.
    const QString kind = m_kind->currentData().toString();
    const char *pattern = kind == QLatin1String("renewal")       ? "%1业主委员会换届选举"
                          : kind == QLatin1String("by_election") ? "%1业主委员会补选"
                                                                 : "%1业主委员会首次选举";
    m_title->setText(QString::fromUtf8(pattern).arg(m_estate->currentText()));
}

void ElectionSettingsForm::check()
{
    const Election e = election();
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    const bool byElection = e.kind == QLatin1String("by_election");
    markWrong(m_title, e.title.isEmpty());
    markWrong(m_seats, e.seats < 1 || e.seats > e.maxSize || (!byElection && (e.seats < e.minSize || (e.oddSize && e.seats % 2 == 0))));
    markWrong(m_min, e.minSize < 1 || e.maxSize < e.minSize);
    markWrong(m_max, e.maxSize < e.minSize);
    emit edited();
}

void ElectionSettingsForm::retranslateUi()
{
    const QStringList labels = {tr("Estate:"), tr("Title:"), tr("Type:"), tr("Seats:"), tr("Committee size:"),
                                tr("Term (years):"), tr("Owners' meeting:")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)
                                                     ? m_form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                     : nullptr))
            label->setText(labels.at(row));
    }
    m_odd->setText(tr("odd number of members"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, ElectionCodes::label(ElectionCodes::List::Kind, m_kind->itemData(i).toString()));
    check();
}

} // namespace cd
