#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace cd {

class AppSession;
class MaskHolder;

/// 党组织: the organisation tree (社区党委 → 网格党支部 → 楼院党小组; 物业企业党支部; 业委会
/// 党支部; 联合党支部) with the members of the chosen organisation and its formation rule.
/// Deleting an organisation that still has members is refused with the reason.
class OrgPanel : public QWidget
{
    Q_OBJECT

public:
    OrgPanel(AppSession &session, MaskHolder &masks, QWidget *parent = nullptr);

    void refresh();
    void clear();
    void retranslateUi();

    QTreeWidget *tree() const { return m_tree; }
    QTableWidget *memberTable() const { return m_members; }
    QLabel *ruleLabel() const { return m_rule; }
    /// The last refusal or error, shown above the tree.
    QLabel *messageLabel() const { return m_message; }
    qint64 selectedOrg() const;
    bool selectOrg(qint64 id);

public slots:
    void newOrg();
    void editOrg();
    void deleteOrg();

signals:
    void dataChanged();

private:
    void showMembers();
    void showMessage(const QString &text);

    AppSession &m_session;
    MaskHolder &m_masks;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_message;
    QTreeWidget *m_tree;
    QLabel *m_membersHeading;
    QLabel *m_rule;
    QTableWidget *m_members;
};

} // namespace cd
