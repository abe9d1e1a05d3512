#pragma once

#include "party/partytypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cd {

class Database;
class PersonPicker;

/// Records a cross-appointment (双向进入、交叉任职): a person of one body takes a post in
/// another from a date.
class CrossDialog : public QDialog
{
    Q_OBJECT

public:
    CrossDialog(Database &database, QWidget *parent = nullptr);

    CrossAppointment appointment() const;
    qint64 savedId() const { return m_savedId; }

public slots:
    void validate();
    void accept() override;

private:
    Database &m_db;
    qint64 m_savedId = 0;
    PersonPicker *m_person;
    QComboBox *m_fromBody;
    QComboBox *m_fromPlace;
    QComboBox *m_toBody;
    QComboBox *m_toPlace;
    QLineEdit *m_post;
    QDateEdit *m_since;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
