#pragma once

#include <QDialog>

class QCommandLinkButton;
class QLabel;

namespace cd {

/// Asked once for a new, empty database: start with nothing, or load the demo community.
/// Shown window-modal with open(); the choice arrives through finished()/choice().
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, StartEmpty, LoadDemo };

    explicit FirstStartDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QCommandLinkButton *startEmptyButton() const { return m_startEmpty; }
    QCommandLinkButton *loadDemoButton() const { return m_loadDemo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QLabel *m_heading;
    QLabel *m_text;
    QCommandLinkButton *m_startEmpty;
    QCommandLinkButton *m_loadDemo;
};

} // namespace cd
