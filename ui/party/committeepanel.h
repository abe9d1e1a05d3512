#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cd {

class AppSession;

/// 业委会: the owners' committee of every estate, term by term, with its members, their roles
/// (主任 / 副主任 / 委员) and who is a party member (target: at least half).
class CommitteePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CommitteePanel(AppSession &session, QWidget *parent = nullptr);

    void refresh();
    void clear();
    void retranslateUi();
    QTreeWidget *tree() const { return m_tree; }

private:
    AppSession &m_session;
    QLabel *m_note;
    QTreeWidget *m_tree;
};

} // namespace cd
