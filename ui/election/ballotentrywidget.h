#pragma once

#include "election/electiontypes.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cd {

/// A teller's entry of one paper ballot, made for the keyboard: type the ballot (voter)
/// number and Enter; type one mark per candidate in ballot order — y / 1 同意, n / 2 反对,
/// a / 0 / . 弃权, x for an invalid ballot — and Enter to save; the next number follows. The marks are also radio
/// buttons per candidate, and the ballot can be marked invalid.
class BallotEntryWidget : public QWidget
{
    Q_OBJECT

public:
    enum Mark { Abstain = 0, Yes = 1, No = 2 };

    explicit BallotEntryWidget(QWidget *parent = nullptr);

    /// The approved candidates in ballot order; kept when unchanged so typing is not lost.
    void setCandidates(const std::vector<Candidate> &candidates);
    void setSeats(int seats) { m_seats = seats; updateCheck(); }
    /// What the owner found for the typed number: the voter and whether a ballot exists.
    void setVoterInfo(const QString &text, bool known);

    int voterNumber() const;
    void setVoterNumber(int number);
    void setMark(int candidateIndex, Mark mark);
    Mark mark(int candidateIndex) const;
    /// Sets the marks from text such as "yyna y" (letters beyond the candidates are ignored).
    void setMarksText(const QString &text);
    void setInvalid(bool invalid);
    BallotEntry entry() const;
    /// Clears the marks and the number and puts the cursor in the number field; `note`
    /// (e.g. "Ballot 12 entered.") shows until the next number is typed.
    void reset(const QString &note = QString());
    void retranslateUi();

    QSpinBox *numberBox() const { return m_number; }
    QLineEdit *marksEdit() const { return m_marks; }
    QPushButton *submitButton() const { return m_submit; }

signals:
    void voterNumberChanged(int number);
    void submitted();

private:
    void updateCheck();
    void syncMarksText();

    std::vector<qint64> m_candidateIds;
    std::vector<QButtonGroup *> m_groups;
    int m_seats = 0;
    bool m_knownVoter = false;
    QString m_note;
    QSpinBox *m_number;
    QLabel *m_voter;
    QLineEdit *m_marks;
    QCheckBox *m_invalid;
    QLineEdit *m_invalidReason;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QLabel *m_check;
    QPushButton *m_submit;
    QLabel *m_numberLabel;
    QLabel *m_marksLabel;
};

} // namespace cd
