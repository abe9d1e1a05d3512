#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cd {

class AppSession;
class MemberListModel;
class MaskHolder;

/// 党员: the member list with search (name, pinyin or initials) and filters (正式/预备,
/// organisation, 流动, 失联, overdue conversion), and the member form.
class MemberPanel : public QWidget
{
    Q_OBJECT

public:
    MemberPanel(AppSession &session, MaskHolder &masks, QWidget *parent = nullptr);

    void refresh();
    void clear();
    void retranslateUi();

    MemberListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *orgBox() const { return m_org; }
    QCheckBox *mobileCheck() const { return m_mobile; }
    QCheckBox *lostCheck() const { return m_lost; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QCheckBox *showNumbersCheck() const { return m_showNumbers; }
    QPushButton *newButton() const { return m_new; }
    qint64 selectedMember() const;

public slots:
    /// Runs the query with the current filters.
    void reload();
    void newMember();
    void editMember();
    void deleteMember();

signals:
    void dataChanged();

private:
    void fillOrgs();
    void setShowNumbers(bool show);

    AppSession &m_session;
    MaskHolder &m_masks;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_org;
    QCheckBox *m_mobile;
    QCheckBox *m_lost;
    QCheckBox *m_overdue;
    QCheckBox *m_showNumbers;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_count;
    MemberListModel *m_model;
    QTableView *m_view;
    QTimer *m_debounce;
};

} // namespace cd
