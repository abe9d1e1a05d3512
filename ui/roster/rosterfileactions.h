#pragma once

#include <QObject>

class QAction;

namespace cd {

class AppSession;
class RosterOutput;
class RosterPage;

/// The roster page's file actions, first in its toolbar: "Import…" opens the ImportWizard
/// (the undo of a whole import is offered on its last page); "Export…" and "Print roster…"
/// are run by RosterOutput.
class RosterFileActions : public QObject
{
    Q_OBJECT

public:
    RosterFileActions(RosterPage &page, AppSession &session);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    RosterOutput *output() const { return m_output; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void openImport();

    RosterPage &m_page;
    AppSession &m_session;
    QAction *m_import;
    QAction *m_export;
    QAction *m_print;
    RosterOutput *m_output;
};

} // namespace cd
