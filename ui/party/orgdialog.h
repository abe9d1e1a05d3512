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
class PersonPicker;

/// Adds or edits a party organisation: name, type, parent, host (community, property company,
/// owners' committee, joint), founding date and secretary; checked as the user types.
class OrgDialog : public QDialog
{
    Q_OBJECT

public:
    OrgDialog(Database &database, const PartyOrg &org, QWidget *parent = nullptr);

    PartyOrg org() const;
    qint64 savedId() const { return m_savedId; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *hostBox() const { return m_host; }
    QComboBox *parentBox() const { return m_parent; }
    QComboBox *companyBox() const { return m_company; }
    QComboBox *estateBox() const { return m_estate; }
    PersonPicker *secretaryPicker() const { return m_secretary; }
    QLabel *problemLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public slots:
    void validate();
    void accept() override;

private:
    Database &m_db;
    PartyOrg m_org;
    qint64 m_savedId = 0;
    qint64 m_secretaryBefore = 0;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_host;
    QComboBox *m_parent;
    QComboBox *m_company;
    QComboBox *m_estate;
    OptionalDateEdit *m_founded;
    PersonPicker *m_secretary;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
