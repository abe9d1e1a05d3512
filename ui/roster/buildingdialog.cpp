#include "roster/buildingdialog.h"

#include "roster/rosterform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

namespace {
// The spin boxes' "unknown" values, just below the ranges the schema allows.
constexpr int unknownFloors = 0;
constexpr int unknownYear = 1799;
} // namespace

BuildingDialog::BuildingDialog(QWidget *parent)
    : QDialog(parent),
      m_number(new QLineEdit(this)),
      m_address(new QLineEdit(this)),
      m_floors(new QSpinBox(this)),
      m_yearBuilt(new QSpinBox(this)),
      m_grid(new QComboBox(this)),
      m_numberError(rosterform::createErrorLabel(this)),
      m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("buildingDialog"));
    setStyleSheet(rosterform::formStyleSheet());
    m_number->setObjectName(QStringLiteral("buildingNumber"));
    m_floors->setRange(unknownFloors, 200);
    m_yearBuilt->setRange(unknownYear, 2200);
    m_yearBuilt->setValue(unknownYear);
    m_summary->setObjectName(QStringLiteral("formError"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    m_address->setMinimumWidth(260);
    for (QLabel *&caption : m_captions)
        caption = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(m_captions[0], m_number);
    form->addRow(QString(), m_numberError);
    form->addRow(m_captions[1], m_address);
    form->addRow(m_captions[2], m_floors);
    form->addRow(m_captions[3], m_yearBuilt);
    form->addRow(m_captions[4], m_grid);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BuildingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BuildingDialog::reject);
    connect(m_number, &QLineEdit::textChanged, this, &BuildingDialog::validate);
    retranslateUi();
}

void BuildingDialog::retranslateUi()
{
    setWindowTitle(tr("Edit Building %1 %2").arg(m_estateName, m_building.number));
    m_captions[0]->setText(tr("Number:"));
    m_captions[1]->setText(tr("Address:"));
    m_captions[2]->setText(tr("Floors:"));
    m_captions[3]->setText(tr("Year built:"));
    m_captions[4]->setText(tr("Grid:"));
    m_floors->setSpecialValueText(tr("Unknown"));
    m_yearBuilt->setSpecialValueText(tr("Unknown"));
    if (m_grid->count() > 0)
        m_grid->setItemText(0, tr("No grid"));
    validate();
}

void BuildingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BuildingDialog::setBuilding(const Building &b, const QString &estateName, const std::vector<Grid> &grids)
{
    m_building = b;
    m_estateName = estateName;
    m_number->setText(b.number);
    m_address->setText(b.address);
    m_floors->setValue(b.floors.value_or(unknownFloors));
    m_yearBuilt->setValue(b.yearBuilt.value_or(unknownYear));
    m_grid->clear();
    m_grid->addItem(QString(), qint64(0));
    for (const Grid &g : grids)
        m_grid->addItem(g.workerName.isEmpty() ? g.name : tr("%1 (%2)").arg(g.name, g.workerName), g.id);
    m_grid->setCurrentIndex(qMax(0, m_grid->findData(b.gridId)));
    retranslateUi();
}

Building BuildingDialog::building() const
{
    Building b = m_building;
    b.number = m_number->text();
    b.address = m_address->text();
    b.floors = m_floors->value() == unknownFloors ? std::nullopt : std::optional<int>(m_floors->value());
    b.yearBuilt = m_yearBuilt->value() == unknownYear ? std::nullopt : std::optional<int>(m_yearBuilt->value());
    b.gridId = m_grid->currentData().toLongLong();
    return b;
}

QString BuildingDialog::numberError() const
{
    return m_numberError->isHidden() ? QString() : m_numberError->text();
}

QString BuildingDialog::summary() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

void BuildingDialog::validate()
{
    rosterform::showFieldError(m_number, m_numberError,
                               m_number->text().trimmed().isEmpty() ? tr("The building number is empty.")
                                                                    : QString());
    m_summary->hide();
}

void BuildingDialog::accept()
{
    validate();
    if (!numberError().isEmpty())
        return;
    if (m_saver && !rosterform::saveSucceeded(m_summary, m_saver(building())))
        return;
    QDialog::accept();
}

} // namespace cd
