#pragma once

#include "party/partytypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cd {

class Database;
class OptionalDateEdit;
class PersonPicker;

/// Adds or edits a party member, checked as the user types (the wrong field is named and
/// outlined): the person (from the roster or a non-resident), 入党日期, 转正日期 with the computed
/// end of probation, organisation, property company, 报到, 流动 and the last contact.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    MemberDialog(Database &database, const PartyMember &member, const QString &personName, QWidget *parent = nullptr);

    PartyMember member() const;
    qint64 savedId() const { return m_savedId; }

    PersonPicker *personPicker() const { return m_person; }
    QDateEdit *joinedEdit() const { return m_joined; }
    OptionalDateEdit *fullDateEdit() const { return m_full; }
    QLabel *probationLabel() const { return m_probationEnd; }
    QComboBox *orgBox() const { return m_org; }
    QLabel *problemLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public slots:
    void validate();
    void accept() override;

private:
    Database &m_db;
    PartyMember m_member;
    qint64 m_savedId = 0;
    PersonPicker *m_person;
    QDateEdit *m_joined;
    OptionalDateEdit *m_full;
    QCheckBox *m_extended;
    QLabel *m_probationEnd;
    QComboBox *m_org;
    QLineEdit *m_outside;
    QComboBox *m_company;
    OptionalDateEdit *m_registered;
    QCheckBox *m_mobile;
    QLineEdit *m_mobileTo;
    OptionalDateEdit *m_lastContact;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
