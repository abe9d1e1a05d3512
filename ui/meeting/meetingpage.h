#pragma once

#include "common/status.h"
#include "pages/page.h"

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace cd {

class ComplianceStrip;
class MeetingListModel;
class ReportDocument;

/// 会议: the joint meetings — this year's compliance strip, the meeting list, the editor,
/// minutes (preview, PDF, ODT), the sign-in sheet and the open resolutions.
class MeetingPage : public Page
{
    Q_OBJECT

public:
    explicit MeetingPage(AppSession &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("meetings"); }
    QString title() const override;
    QIcon icon() const override;

    ComplianceStrip *complianceStrip() const { return m_strip; }
    MeetingListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_view; }
    QTableWidget *openResolutionTable() const { return m_open; }

    /// Id of the selected meeting, 0 when none.
    qint64 selectedMeeting() const;
    void selectMeeting(qint64 id);
    /// Writes the minutes of meeting `id` to `path` (.pdf or .odt).
    Status exportMinutes(qint64 id, const QString &path);

public slots:
    void newMeeting();
    void editMeeting();
    void deleteMeeting();
    void previewMinutes();
    void exportMinutesAs(const QString &extension);
    void printSignInSheet();
    void markResolutionDone();

protected:
    void refresh() override;
    void databaseClosed() override;
    void retranslateUi() override;

private:
    void preview(ReportDocument &report);
    void updateActions();
    void showError(const QString &message);

    QLabel *m_heading;
    ComplianceStrip *m_strip;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_odt;
    QPushButton *m_signIn;
    MeetingListModel *m_model;
    QTableView *m_view;
    QLabel *m_openHeading;
    QTableWidget *m_open;
    QPushButton *m_markDone;
};

} // namespace cd
