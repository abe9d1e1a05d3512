#include "mainwindow.h"

#include "common/appidentity.h"
#include "db/database.h"
#include "firststart/demorunner.h"
#include "firststart/firststartdialog.h"
#include "pages/navicons.h"
#include "pages/page.h"
#include "pages/pagefactory.h"
#include "roster/rostersummary.h"
#include "session/appsession.h"
#include "session/databasefileactions.h"
#include "settings/languagemanager.h"
#include "settings/preference.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {

const Preference<QByteArray> windowGeometry{QStringLiteral("mainWindow/geometry"), QByteArray()};
const Preference<QByteArray> dockState{QStringLiteral("mainWindow/state"), QByteArray()};
const Preference<QString> lastPage{QStringLiteral("mainWindow/page"), QStringLiteral("overview")};

const char *const sidebarStyle = R"(
#sidebar { background: #f6f6f8; border-right: 1px solid #e3e3e6; }
#sidebarTitle { font-size: 15px; font-weight: 600; color: #202124; }
#navigation { background: transparent; border: none; outline: 0; font-size: 14px; }
#navigation::item { min-height: 38px; padding-left: 10px; margin: 1px 8px; border-radius: 6px; color: #3c4043; }
#navigation::item:hover { background: #ececef; }
#navigation::item:selected { background: #fbe7ea; color: #c8102e; }
#pageStack { background: #ffffff; }
)";

} // namespace

MainWindow::MainWindow(AppSession &session, LanguageManager &language, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_language(language),
      m_files(new DatabaseFileActions(session, this)),
      m_demo(new DemoRunner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    setStyleSheet(QString::fromLatin1(sidebarStyle));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebar());
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_pages = createPages(session, m_stack);
    for (Page *page : m_pages) {
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
        item->setData(Qt::UserRole, page->pageId());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("schemaVersion"));
    m_pathLabel->setContentsMargins(8, 0, 8, 0);
    m_versionLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_pathLabel);
    statusBar()->addPermanentWidget(m_versionLabel);

    createActions();
    createMenus();
    retranslateUi();

    connect(&session, &AppSession::databaseOpened, this, [this] {
        updateStatus();
        // Asked once the window is on screen, not while it is being built.
        QTimer::singleShot(0, this, &MainWindow::checkFirstStart);
    });
    connect(&session, &AppSession::databaseClosed, this, [this] {
        // The path still names the old file here; the next databaseOpened replaces it.
        QTimer::singleShot(0, this, &MainWindow::updateStatus);
    });
    connect(m_files, &DatabaseFileActions::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_demo, &DemoRunner::finished, this,
            [this](DemoRunner::Outcome outcome, const QString &message, const DemoSummary &summary) {
                if (m_demoProgress)
                    m_demoProgress->deleteLater();
                if (outcome == DemoRunner::Outcome::Done) {
                    m_session.setDataSetting(firstStartKey(), QStringLiteral("demo"));
                    m_session.notifyDataChanged();
                    const QLocale locale;
                    statusBar()->showMessage(tr("Demo community created: %1 estates, %2 dwellings, %3 people.")
                                                 .arg(locale.toString(summary.estates),
                                                      locale.toString(summary.dwellings),
                                                      locale.toString(summary.people)),
                                             8000);
                } else if (outcome == DemoRunner::Outcome::Cancelled) {
                    statusBar()->showMessage(tr("The demo community was not created."), 8000);
                } else {
                    // Window-modal, not a nested event loop: the window stays responsive.
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Demo Community"), message,
                                                QMessageBox::Ok, this);
                    box->setObjectName(QStringLiteral("demoFailed"));
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                }
            });

    const QByteArray geometry = windowGeometry.value();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: roomy on an office monitor, never larger than the screen.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
        resize(QSize(1440, 900).boundedTo(available * 0.92));
    }
    restoreState(dockState.value());

    int start = 0;
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == lastPage.value())
            start = int(i);
    }
    m_navigation->setCurrentRow(start);
    updateStatus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(210);

    auto *logo = new QLabel(sidebar);
    logo->setPixmap(applicationIcon().pixmap(QSize(32, 32)));
    m_sidebarTitle = new QLabel(sidebar);
    m_sidebarTitle->setObjectName(QStringLiteral("sidebarTitle"));
    m_sidebarTitle->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(16, 18, 12, 14);
    header->setSpacing(10);
    header->addWidget(logo);
    header->addWidget(m_sidebarTitle, 1);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_navigation, 1);
    return sidebar;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, m_files, &DatabaseFileActions::newDatabase);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, m_files, &DatabaseFileActions::openDatabase);
    m_backupAction = new QAction(this);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_backupAction, &QAction::triggered, m_files, &DatabaseFileActions::backup);
    m_restoreAction = new QAction(this);
    connect(m_restoreAction, &QAction::triggered, m_files, &DatabaseFileActions::restore);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    if (m_quitAction->shortcuts().isEmpty()) // Windows has no standard Quit key
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Each language is named in itself, so it can be found whatever language is shown.
    m_languageGroup = new QActionGroup(this);
    m_chineseAction = new QAction(QStringLiteral("中文"), m_languageGroup);
    m_chineseAction->setData(LanguageManager::chinese());
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setData(LanguageManager::english());
    for (QAction *action : m_languageGroup->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == m_language.language());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_language.setLanguage(action->data().toString()); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Database…"));
    m_openAction->setText(tr("&Open Database…"));
    m_backupAction->setText(tr("&Back Up…"));
    m_restoreAction->setText(tr("&Restore from Backup…"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CommunityDesk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_sidebarTitle->setText(tr("CommunityDesk"));
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        m_navigation->item(int(i))->setText(m_pages[i]->title());
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_language.language());
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

FirstStartDialog *MainWindow::firstStartDialog() const
{
    return m_firstStart.data();
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= int(m_pages.size()))
        return;
    m_stack->setCurrentIndex(index);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    lastPage.setValue(m_pages[std::size_t(index)]->pageId());
}

void MainWindow::updateStatus()
{
    const bool open = m_session.isOpen();
    const QString path = m_session.path();
    m_pathLabel->setText(open ? QDir::toNativeSeparators(path) : tr("No database open"));
    m_versionLabel->setText(open ? tr("Data version %1").arg(m_session.schemaVersion()) : QString());
    setWindowTitle(open ? tr("%1 — CommunityDesk").arg(QFileInfo(path).fileName()) : tr("CommunityDesk"));
    m_backupAction->setEnabled(open);
    m_restoreAction->setEnabled(open);
}

void MainWindow::checkFirstStart()
{
    if (!m_session.isOpen() || m_firstStart || m_demo->isRunning())
        return;
    if (!m_session.dataSetting(firstStartKey()).isEmpty())
        return;
    const Result<RosterSummary> summary = RosterSummary::load(m_session.database());
    if (!summary || !summary->isEmpty())
        return;
    m_firstStart = new FirstStartDialog(this);
    m_firstStart->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstStart, &QDialog::finished, this, &MainWindow::answerFirstStart);
    m_firstStart->open();
}

void MainWindow::answerFirstStart(int result)
{
    const auto choice = m_firstStart ? m_firstStart->choice() : FirstStartDialog::Choice::None;
    if (result != QDialog::Accepted || choice == FirstStartDialog::Choice::None)
        return; // closed without an answer: asked again next time
    if (choice == FirstStartDialog::Choice::StartEmpty) {
        const Status saved = m_session.setDataSetting(firstStartKey(), QStringLiteral("empty"));
        if (!saved)
            QMessageBox::warning(this, tr("CommunityDesk"), saved.message());
        return;
    }
    startDemo();
}

void MainWindow::startDemo()
{
    // Not remembered until the demo is written: a cancelled demo leaves the question open.
    m_demoProgress = new QProgressDialog(tr("Creating the demo community…"), tr("Cancel"), 0, 100, this);
    m_demoProgress->setObjectName(QStringLiteral("demoProgress"));
    m_demoProgress->setWindowTitle(tr("Demo Community"));
    m_demoProgress->setWindowModality(Qt::WindowModal);
    m_demoProgress->setMinimumDuration(0);
    m_demoProgress->setAutoClose(false);
    m_demoProgress->setAutoReset(false);
    m_demoProgress->setValue(0);
    connect(m_demo, &DemoRunner::progressChanged, m_demoProgress, &QProgressDialog::setValue);
    connect(m_demoProgress, &QProgressDialog::canceled, this, [this] {
        m_demo->cancel();
        if (m_demoProgress)
            m_demoProgress->setLabelText(tr("Cancelling…"));
    });
    m_demoProgress->show();
    m_demo->start(m_session.path(), m_demoOptions);
}

QString MainWindow::aboutText() const
{
    return QStringLiteral("<h3>社区党建工作台 CommunityDesk</h3><p>%1</p><p>%2</p><p>%3</p>")
        .arg(tr("Version %1").arg(applicationVersion()),
             tr("A desktop workbench for community party offices: the residents' roster, party members, "
                "owners' committee elections, the five-list requests and joint meetings, with reports, "
                "kept in one local database."),
             tr("Data version %1").arg(Database::currentSchemaVersion()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CommunityDesk"), aboutText());
}

void MainWindow::saveWindowState()
{
    windowGeometry.setValue(saveGeometry());
    dockState.setValue(QMainWindow::saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_demo->isRunning()) {
        // The generator writes in one transaction; stopping it leaves the file as it was.
        m_demo->cancel();
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace cd
