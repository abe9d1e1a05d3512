#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace cd {

class AppSession;

/// The File menu's work: new, open, backup and restore, with their file dialogs,
/// confirmations and error messages. Every failure shows the Status message.
class DatabaseFileActions : public QObject
{
    Q_OBJECT

public:
    DatabaseFileActions(AppSession &session, QWidget *window);

    void newDatabase();
    void openDatabase();
    void backup();
    void restore();

    /// Opens `path` at program start. When that fails the user reads why and may choose
    /// another file or create a new one; false when they give up (quit).
    static bool openAtStartup(AppSession &session, const QString &path, QWidget *parent = nullptr);

    /// The name offered for a backup taken today: communitydesk-2026-11-22.sqlite.
    static QString suggestedBackupName();

signals:
    /// A short note for the status bar ("Backup written to ...").
    void message(const QString &text);

private:
    static QString askNewPath(QWidget *parent, const QString &currentDatabase);
    static QString askOpenPath(QWidget *parent, const QString &caption, const QString &currentDatabase);
    static QString startFolder(const QString &currentDatabase);
    static bool openPath(AppSession &session, const QString &path, QWidget *parent);

    AppSession &m_session;
    QWidget *m_window;
};

} // namespace cd
