#pragma once

#include "common/status.h"

#include <QDialog>

class QDialogButtonBox;

namespace cd {

class ElectionSettingsForm;
class ElectionStore;

/// "New election…": the settings form; OK stays disabled while a field is wrong and creates
/// the election through ElectionStore::create (with the default vetting conditions).
class NewElectionDialog : public QDialog
{
    Q_OBJECT

public:
    NewElectionDialog(ElectionStore &store, QWidget *parent = nullptr);

    ElectionSettingsForm *form() const { return m_form; }
    qint64 createdId() const { return m_created; }

public slots:
    void accept() override;

private:
    ElectionStore &m_store;
    ElectionSettingsForm *m_form;
    QDialogButtonBox *m_buttons;
    qint64 m_created = 0;
};

} // namespace cd
