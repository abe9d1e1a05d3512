#include "pages/page.h"

#include "session/appsession.h"

#include <QEvent>

namespace cd {

Page::Page(AppSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    connect(&session, &AppSession::databaseOpened, this, &Page::requestRefresh);
    connect(&session, &AppSession::dataChanged, this, &Page::requestRefresh);
    connect(&session, &AppSession::databaseClosed, this, [this] {
        databaseClosed();
        m_stale = true;
    });
}

void Page::requestRefresh()
{
    m_stale = true;
    if (isVisible() && m_session.isOpen()) {
        m_stale = false;
        refresh();
    }
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        requestRefresh();
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cd
