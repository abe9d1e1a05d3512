#include "roster/rosterfileactions.h"

#include "roster/importwizard.h"
#include "roster/rosteroutput.h"
#include "roster/rosterpage.h"

#include <QAction>
#include <QEvent>

namespace cd {

RosterFileActions::RosterFileActions(RosterPage &page, AppSession &session)
    : QObject(&page),
      m_page(page),
      m_session(session),
      m_import(new QAction(&page)),
      m_export(new QAction(&page)),
      m_print(new QAction(&page)),
      m_output(new RosterOutput(page, session))
{
    m_import->setObjectName(QStringLiteral("importRoster"));
    m_export->setObjectName(QStringLiteral("exportRoster"));
    m_print->setObjectName(QStringLiteral("printRoster"));
    for (QAction *action : {m_import, m_export, m_print})
        page.addFileAction(action);
    connect(m_import, &QAction::triggered, this, &RosterFileActions::openImport);
    connect(m_export, &QAction::triggered, m_output, &RosterOutput::exportRoster);
    connect(m_print, &QAction::triggered, m_output, &RosterOutput::printRoster);
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
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the roster of the selected estate or building, or of the whole community, "
                            "as .xlsx or CSV"));
    m_print->setText(tr("Print roster…"));
    m_print->setToolTip(tr("Print the roster of the selected estate or building, or save it as PDF"));
}

void RosterFileActions::openImport()
{
    auto *wizard = new ImportWizard(m_session, &m_page);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

} // namespace cd
