#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace cd {

/// Asks what part of the roster to export or print: the place selected in the tree or the
/// whole community, and (export only) whether ID and phone numbers go out in full — unticked
/// by default; ticking it asks for confirmation, and the core logs such an export.
class RosterOutputDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Export, Print };
    /// What the user chose in Print mode.
    enum class Output { Preview, Pdf };

    /// `placeText` names the selected estate or building (empty: none selected, so only the
    /// whole community is offered); `communityText` names the whole community.
    RosterOutputDialog(Mode mode, const QString &placeText, const QString &communityText,
                       QWidget *parent = nullptr);

    bool wholeCommunity() const;
    bool fullNumbers() const;
    Output output() const { return m_output; }

    // Parts, for tests.
    QRadioButton *placeButton() const { return m_place; }
    QRadioButton *communityButton() const { return m_community; }
    QCheckBox *fullNumbersBox() const { return m_fullNumbers; }
    /// Export mode: "Export…"; Print mode: "Print preview…".
    QPushButton *acceptButton() const { return m_accept; }
    /// Print mode only ("Export PDF…"); null in Export mode.
    QPushButton *pdfButton() const { return m_pdf; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fullNumbersToggled(bool on);

    Mode m_mode;
    QString m_placeText;
    QString m_communityText;
    Output m_output = Output::Preview;
    QLabel *m_scopeLabel;
    QRadioButton *m_place;
    QRadioButton *m_community;
    QCheckBox *m_fullNumbers = nullptr;
    QLabel *m_note;
    QPushButton *m_accept;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_cancel;
};

} // namespace cd
