#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

namespace cd {

class AppSession;

/// One capability page in the main window's navigation.
///
/// A page reads the database through the session. The base class follows the session:
/// databaseClosed() must drop every query and model at once; refresh() reloads, and runs
/// when the database opens or its data changes, deferred until the page is shown.
/// Pages are listed once, in createPages() (ui/pages/pagefactory.cpp).
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(AppSession &session, QWidget *parent = nullptr);

    /// Stable identifier, remembered as the last page shown ("overview", "roster", ...).
    virtual QString pageId() const = 0;
    /// Translated navigation title; asked again after a language change.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    /// Reloads now if visible, else when next shown.
    void requestRefresh();
    bool needsRefresh() const { return m_stale; }

protected:
    AppSession &session() const { return m_session; }

    virtual void refresh() {}
    virtual void databaseClosed() {}
    /// Re-set every translated text (QEvent::LanguageChange).
    virtual void retranslateUi() {}

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    AppSession &m_session;
    bool m_stale = true;
};

} // namespace cd
