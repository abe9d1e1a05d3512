#pragma once

#include "election/electiontypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {

class Database;

/// The settings of an election (准备): estate, title, type 首次选举/换届/补选, seats, committee
/// size bounds, term and meeting date, checked as typed by ElectionStore::settingProblems;
/// the problems are listed under the form and the wrong fields are marked.
class ElectionSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ElectionSettingsForm(QWidget *parent = nullptr);

    /// Fills the estate choice; `allowEstateChoice` false shows the estate read only.
    void setEstates(Database &database, bool allowEstateChoice);
    void setElection(const Election &election);
    /// The election as edited (id, status and dates of `setElection` kept).
    Election election() const;
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    void setReadOnly(bool readOnly);
    void retranslateUi();

    QComboBox *estateBox() const { return m_estate; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *seatsBox() const { return m_seats; }
    QSpinBox *minSizeBox() const { return m_min; }
    QSpinBox *maxSizeBox() const { return m_max; }
    QLabel *problemLabel() const { return m_problems; }

signals:
    void edited();

private:
    void check();
    void suggestTitle();

    Election m_base;
    bool m_titleTouched = false;
    QFormLayout *m_form;
    QComboBox *m_estate;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QSpinBox *m_seats;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QCheckBox *m_odd;
    QSpinBox *m_term;
    QDateEdit *m_date;
    QLabel *m_problems;
};

} // namespace cd
