#include "roster/movepersondialog.h"

#include "roster/roomreference.h"
#include "roster/rosterform.h"
#include "roster/rosterrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cd {

MovePersonDialog::MovePersonDialog(const RosterRepository &repository, QWidget *parent)
    : QDialog(parent),
      m_repository(repository),
      m_intro(new QLabel(this)),
      m_toDwelling(new QRadioButton(this)),
      m_away(new QRadioButton(this)),
      m_estate(new QComboBox(this)),
      m_reference(new QLineEdit(this)),
      m_result(new QLabel(this)),
      m_relation(rosterform::createRelationBox(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)),
      m_relationCaption(new QLabel(this)),
      m_dateCaption(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("movePersonDialog"));
    setStyleSheet(rosterform::formStyleSheet() + QStringLiteral("#moveResult { color: #1e7e34; }"
                                                                "#moveResult[invalid=\"true\"] { color: #c5221f; }"));
    m_intro->setWordWrap(true);
    m_reference->setObjectName(QStringLiteral("roomReference"));
    m_result->setObjectName(QStringLiteral("moveResult"));
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_toDwelling->setChecked(true);
    if (const auto estates = m_repository.estates()) {
        for (const Estate &e : estates.value())
            m_estate->addItem(e.name);
    }

    auto *grid = new QGridLayout;
    grid->addWidget(m_toDwelling, 0, 0, 1, 3);
    grid->addWidget(m_estate, 1, 1);
    grid->addWidget(m_reference, 1, 2);
    grid->addWidget(m_result, 2, 1, 1, 2);
    grid->addWidget(m_relationCaption, 3, 1);
    grid->addWidget(m_relation, 3, 2);
    grid->addWidget(m_away, 4, 0, 1, 3);
    grid->addWidget(m_dateCaption, 5, 0, 1, 2);
    grid->addWidget(m_date, 5, 2);
    grid->setColumnMinimumWidth(0, 18);
    grid->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MovePersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MovePersonDialog::reject);
    connect(m_reference, &QLineEdit::textChanged, this, &MovePersonDialog::lookUp);
    connect(m_estate, &QComboBox::currentIndexChanged, this, &MovePersonDialog::lookUp);
    connect(m_toDwelling, &QRadioButton::toggled, this, &MovePersonDialog::lookUp);
    retranslateUi();
}

void MovePersonDialog::retranslateUi()
{
    setWindowTitle(tr("Move %1").arg(m_name));
    m_intro->setText(m_address.isEmpty() ? tr("%1 has no current dwelling.").arg(m_name)
                                         : tr("%1 lives in %2 now.").arg(m_name, m_address));
    m_toDwelling->setText(tr("Moves to another dwelling:"));
    m_away->setText(tr("Moved away from the community"));
    m_reference->setPlaceholderText(tr("Building-unit-room, e.g. 3-2-501"));
    m_relationCaption->setText(tr("Relation to head:"));
    m_dateCaption->setText(tr("Date of the move:"));
    lookUp();
}

void MovePersonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MovePersonDialog::setPerson(const QString &name, const QString &address, const QString &estate,
                                 const QString &relation)
{
    m_name = name;
    m_address = address;
    if (const int at = m_estate->findText(estate); at >= 0)
        m_estate->setCurrentIndex(at);
    m_relation->setCurrentText(relation);
    m_away->setEnabled(!address.isEmpty());
    retranslateUi();
}

void MovePersonDialog::lookUp()
{
    m_target = 0;
    m_error->hide();
    const bool toDwelling = m_toDwelling->isChecked();
    m_estate->setEnabled(toDwelling);
    m_reference->setEnabled(toDwelling);
    m_relation->setEnabled(toDwelling);
    QString text;
    if (toDwelling && !m_reference->text().trimmed().isEmpty()) {
        const auto reference = RoomReference::parse(m_reference->text());
        if (!reference || reference->building.isEmpty() || reference->room.isEmpty()) {
            text = tr("Type building, unit and room, e.g. 3-2-501.");
        } else {
            const Result<qint64> found = m_repository.findDwelling(*reference, m_estate->currentText());
            if (found && found.value())
                m_target = found.value();
            text = m_target ? tr("Found: %1").arg(m_repository.dwellingAddress(m_target))
                            : (found ? tr("No such dwelling.") : found.message());
        }
    }
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
    m_result->setProperty("invalid", !m_target);
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!toDwelling || m_target);
}

MovePersonDialog::Move MovePersonDialog::move() const
{
    Move m;
    m.away = m_away->isChecked();
    m.dwellingId = m.away ? 0 : m_target;
    m.relation = m_relation->currentText().trimmed();
    m.date = m_date->date();
    return m;
}

QString MovePersonDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

void MovePersonDialog::accept()
{
    const Move m = move();
    if (!m.away && !m.dwellingId)
        return;
    if (m_saver && !rosterform::saveSucceeded(m_error, m_saver(m)))
        return;
    QDialog::accept();
}

} // namespace cd
