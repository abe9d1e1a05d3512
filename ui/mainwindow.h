#pragma once

#include "demo/demogenerator.h"

#include <QMainWindow>
#include <QPointer>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressDialog;
class QStackedWidget;

namespace cd {

class AppSession;
class DatabaseFileActions;
class DemoRunner;
class FirstStartDialog;
class LanguageManager;
class Page;

/// The application window: navigation on the left, the current page on the right,
/// menus, and a status bar naming the open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Key in the database's `setting` table: the first-start question was answered.
    static QString firstStartKey() { return QStringLiteral("first_start_done"); }

    MainWindow(AppSession &session, LanguageManager &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    const std::vector<Page *> &pages() const { return m_pages; }
    Page *currentPage() const;
    void showPage(int index);

    QListWidget *navigation() const { return m_navigation; }
    QLabel *databasePathLabel() const { return m_pathLabel; }
    QLabel *schemaVersionLabel() const { return m_versionLabel; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *settingsMenu() const { return m_settingsMenu; }
    QAction *chineseAction() const { return m_chineseAction; }
    QAction *englishAction() const { return m_englishAction; }
    /// The open first-start question, if any.
    FirstStartDialog *firstStartDialog() const;
    DemoRunner *demoRunner() const { return m_demo; }
    /// Size of the demo loaded from the first-start question (tests use a small one).
    void setDemoOptions(const DemoOptions &options) { m_demoOptions = options; }

    QString aboutText() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createSidebar();
    void retranslateUi();
    void updateStatus();
    void checkFirstStart();
    void answerFirstStart(int result);
    void startDemo();
    void showAbout();
    void saveWindowState();

    AppSession &m_session;
    LanguageManager &m_language;
    DatabaseFileActions *m_files;
    DemoRunner *m_demo;
    DemoOptions m_demoOptions;
    std::vector<Page *> m_pages;

    QLabel *m_sidebarTitle = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QPointer<FirstStartDialog> m_firstStart;
    QPointer<QProgressDialog> m_demoProgress;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace cd
