#include "election/preparestep.h"

#include "election/electionsettingsform.h"
#include "election/electionstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

PrepareStep::PrepareStep(AppSession &session, ElectionJob &job, QWidget *parent)
    : ElectionStepWidget(session, job, parent), m_form(new ElectionSettingsForm(this)), m_note(new QLabel(this)),
      m_save(new QPushButton(this))
{
    m_note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &PrepareStep::save);
    connect(m_form, &ElectionSettingsForm::edited, this, &PrepareStep::updateActions);
    retranslateUi();
    updateActions();
}

void PrepareStep::reload()
{
    m_form->setEstates(store()->database(), false);
    m_form->setElection(election());
    m_form->setReadOnly(!election().isPreparing());
    m_loaded = true;
    updateActions();
}

void PrepareStep::clearView()
{
    m_loaded = false;
    updateActions();
}

void PrepareStep::updateActions()
{
    const bool editable = m_loaded && hasElection() && election().isPreparing();
    m_save->setEnabled(editable && m_form->isValid());
    m_note->setVisible(m_loaded && !election().isPreparing());
}

void PrepareStep::save()
{
    if (!hasElection() || !m_form->isValid())
        return;
    if (check(store()->update(m_form->election())))
        emit dataWritten();
}

void PrepareStep::retranslateUi()
{
    m_form->retranslateUi();
    m_save->setText(tr("Save settings"));
    m_note->setText(tr("Voting has opened: the settings are fixed."));
}

} // namespace cd
