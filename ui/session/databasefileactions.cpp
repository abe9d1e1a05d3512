#include "session/databasefileactions.h"

#include "session/appsession.h"
#include "settings/preferences.h"
#include "widgets/busycursor.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace cd {

namespace {

QString fileFilter()
{
    return DatabaseFileActions::tr("CommunityDesk databases (*.sqlite);;All files (*)");
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void rememberFolder(const QString &file)
{
    prefs::lastFolder.setValue(QFileInfo(file).absolutePath());
}

} // namespace

DatabaseFileActions::DatabaseFileActions(AppSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

QString DatabaseFileActions::suggestedBackupName()
{
    return QStringLiteral("communitydesk-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
}

QString DatabaseFileActions::startFolder(const QString &currentDatabase)
{
    const QString remembered = prefs::lastFolder.value();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    if (!currentDatabase.isEmpty())
        return QFileInfo(currentDatabase).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString DatabaseFileActions::askNewPath(QWidget *parent, const QString &currentDatabase)
{
    // Overwriting is never offered: an existing file is opened instead, after asking.
    QString path = QFileDialog::getSaveFileName(
        parent, tr("New Database"), QDir(startFolder(currentDatabase)).filePath(QStringLiteral("community.sqlite")),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        const auto answer = QMessageBox::question(
            parent, tr("New Database"),
            tr("%1 already exists and is not overwritten. Open it instead?").arg(native(path)),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return QString();
    }
    return path;
}

QString DatabaseFileActions::askOpenPath(QWidget *parent, const QString &caption, const QString &currentDatabase)
{
    return QFileDialog::getOpenFileName(parent, caption, startFolder(currentDatabase), fileFilter());
}

bool DatabaseFileActions::openPath(AppSession &session, const QString &path, QWidget *parent)
{
    Status status = Status::success();
    {
        BusyCursor busy;
        status = session.open(path);
    }
    if (!status) {
        QMessageBox::critical(parent, tr("Open Database"), status.message());
        return false;
    }
    rememberFolder(path);
    prefs::lastDatabase.setValue(session.path());
    return true;
}

void DatabaseFileActions::newDatabase()
{
    const QString path = askNewPath(m_window, m_session.path());
    if (!path.isEmpty() && openPath(m_session, path, m_window))
        emit message(tr("Opened %1").arg(native(m_session.path())));
}

void DatabaseFileActions::openDatabase()
{
    const QString path = askOpenPath(m_window, tr("Open Database"), m_session.path());
    if (!path.isEmpty() && openPath(m_session, path, m_window))
        emit message(tr("Opened %1").arg(native(m_session.path())));
}

void DatabaseFileActions::backup()
{
    if (!m_session.isOpen())
        return;
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Back Up Database"),
                                                      QDir(startFolder(m_session.path())).filePath(suggestedBackupName()),
                                                      fileFilter());
    if (file.isEmpty())
        return;
    Status status = Status::success();
    {
        BusyCursor busy;
        status = m_session.backupTo(file);
    }
    if (!status) {
        QMessageBox::critical(m_window, tr("Back Up Database"), status.message());
        return;
    }
    rememberFolder(file);
    emit message(tr("Backup written to %1").arg(native(QFileInfo(file).absoluteFilePath())));
}

void DatabaseFileActions::restore()
{
    if (!m_session.isOpen())
        return;
    const QString file = askOpenPath(m_window, tr("Restore from Backup"), m_session.path());
    if (file.isEmpty())
        return;
    const QString current = m_session.path();
    QMessageBox confirm(QMessageBox::Warning, tr("Restore from Backup"),
                        tr("Restore the backup %1?").arg(native(file)), QMessageBox::Cancel, m_window);
    confirm.setInformativeText(tr("This replaces the current data in %1. The current data is kept as %2.")
                                   .arg(native(current), native(current + QStringLiteral(".before-restore"))));
    QPushButton *restoreButton = confirm.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != restoreButton)
        return;

    Status status = Status::success();
    {
        BusyCursor busy;
        status = m_session.restoreFrom(file);
    }
    if (!status) {
        QMessageBox::critical(m_window, tr("Restore from Backup"), status.message());
        return;
    }
    rememberFolder(file);
    emit message(tr("Restored %1 from %2").arg(native(current), native(file)));
}

bool DatabaseFileActions::openAtStartup(AppSession &session, const QString &path, QWidget *parent)
{
    QString candidate = path;
    for (;;) {
        Status status = Status::success();
        {
            BusyCursor busy;
            status = session.open(candidate);
        }
        if (status) {
            prefs::lastDatabase.setValue(session.path());
            return true;
        }
        // The file is left as it was; the user decides what to open instead.
        QMessageBox box(QMessageBox::Critical, tr("CommunityDesk"),
                        tr("The database %1 could not be opened.").arg(native(candidate)), QMessageBox::NoButton,
                        parent);
        box.setInformativeText(status.message());
        QPushButton *other = box.addButton(tr("Open Another Database…"), QMessageBox::AcceptRole);
        QPushButton *create = box.addButton(tr("Create New Database…"), QMessageBox::AcceptRole);
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(other);
        box.setEscapeButton(quit);
        box.exec();

        QString next;
        if (box.clickedButton() == other)
            next = askOpenPath(parent, tr("Open Database"), candidate);
        else if (box.clickedButton() == create)
            next = askNewPath(parent, candidate);
        else
            return false;
        if (!next.isEmpty())
            candidate = next;
    }
}

} // namespace cd
