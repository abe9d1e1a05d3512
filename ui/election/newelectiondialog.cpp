#include "election/newelectiondialog.h"

#include "election/electionsettingsform.h"
#include "election/electionstore.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

NewElectionDialog::NewElectionDialog(ElectionStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_form(new ElectionSettingsForm(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New election"));
    m_form->setEstates(store.database(), true);
    m_form->setElection(Election());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewElectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewElectionDialog::reject);
    const auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_form->isValid()); };
    connect(m_form, &ElectionSettingsForm::edited, this, update);
    update();
    resize(520, sizeHint().height());
}

void NewElectionDialog::accept()
{
    if (!m_form->isValid())
        return;
    const Result<qint64> created = m_store.create(m_form->election());
    if (!created) {
        QMessageBox::warning(this, windowTitle(), created.message());
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace cd
