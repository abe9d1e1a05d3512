#pragma once

#include <QObject>

class QAction;

namespace cd {

class AppSession;
class RosterPage;

/// The roster page's file actions, first in its toolbar: "Import…" opens the ImportWizard
/// (the undo of a whole import is offered on its last page).
class RosterFileActions : public QObject
{
    Q_OBJECT

public:
    RosterFileActions(RosterPage &page, AppSession &session);

    QAction *importAction() const { return m_import; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void openImport();

    RosterPage &m_page;
    AppSession &m_session;
    QAction *m_import;
};

} // namespace cd
