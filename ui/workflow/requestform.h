#pragma once

#include "workflow/request.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;

namespace cd {

class Clock;
class Database;

/// The new-request form (列单), made to be filled while on the phone: keyboard only, in the
/// order a caller tells it (what, which kind, how urgent, how it came in, who, where, details).
/// Combos complete what is typed; the person is found by name, pinyin, phone or room as you
/// type (optional); Ctrl+Enter saves. Errors name the field as you type.
class RequestForm : public QDialog
{
    Q_OBJECT

public:
    RequestForm(Database &database, const Clock &clock, QWidget *parent = nullptr);

    /// Id of the request saved by accept(), 0 before.
    qint64 savedId() const { return m_savedId; }
    /// The request as filled in so far.
    NewRequest request() const;
    /// Empty when the form can be saved, else the problem naming the field.
    QString problem() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *channelCombo() const { return m_channel; }
    QLineEdit *personEdit() const { return m_person; }
    QComboBox *placeCombo() const { return m_place; }
    QLineEdit *placeNoteEdit() const { return m_placeNote; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }

    /// Chooses the person found at `row` of the lookup list (what a click or Enter does).
    void choosePerson(int row);

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchPeople(const QString &text);
    void updatePlaces();
    void validate();

    Database &m_database;
    const Clock &m_clock;
    qint64 m_savedId = 0;

    struct Found
    {
        qint64 personId = 0;
        qint64 dwellingId = 0;
        QString text;
    };
    QList<Found> m_found;
    Found m_chosen;

    QLineEdit *m_title;
    QComboBox *m_category;
    QComboBox *m_severity;
    QComboBox *m_channel;
    QLineEdit *m_person;
    QCompleter *m_personCompleter;
    QStandardItemModel *m_personModel;
    QLabel *m_personChosen;
    QComboBox *m_place;
    QLineEdit *m_placeNote;
    QPlainTextEdit *m_description;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace cd
