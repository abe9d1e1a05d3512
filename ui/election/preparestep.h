#pragma once

#include "election/electionstepwidget.h"

class QLabel;
class QPushButton;

namespace cd {

class ElectionSettingsForm;

/// 准备: the election's settings, editable while it is being prepared.
class PrepareStep : public ElectionStepWidget
{
    Q_OBJECT

public:
    PrepareStep(AppSession &session, ElectionJob &job, QWidget *parent = nullptr);

    ElectionSettingsForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    void retranslateUi() override;

public slots:
    void save();

protected:
    void reload() override;
    void clearView() override;

private:
    void updateActions();

    ElectionSettingsForm *m_form;
    QLabel *m_note;
    QPushButton *m_save;
    bool m_loaded = false;
};

} // namespace cd
