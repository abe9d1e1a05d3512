#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cd {

class Database;

/// Picks a person of the roster by name, pinyin or initials (the roster's own search), or
/// adds a non-resident person (e.g. property staff) by name.
class PersonPicker : public QWidget
{
    Q_OBJECT

public:
    PersonPicker(Database &database, QWidget *parent = nullptr);

    /// 0 when none is chosen.
    qint64 personId() const;
    QString personName() const;
    /// Shows `id` (named `name`) as the choice.
    void setPerson(qint64 id, const QString &name);
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *results() const { return m_results; }
    /// Runs the search now (it also runs shortly after typing stops).
    void search();
    /// Creates a non-resident person named `name` and chooses it; false on failure.
    bool addNonResident(const QString &name);
    void retranslateUi();

signals:
    void personChanged(qint64 id);

private:
    Database &m_db;
    QLineEdit *m_search;
    QComboBox *m_results;
    QPushButton *m_add;
    QTimer *m_debounce;
};

} // namespace cd
