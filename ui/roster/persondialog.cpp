#include "roster/persondialog.h"

#include "roster/idnumber.h"
#include "roster/privacymask.h"
#include "roster/rosterform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <iterator>

namespace cd {

namespace {

// Fields in form order: the left column, then the right one.
const char *const leftFields[] = {"name", "sex", "id_number", "birth_date", "phone", "ethnicity"};
const char *const rightFields[] = {"political_status", "hukou", "education", "workplace"};
const QDate unknownDate(1800, 1, 1); // the date edit's "unknown" value

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

PersonDialog::PersonDialog(const Database &database, QWidget *parent)
    : QDialog(parent),
      m_database(database),
      m_name(new QLineEdit(this)),
      m_sex(new QComboBox(this)),
      m_idNumber(new QLineEdit(this)),
      m_birthDate(new QDateEdit(this)),
      m_phone(new QLineEdit(this)),
      m_showId(new QToolButton(this)),
      m_showPhone(new QToolButton(this)),
      m_ethnicity(new QLineEdit(this)),
      m_political(new QComboBox(this)),
      m_hukou(new QComboBox(this)),
      m_education(new QLineEdit(this)),
      m_workplace(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)),
      m_tagArea(new QWidget(this)),
      m_home(new QGroupBox(this)),
      m_relation(rosterform::createRelationBox(this)),
      m_movedIn(new QDateEdit(QDate::currentDate(), this)),
      m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personDialog"));
    setStyleSheet(rosterform::formStyleSheet());
    m_name->setObjectName(QStringLiteral("name"));
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_idNumber->setMaxLength(24);
    m_birthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDateRange(unknownDate, QDate::currentDate());
    m_birthDate->setDate(unknownDate);
    m_movedIn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_movedIn->setCalendarPopup(true);
    m_notes->setMaximumHeight(64);
    m_home->setCheckable(true);
    m_home->hide();
    m_summary->setObjectName(QStringLiteral("formError"));
    m_summary->setWordWrap(true);
    buildForm();
    retranslateUi();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    auto edited = [this](const char *name) {
        return [this, name] {
            if (!m_filling)
                touch(field(name));
        };
    };
    connect(m_name, &QLineEdit::textEdited, this, edited("name"));
    connect(m_idNumber, &QLineEdit::textEdited, this, edited("id_number"));
    connect(m_idNumber, &QLineEdit::textChanged, this, &PersonDialog::followIdNumber);
    connect(m_phone, &QLineEdit::textEdited, this, edited("phone"));
    connect(m_ethnicity, &QLineEdit::textEdited, this, edited("ethnicity"));
    connect(m_education, &QLineEdit::textEdited, this, edited("education"));
    connect(m_workplace, &QLineEdit::textEdited, this, edited("workplace"));
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            touch(QStringLiteral("notes"));
    });
    connect(m_sex, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            m_sexFromId = false;
            touch(QStringLiteral("sex"));
        }
    });
    connect(m_birthDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling) {
            m_birthFromId = false;
            touch(QStringLiteral("birth_date"));
        }
    });
    connect(m_political, &QComboBox::currentIndexChanged, this, edited("political_status"));
    connect(m_hukou, &QComboBox::currentIndexChanged, this, edited("hukou"));
    validate();
}

void PersonDialog::buildForm()
{
    const QMap<QString, QWidget *> widgets = {
        {field("name"), m_name},          {field("sex"), m_sex},
        {field("id_number"), m_idNumber}, {field("birth_date"), m_birthDate},
        {field("phone"), m_phone},        {field("ethnicity"), m_ethnicity},
        {field("political_status"), m_political}, {field("hukou"), m_hukou},
        {field("education"), m_education}, {field("workplace"), m_workplace},
        {field("notes"), m_notes},        {field("tags"), m_tagArea}};
    m_fieldWidgets = widgets;

    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_idNumber),
                       static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_ethnicity),
                       static_cast<QWidget *>(m_education), static_cast<QWidget *>(m_workplace)})
        w->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    // The ID number and phone get a "Show" button beside them for masked values.
    QMap<QString, QWidget *> cells;
    for (auto [name, edit, show] : {std::tuple{"id_number", m_idNumber, m_showId}, std::tuple{"phone", m_phone, m_showPhone}}) {
        auto *cell = new QWidget(this);
        auto *row = new QHBoxLayout(cell);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        row->addWidget(edit, 1);
        row->addWidget(show);
        show->hide();
        cells.insert(field(name), cell);
    }
    connect(m_showId, &QToolButton::clicked, this, [this] { reveal(true); });
    connect(m_showPhone, &QToolButton::clicked, this, [this] { reveal(false); });
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->setColumnMinimumWidth(2, 16);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);
    auto place = [&](const QString &name, int row, int column, int span) {
        auto *caption = new QLabel(this);
        caption->setBuddy(m_fieldWidgets.value(name));
        m_captions.insert(name, caption);
        QLabel *error = rosterform::createErrorLabel(this);
        m_errors.insert(name, error);
        grid->addWidget(caption, row, column, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(cells.value(name, m_fieldWidgets.value(name)), row, column + 1, 1, span);
        grid->addWidget(error, row + 1, column + 1, 1, span);
        grid->setRowMinimumHeight(row + 1, 6);
    };
    int row = 0;
    for (const char *name : leftFields)
        place(field(name), 2 * row++, 0, 1);
    row = 0;
    for (const char *name : rightFields)
        place(field(name), 2 * row++, 3, 1);
    const int below = 2 * int(std::size(leftFields));
    place(QStringLiteral("tags"), below, 0, 4);
    place(QStringLiteral("notes"), below + 2, 0, 4);

    auto *tagGrid = new QGridLayout(m_tagArea);
    tagGrid->setContentsMargins(0, 2, 0, 2);
    tagGrid->setHorizontalSpacing(14);
    for (const QString &code : RosterCodes::codes(RosterCodes::List::Tag))
        addTagBox(code);

    auto *homeLayout = new QGridLayout(m_home);
    m_captions.insert(QStringLiteral("relation"), new QLabel(m_home));
    m_captions.insert(QStringLiteral("moved_in"), new QLabel(m_home));
    homeLayout->addWidget(m_captions.value(QStringLiteral("relation")), 0, 0);
    homeLayout->addWidget(m_relation, 0, 1);
    homeLayout->addWidget(m_captions.value(QStringLiteral("moved_in")), 0, 2);
    homeLayout->addWidget(m_movedIn, 0, 3);
    homeLayout->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when error lines appear
    layout->addLayout(grid);
    layout->addWidget(m_home);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
}

void PersonDialog::addTagBox(const QString &code)
{
    if (m_tags.contains(code))
        return;
    auto *box = new QCheckBox(m_tagArea);
    box->setObjectName(QStringLiteral("tag_") + code);
    box->setText(RosterCodes::tagLabel(code));
    auto *grid = static_cast<QGridLayout *>(m_tagArea->layout());
    const int n = int(m_tags.size());
    grid->addWidget(box, n / 4, n % 4);
    m_tags.insert(code, box);
    connect(box, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            touch(QStringLiteral("tags"));
    });
}

void PersonDialog::retranslateUi()
{
    setWindowTitle(m_personId ? tr("Edit Person") : tr("Add Person"));
    const QMap<QString, QString> captions = {
        {QStringLiteral("relation"), tr("Relation to head:")},
        {QStringLiteral("moved_in"), tr("Moved in:")},
    };
    for (auto it = m_captions.begin(); it != m_captions.end(); ++it) {
        const QString text = captions.contains(it.key()) ? captions.value(it.key())
                                                         : tr("%1:").arg(PersonValidator::fieldLabel(it.key()));
        it.value()->setText(text);
    }
    rosterform::fillCodes(m_sex, RosterCodes::List::Sex, tr("Not given"));
    rosterform::fillCodes(m_political, RosterCodes::List::PoliticalStatus);
    rosterform::fillCodes(m_hukou, RosterCodes::List::Hukou);
    for (auto it = m_tags.begin(); it != m_tags.end(); ++it)
        it.value()->setText(RosterCodes::tagLabel(it.key()));
    m_birthDate->setSpecialValueText(tr("Unknown"));
    m_idNumber->setPlaceholderText(tr("18 characters; birth date and sex are filled in"));
    m_phone->setPlaceholderText(tr("Mobile or landline"));
    for (QToolButton *show : {m_showId, m_showPhone}) {
        show->setText(tr("Show"));
        show->setToolTip(tr("Show the full number (recorded in the audit log)"));
    }
    m_home->setTitle(tr("Lives in %1").arg(m_homeAddress));
    validate();
}

void PersonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PersonDialog::setPerson(const Person &p, PrivacyMask *mask)
{
    m_mask = mask;
    m_filling = true;
    m_birthFromId = m_sexFromId = false; // the stored values first, not the number's
    m_personId = p.id;
    m_archived = p.archived;
    m_name->setText(p.name);
    rosterform::setCurrentCode(m_sex, p.sex);
    m_hiddenId.clear();
    m_hiddenPhone.clear();
    QString shownId = p.idNumber, shownPhone = p.phone;
    if (mask) {
        shownId = mask->display(PrivacyMask::IdNumber, p.idNumber, p.id);
        shownPhone = mask->display(PrivacyMask::Phone, p.phone, p.id);
        if (shownId != p.idNumber)
            m_hiddenId = p.idNumber;
        if (shownPhone != p.phone)
            m_hiddenPhone = p.phone;
    }
    m_idNumber->setText(shownId);
    m_idNumber->setReadOnly(!m_hiddenId.isEmpty());
    m_showId->setVisible(!m_hiddenId.isEmpty());
    m_phone->setReadOnly(!m_hiddenPhone.isEmpty());
    m_showPhone->setVisible(!m_hiddenPhone.isEmpty());
    m_birthDate->setDate(p.birthDate.isValid() ? p.birthDate : unknownDate);
    m_phone->setText(shownPhone);
    m_ethnicity->setText(p.ethnicity);
    rosterform::setCurrentCode(m_political, p.politicalStatus);
    rosterform::setCurrentCode(m_hukou, p.hukou);
    m_education->setText(p.education);
    m_workplace->setText(p.workplace);
    m_notes->setPlainText(p.notes);
    for (const QString &tag : p.tags)
        addTagBox(tag);
    for (auto it = m_tags.begin(); it != m_tags.end(); ++it)
        it.value()->setChecked(p.tags.contains(it.key()));
    // Values that agree with the ID number keep following it when the number is corrected.
    const idnumber::Parsed parsed = idnumber::parse(p.idNumber);
    m_birthFromId = !p.birthDate.isValid() || (parsed.ok && parsed.birthDate == p.birthDate);
    m_sexFromId = p.sex.isEmpty() || (parsed.ok && QString(parsed.sex) == p.sex);
    m_filling = false;
    retranslateUi();
}

void PersonDialog::setHome(qint64 dwellingId, const QString &address)
{
    m_homeId = dwellingId;
    m_homeAddress = address;
    m_home->setVisible(dwellingId != 0);
    m_home->setChecked(dwellingId != 0);
    m_home->setTitle(tr("Lives in %1").arg(address));
}

Person PersonDialog::person() const
{
    Person p;
    p.id = m_personId;
    p.archived = m_archived;
    p.name = m_name->text();
    p.sex = rosterform::currentCode(m_sex);
    p.idNumber = m_hiddenId.isEmpty() ? m_idNumber->text() : m_hiddenId;
    p.birthDate = m_birthDate->date() == unknownDate ? QDate() : m_birthDate->date();
    p.phone = m_hiddenPhone.isEmpty() ? m_phone->text() : m_hiddenPhone;
    p.ethnicity = m_ethnicity->text();
    p.politicalStatus = rosterform::currentCode(m_political);
    p.hukou = rosterform::currentCode(m_hukou);
    p.education = m_education->text();
    p.workplace = m_workplace->text();
    p.notes = m_notes->toPlainText();
    for (auto it = m_tags.begin(); it != m_tags.end(); ++it) {
        if (it.value()->isChecked())
            p.tags << it.key();
    }
    return p;
}

std::optional<PersonDialog::MoveIn> PersonDialog::moveIn() const
{
    if (!m_homeId || !m_home->isChecked())
        return std::nullopt;
    return MoveIn{m_homeId, m_relation->currentText().trimmed(), m_movedIn->date()};
}

std::vector<PersonProblem> PersonDialog::problems() const
{
    Person p = person();
    return PersonValidator::check(m_database, p);
}

QString PersonDialog::fieldError(const QString &name) const
{
    const QLabel *label = m_errors.value(name);
    return label && !label->isHidden() ? label->text() : QString();
}

QString PersonDialog::summary() const
{
    return m_summary->text();
}

QPushButton *PersonDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PersonDialog::touch(const QString &name)
{
    m_touched.insert(name);
    m_saveError.clear();
    validate();
}

void PersonDialog::reveal(bool idNumber)
{
    QString &hidden = idNumber ? m_hiddenId : m_hiddenPhone;
    if (hidden.isEmpty() || !m_mask)
        return;
    const PrivacyMask::Field field = idNumber ? PrivacyMask::IdNumber : PrivacyMask::Phone;
    if (const Status s = m_mask->reveal(field, m_personId, QStringLiteral("person form")); !s) {
        m_saveError = s.message();
        validate();
        return;
    }
    QLineEdit *edit = idNumber ? m_idNumber : m_phone;
    const QString value = hidden;
    hidden.clear();
    const bool wasFilling = m_filling;
    m_filling = true; // showing is not editing
    edit->setText(value);
    m_filling = wasFilling;
    edit->setReadOnly(false);
    (idNumber ? m_showId : m_showPhone)->hide();
    edit->setFocus();
}

void PersonDialog::followIdNumber()
{
    if (!m_hiddenId.isEmpty())
        return; // the masked text on screen is not the number
    const idnumber::Parsed parsed = idnumber::parse(m_idNumber->text());
    const bool wasFilling = m_filling;
    m_filling = true;
    if (m_birthFromId)
        m_birthDate->setDate(parsed.ok ? parsed.birthDate : unknownDate);
    if (m_sexFromId)
        rosterform::setCurrentCode(m_sex, parsed.ok ? QString(parsed.sex) : QString());
    m_filling = wasFilling;
    validate();
}

void PersonDialog::validate()
{
    QMap<QString, QStringList> messages;
    for (const PersonProblem &p : problems()) {
        if (m_touched.contains(p.field))
            messages[p.field] << p.message;
    }
    QStringList wrong;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString text = messages.value(it.key()).join(QLatin1Char(' '));
        rosterform::showFieldError(m_fieldWidgets.value(it.key()), it.value(), text);
        if (!text.isEmpty())
            wrong << PersonValidator::fieldLabel(it.key());
    }
    if (!wrong.isEmpty())
        m_summary->setText(tr("Please correct: %1.").arg(wrong.join(tr(", ", "between field names"))));
    else
        m_summary->setText(m_saveError);
    m_summary->setVisible(!m_summary->text().isEmpty());
}

void PersonDialog::accept()
{
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        m_touched.insert(it.key());
    m_saveError.clear();
    validate();
    const auto found = problems();
    if (!found.empty()) {
        if (QWidget *w = m_fieldWidgets.value(found.front().field))
            w->setFocus();
        return;
    }
    if (m_saver) {
        const Status saved = m_saver(person(), moveIn());
        if (!saved) {
            m_saveError = saved.message();
            validate();
            return;
        }
    }
    QDialog::accept();
}

} // namespace cd
