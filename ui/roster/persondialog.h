#pragma once

#include "common/status.h"
#include "roster/personvalidator.h"
#include "roster/rostertypes.h"

#include <QDate>
#include <QDialog>
#include <QMap>
#include <QSet>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace cd {

class Database;
class PrivacyMask;

/// Adds or edits a person. Every change is checked with PersonValidator (including an ID number
/// that already belongs to someone else, named); each wrong field gets a red frame and the
/// reason under it, and the line at the bottom names the fields to correct. A field's problems
/// are shown once the user has edited it, or for all fields after OK. Birth date and sex follow
/// a valid ID number until the user sets them. OK hands the person to the saver; if saving
/// fails the dialog stays open with the reason.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new person can move into a dwelling at once.
    struct MoveIn
    {
        qint64 dwellingId = 0;
        QString relation;
        QDate date;
    };
    using Saver = std::function<Status(const Person &person, const std::optional<MoveIn> &moveIn)>;

    explicit PersonDialog(const Database &database, QWidget *parent = nullptr);

    /// Edits `person` (its id is kept); without this the dialog adds a new person. While `mask`
    /// masks them, the ID number and phone show masked and read-only until the user presses
    /// "Show" beside them, which PrivacyMask::reveal() logs.
    void setPerson(const Person &person, PrivacyMask *mask = nullptr);
    /// Offers to move the new person into `dwellingId` ("幸福小区 3-2-501"), checked by default.
    void setHome(qint64 dwellingId, const QString &address);
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    /// The person as the form holds it now (not tidied by the validator).
    Person person() const;
    std::optional<MoveIn> moveIn() const;
    /// The problems of the form as it is now (all fields, shown or not).
    std::vector<PersonProblem> problems() const;
    /// The error shown under `field` ("id_number"), empty when none is shown.
    QString fieldError(const QString &field) const;
    /// The line at the bottom: the fields to correct, or why saving failed.
    QString summary() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QComboBox *sexBox() const { return m_sex; }
    QDateEdit *birthDateEdit() const { return m_birthDate; }
    QCheckBox *tagBox(const QString &code) const { return m_tags.value(code); }
    /// The "Show" button beside the masked ID number (hidden when nothing is masked).
    QToolButton *showIdNumberButton() const { return m_showId; }
    QPushButton *okButton() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void retranslateUi();
    void touch(const QString &field);
    void validate();
    void followIdNumber();
    void addTagBox(const QString &code);
    void reveal(bool idNumber);

    const Database &m_database;
    Saver m_saver;
    qint64 m_personId = 0;
    bool m_archived = false;
    QSet<QString> m_touched;
    bool m_filling = false;
    bool m_birthFromId = true; // birth date and sex follow the ID number until the user sets them
    bool m_sexFromId = true;
    QString m_saveError;
    PrivacyMask *m_mask = nullptr;
    QString m_hiddenId;    // the real values while masked on screen
    QString m_hiddenPhone;

    QLineEdit *m_name;
    QComboBox *m_sex;
    QLineEdit *m_idNumber;
    QDateEdit *m_birthDate;
    QLineEdit *m_phone;
    QToolButton *m_showId;
    QToolButton *m_showPhone;
    QLineEdit *m_ethnicity;
    QComboBox *m_political;
    QComboBox *m_hukou;
    QLineEdit *m_education;
    QLineEdit *m_workplace;
    QPlainTextEdit *m_notes;
    QWidget *m_tagArea;
    QMap<QString, QCheckBox *> m_tags;
    QGroupBox *m_home;
    QComboBox *m_relation;
    QDateEdit *m_movedIn;
    qint64 m_homeId = 0;
    QString m_homeAddress;
    QMap<QString, QLabel *> m_errors;      // by field
    QMap<QString, QWidget *> m_fieldWidgets;
    QMap<QString, QLabel *> m_captions;    // by field
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
