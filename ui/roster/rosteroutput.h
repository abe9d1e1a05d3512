#pragma once

#include "roster/rosterlisting.h"
#include "roster/rosteroutputdialog.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace cd {

class AppSession;
class BackgroundTask;
class RosterPage;

/// The roster page's "Export…" (.xlsx / CSV) and "Print roster…" (花名册: preview or PDF).
/// Both ask for the scope (selected estate or building, or the whole community) and run the
/// database work on a worker thread with its own connection behind a busy progress dialog
/// (the core export has no progress callback, so there is no Cancel), so the window never freezes.
class RosterOutput : public QObject
{
    Q_OBJECT

public:
    enum class SaveKind { Spreadsheet, Pdf };
    struct SaveChoice
    {
        QString path;         ///< empty: cancelled
        bool gb18030 = false; ///< CSV in GB18030 rather than UTF-8 with BOM
    };
    /// Asks where to save; the file dialogs by default, tests inject a path.
    using SavePrompt = std::function<SaveChoice(QWidget *parent, SaveKind kind, const QString &baseName)>;

    RosterOutput(RosterPage &page, AppSession &session);
    ~RosterOutput() override;

    void setSavePrompt(SavePrompt prompt) { m_prompt = std::move(prompt); }

    /// "Export…": the options dialog, then the file name, then the export on the worker.
    void exportRoster();
    /// "Print roster…": the scope, then the 花名册 built on the worker, then preview or PDF.
    void printRoster();

    /// The scope of the estate or building selected in the tree (the building of a selected
    /// unit or dwelling); empty estate name when nothing is selected.
    RosterScope selectedScope() const;

    // For tests.
    RosterOutputDialog *dialog() const { return m_dialog; }
    bool isBusy() const;
    /// The outcome of the last run in words (also shown to the user).
    QString lastMessage() const { return m_lastMessage; }
    /// Print preview is skipped (tests): the document is built, then `finished` is emitted.
    void setPreviewEnabled(bool on) { m_previewEnabled = on; }

signals:
    /// A run ended (after the result was shown); `ok` false on failure or cancel.
    void finished(bool ok);

private:
    QString placeText(const RosterScope &scope) const;
    QString communityText() const;
    QString baseName(const RosterScope &scope) const;
    void runExport(const RosterScope &scope, bool fullNumbers);
    void runPrint(const RosterScope &scope, bool pdf);
    void showBusy(const QString &label);
    /// A progress dialog with Cancel, fed by the worker through `percent`; Cancel sets `cancel`.
    void showProgress(const QString &label, std::shared_ptr<std::atomic<int>> percent,
                      std::shared_ptr<std::atomic<bool>> cancel);
    void hideBusy();
    void report(bool ok, const QString &message, const QString &file = QString());
    SaveChoice defaultPrompt(QWidget *parent, SaveKind kind, const QString &baseName) const;

    RosterPage &m_page;
    AppSession &m_session;
    BackgroundTask *m_task;
    QPointer<RosterOutputDialog> m_dialog;
    QPointer<QProgressDialog> m_busy;
    SavePrompt m_prompt;
    QString m_lastMessage;
    bool m_previewEnabled = true;
};

} // namespace cd
