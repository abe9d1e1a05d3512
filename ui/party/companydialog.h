#pragma once

#include "party/partytypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cd {

class Database;
class OptionalDateEdit;

/// Adds or edits a property company's party work: name, 统一社会信用代码 (a failing check
/// character is flagged and kept only with a note), phone, 红色物业 status and 履约评价.
class CompanyDialog : public QDialog
{
    Q_OBJECT

public:
    CompanyDialog(Database &database, const CompanyPartyInfo &company, QWidget *parent = nullptr);

    CompanyPartyInfo company() const;
    qint64 savedId() const { return m_savedId; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *creditCodeEdit() const { return m_code; }
    QLineEdit *creditNoteEdit() const { return m_note; }
    QLabel *problemLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public slots:
    void validate();
    void accept() override;

private:
    Database &m_db;
    CompanyPartyInfo m_company;
    qint64 m_savedId = 0;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QLineEdit *m_phone;
    QComboBox *m_red;
    QComboBox *m_rating;
    OptionalDateEdit *m_ratedOn;
    QLineEdit *m_ratingNote;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
