#include "roster/dwellingdialog.h"

#include "roster/rosterform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int unknownFloor = -10; // the floor box's "unknown" value
}

DwellingDialog::DwellingDialog(QWidget *parent)
    : QDialog(parent),
      m_room(new QLineEdit(this)),
      m_floor(new QSpinBox(this)),
      m_area(new QDoubleSpinBox(this)),
      m_occupancy(new QComboBox(this)),
      m_delivered(new QCheckBox(this)),
      m_roomError(rosterform::createErrorLabel(this)),
      m_summary(new QLabel(this)),
      m_roomCaption(new QLabel(this)),
      m_floorCaption(new QLabel(this)),
      m_areaCaption(new QLabel(this)),
      m_occupancyCaption(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dwellingDialog"));
    setStyleSheet(rosterform::formStyleSheet());
    m_room->setObjectName(QStringLiteral("room"));
    m_floor->setRange(unknownFloor, 200);
    m_floor->setValue(unknownFloor);
    m_area->setRange(0, 99999.99);
    m_area->setDecimals(2);
    m_area->setSuffix(QStringLiteral(" m²"));
    m_summary->setObjectName(QStringLiteral("formError"));
    m_summary->setWordWrap(true);
    m_summary->hide();

    auto *form = new QFormLayout;
    form->addRow(m_roomCaption, m_room);
    form->addRow(QString(), m_roomError);
    form->addRow(m_floorCaption, m_floor);
    form->addRow(m_areaCaption, m_area);
    form->addRow(m_occupancyCaption, m_occupancy);
    form->addRow(QString(), m_delivered);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DwellingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DwellingDialog::reject);
    connect(m_room, &QLineEdit::textChanged, this, &DwellingDialog::validate);
    retranslateUi();
}

void DwellingDialog::retranslateUi()
{
    setWindowTitle(tr("Edit Dwelling %1").arg(m_address));
    m_roomCaption->setText(tr("Room:"));
    m_floorCaption->setText(tr("Floor:"));
    m_areaCaption->setText(tr("Exclusive area:"));
    m_occupancyCaption->setText(tr("Occupancy:"));
    m_delivered->setText(tr("Delivered to the buyer"));
    m_floor->setSpecialValueText(tr("Unknown"));
    rosterform::fillCodes(m_occupancy, RosterCodes::List::Occupancy);
    validate();
}

void DwellingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DwellingDialog::setDwelling(const Dwelling &d, const QString &address)
{
    m_dwelling = d;
    m_address = address;
    m_room->setText(d.room);
    m_floor->setValue(d.floor.value_or(unknownFloor));
    m_area->setValue(double(d.areaCenti) / 100.0);
    rosterform::setCurrentCode(m_occupancy, d.occupancy);
    m_delivered->setChecked(d.delivered);
    retranslateUi();
}

Dwelling DwellingDialog::dwelling() const
{
    Dwelling d = m_dwelling;
    d.room = m_room->text();
    d.floor = m_floor->value() == unknownFloor ? std::nullopt : std::optional<int>(m_floor->value());
    d.areaCenti = qRound64(m_area->value() * 100.0);
    d.occupancy = rosterform::currentCode(m_occupancy);
    d.delivered = m_delivered->isChecked();
    return d;
}

QString DwellingDialog::roomError() const
{
    return m_roomError->isHidden() ? QString() : m_roomError->text();
}

QString DwellingDialog::summary() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

void DwellingDialog::validate()
{
    rosterform::showFieldError(m_room, m_roomError,
                               m_room->text().trimmed().isEmpty() ? tr("The room number is empty.") : QString());
    m_summary->hide();
}

void DwellingDialog::accept()
{
    validate();
    if (!roomError().isEmpty())
        return;
    if (m_saver && !rosterform::saveSucceeded(m_summary, m_saver(dwelling())))
        return;
    QDialog::accept();
}

} // namespace cd
