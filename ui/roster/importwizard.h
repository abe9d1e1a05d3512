#pragma once

#include "roster/rosterimport.h"

#include <QWizard>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cd {

class AppSession;
class ImportRunner;

/// The roster import: choose a file → check the column mapping (pre-filled by the matcher,
/// remembered per header layout) → preview the first rows with their verdicts → import on a
/// worker thread with progress and Cancel → summary with the rejected rows, "Save rejected
/// rows…" (an error workbook to fix and import again) and "Undo this import".
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, RunPage };

    explicit ImportWizard(AppSession &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Pre-fills the file (tests, drag and drop).
    void setFile(const QString &path);

    // --- Parts, for tests ------------------------------------------------------------------
    QLineEdit *fileEdit() const { return m_file; }
    QCheckBox *updateCheck() const { return m_update; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QTableWidget *previewTable() const { return m_previewTable; }
    QTableWidget *rejectedTable() const { return m_rejectedTable; }
    bool isRunning() const;
    /// The result of the run, once finished.
    const ImportSummary &summary() const { return m_summary; }
    QString resultText() const;
    Status saveRejectedRows(const QString &path) const;
    Status undoImport();

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void buildPages();
    void retranslateUi();
    void fillMapping();
    ColumnMapping mappingFromTable() const;
    void startImport();
    void importFinished(bool ok, const QString &message, const ImportSummary &summary);
    void browse();
    void saveRejected();

    AppSession &m_session;
    std::unique_ptr<RosterImport> m_import;
    ImportRunner *m_runner;
    ImportSummary m_summary;
    bool m_done = false;
    bool m_undone = false;

    QWizardPage *m_pages[4] = {};
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_update = nullptr;
    QCheckBox *m_createPlaces = nullptr;
    QLabel *m_fileStatus = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingStatus = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_previewStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_rejectedTable = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace cd
