#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class AppSession;

/// 交叉任职: the cross-appointments as dated links (person, from which body, post in which
/// organisation, since, until); new ones and ending one.
class CrossPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CrossPanel(AppSession &session, QWidget *parent = nullptr);

    void refresh();
    void clear();
    void retranslateUi();
    QTableWidget *table() const { return m_table; }

public slots:
    void newAppointment();
    void endAppointment();

signals:
    void dataChanged();

private:
    AppSession &m_session;
    QPushButton *m_new;
    QPushButton *m_end;
    QCheckBox *m_showEnded;
    QLabel *m_count;
    QTableWidget *m_table;
};

} // namespace cd
