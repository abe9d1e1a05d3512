#include "party/companydialog.h"

#include "party/optionaldateedit.h"
#include "party/partycodes.h"
#include "party/propertycompanystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

CompanyDialog::CompanyDialog(Database &database, const CompanyPartyInfo &company, QWidget *parent)
    : QDialog(parent), m_db(database), m_company(company), m_name(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_noteLabel(new QLabel(this)), m_note(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_red(new QComboBox(this)), m_rating(new QComboBox(this)), m_ratedOn(new OptionalDateEdit(tr("Rated"), this)),
      m_ratingNote(new QLineEdit(this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(company.id ? tr("Edit property company") : tr("New property company"));
    using L = PartyCodes::List;
    for (const QString &code : PartyCodes::codes(L::RedProperty))
        m_red->addItem(PartyCodes::label(L::RedProperty, code), code);
    m_rating->addItem(tr("(not rated)"), QString());
    for (const QString &code : PartyCodes::codes(L::Rating))
        m_rating->addItem(code == QLatin1String("fail") ? tr("%1 — yellow light").arg(PartyCodes::label(L::Rating, code))
                                                        : PartyCodes::label(L::Rating, code),
                          code);
    m_code->setPlaceholderText(tr("18 characters, e.g. 91110105MA01ABCD2X"));
    m_code->setMaxLength(24);
    m_note->setPlaceholderText(tr("Why the code is kept although its check character fails"));
    m_name->setText(company.name);
    m_code->setText(company.creditCode);
    m_note->setText(company.creditCodeNote);
    m_phone->setText(company.phone);
    m_red->setCurrentIndex(std::max(0, m_red->findData(company.redProperty)));
    m_rating->setCurrentIndex(std::max(0, m_rating->findData(company.rating)));
    m_ratedOn->setDate(company.ratedOn);
    m_ratingNote->setText(company.ratingNote);
    m_noteLabel->setText(tr("Note on the code:"));

    m_problems->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Unified social credit code:"), m_code);
    form->addRow(m_noteLabel, m_note);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Red property (红色物业):"), m_red);
    form->addRow(tr("Performance rating (履约评价):"), m_rating);
    form->addRow(tr("Rated on:"), m_ratedOn);
    form->addRow(tr("Rating note:"), m_ratingNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompanyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_name, m_code, m_note, m_phone, m_ratingNote})
        connect(e, &QLineEdit::textChanged, this, &CompanyDialog::validate);
    for (QComboBox *b : {m_red, m_rating})
        connect(b, qOverload<int>(&QComboBox::currentIndexChanged), this, &CompanyDialog::validate);
    connect(m_ratedOn, &OptionalDateEdit::dateChanged, this, &CompanyDialog::validate);
    resize(620, sizeHint().height());
    validate();
}

CompanyPartyInfo CompanyDialog::company() const
{
    CompanyPartyInfo c = m_company;
    c.name = m_name->text().trimmed();
    c.creditCode = m_code->text().trimmed();
    c.creditCodeNote = m_note->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.redProperty = m_red->currentData().toString();
    c.rating = m_rating->currentData().toString();
    c.ratedOn = m_ratedOn->date();
    c.ratingNote = m_ratingNote->text().trimmed();
    return c;
}

void CompanyDialog::validate()
{
    const CompanyPartyInfo c = company();
    const QVector<FieldProblem> problems = PropertyCompanyStore(m_db).check(c);
    // The note is asked for only when the code fails its check (or already has one).
    const QVector<FieldProblem> codeProblems = PropertyCompanyStore::checkCreditCode(c.creditCode, QStringLiteral("-"));
    const bool checkFails = !c.creditCode.isEmpty() && !codeProblems.isEmpty() && codeProblems.first().warning;
    m_note->setVisible(checkFails || !c.creditCodeNote.isEmpty());
    m_noteLabel->setVisible(m_note->isVisible());
    QStringList lines;
    bool blocking = false;
    bool codeWrong = false;
    bool nameWrong = false;
    for (const FieldProblem &p : problems) {
        lines << (p.warning ? tr("Note: %1").arg(p.message) : p.message);
        blocking = blocking || !p.warning;
        codeWrong = codeWrong || (p.field == QLatin1String("creditCode") && !c.creditCode.isEmpty());
        nameWrong = nameWrong || p.field == QLatin1String("name");
    }
    m_code->setStyleSheet(codeWrong ? QStringLiteral("border: 1px solid %1;").arg(blocking ? QStringLiteral("#c62828")
                                                                                           : QStringLiteral("#ef6c00"))
                                    : QString());
    m_name->setStyleSheet(nameWrong ? QStringLiteral("border: 1px solid #c62828;") : QString());
    m_problems->setStyleSheet(blocking ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #ef6c00;"));
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
}

void CompanyDialog::accept()
{
    const Result<qint64> saved = PropertyCompanyStore(m_db).save(company());
    if (!saved) {
        m_problems->setText(saved.message());
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace cd
