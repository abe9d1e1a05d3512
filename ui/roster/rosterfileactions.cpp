#include "roster/rosterfileactions.h"

#include "roster/importwizard.h"
#include "roster/rosterpage.h"

#include <QAction>
#include <QEvent>

namespace cd {

RosterFileActions::RosterFileActions(RosterPage &page, AppSession &session)
    : QObject(&page), m_page(page), m_session(session), m_import(new QAction(&page))
{
    m_import->setObjectName(QStringLiteral("importRoster"));
    page.addFileAction(m_import);
    connect(m_import, &QAction::triggered, this, &RosterFileActions::openImport);
    page.installEventFilter(this);
    retranslateUi();
}

bool RosterFileActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_page && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void RosterFileActions::retranslateUi()
{
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import people and addresses from an .xlsx or CSV roster"));
}

void RosterFileActions::openImport()
{
    auto *wizard = new ImportWizard(m_session, &m_page);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

} // namespace cd
