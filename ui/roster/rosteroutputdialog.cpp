#include "roster/rosteroutputdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cd {

RosterOutputDialog::RosterOutputDialog(Mode mode, const QString &placeText, const QString &communityText,
                                       QWidget *parent)
    : QDialog(parent),
      m_mode(mode),
      m_placeText(placeText),
      m_communityText(communityText),
      m_scopeLabel(new QLabel(this)),
      m_place(new QRadioButton(this)),
      m_community(new QRadioButton(this)),
      m_note(new QLabel(this)),
      m_accept(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(mode == Mode::Export ? QStringLiteral("rosterExportDialog") : QStringLiteral("rosterPrintDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_place);
    layout->addWidget(m_community);
    // Without a selected place only the whole community can be chosen.
    m_place->setVisible(!placeText.isEmpty());
    (placeText.isEmpty() ? m_community : m_place)->setChecked(true);
    if (mode == Mode::Export) {
        m_fullNumbers = new QCheckBox(this);
        m_fullNumbers->setObjectName(QStringLiteral("fullNumbers"));
        layout->addSpacing(8);
        layout->addWidget(m_fullNumbers);
        connect(m_fullNumbers, &QCheckBox::toggled, this, &RosterOutputDialog::fullNumbersToggled);
    }
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    if (mode == Mode::Print) {
        m_pdf = new QPushButton(this);
        buttons->addButton(m_pdf, QDialogButtonBox::AcceptRole);
        connect(m_pdf, &QPushButton::clicked, this, [this] {
            m_output = Output::Pdf;
            accept();
        });
    }
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_accept->setDefault(true);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        m_output = Output::Preview;
        accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

bool RosterOutputDialog::wholeCommunity() const
{
    return m_community->isChecked();
}

bool RosterOutputDialog::fullNumbers() const
{
    return m_fullNumbers && m_fullNumbers->isChecked();
}

void RosterOutputDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RosterOutputDialog::retranslateUi()
{
    const bool exporting = m_mode == Mode::Export;
    setWindowTitle(exporting ? tr("Export roster") : tr("Print roster"));
    m_scopeLabel->setText(exporting ? tr("Export the people of:") : tr("Print the roster of:"));
    m_place->setText(m_placeText);
    m_community->setText(m_communityText);
    if (m_fullNumbers)
        m_fullNumbers->setText(tr("Full ID numbers and phone numbers"));
    m_note->setText(exporting ? tr("Without full numbers, ID numbers and phone numbers are masked "
                                   "(110105********002X, 138****8000). A file with full numbers is "
                                   "recorded in the audit log.")
                              : tr("A4 landscape. ID numbers and phone numbers are printed masked."));
    m_accept->setText(exporting ? tr("Export…") : tr("Print preview…"));
    if (m_pdf)
        m_pdf->setText(tr("Export PDF…"));
    m_cancel->setText(tr("Cancel"));
}

void RosterOutputDialog::fullNumbersToggled(bool on)
{
    if (!on)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Full numbers"),
        tr("The file will contain full ID numbers and phone numbers. Keep it safe and hand it only "
           "to those entitled to it; the export is recorded in the audit log.\n\nExport full numbers?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        const QSignalBlocker blocker(m_fullNumbers);
        m_fullNumbers->setChecked(false);
    }
}

} // namespace cd
