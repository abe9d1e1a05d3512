#include "election/ballotentrywidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

BallotEntryWidget::BallotEntryWidget(QWidget *parent)
    : QWidget(parent), m_number(new QSpinBox(this)), m_voter(new QLabel(this)), m_marks(new QLineEdit(this)),
      m_invalid(new QCheckBox(this)), m_invalidReason(new QLineEdit(this)), m_grid(new QWidget(this)),
      m_gridLayout(new QGridLayout(m_grid)), m_check(new QLabel(this)), m_submit(new QPushButton(this)),
      m_numberLabel(new QLabel(this)), m_marksLabel(new QLabel(this))
{
    m_number->setRange(0, 999999);
    m_number->setSpecialValueText(QStringLiteral(" "));
    m_number->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_number->setMinimumWidth(m_number->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    m_voter->setWordWrap(true);
    m_check->setWordWrap(true);
    m_numberLabel->setBuddy(m_number);
    m_marksLabel->setBuddy(m_marks);

    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_numberLabel);
    numberRow->addWidget(m_number);
    numberRow->addWidget(m_voter, 1);
    auto *marksRow = new QHBoxLayout;
    marksRow->addWidget(m_marksLabel);
    marksRow->addWidget(m_marks, 1);
    auto *invalidRow = new QHBoxLayout;
    invalidRow->addWidget(m_invalid);
    invalidRow->addWidget(m_invalidReason, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *submitRow = new QHBoxLayout;
    submitRow->addWidget(m_check, 1);
    submitRow->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(numberRow);
    layout->addLayout(marksRow);
    layout->addWidget(scroll, 1);
    layout->addLayout(invalidRow);
    layout->addLayout(submitRow);

    connect(m_number, &QSpinBox::valueChanged, this, [this](int number) {
        m_knownVoter = false;
        emit voterNumberChanged(number);
        updateCheck();
    });
    connect(m_number, &QSpinBox::editingFinished, this, [this] {
        if (m_number->hasFocus() && m_number->value() > 0)
            m_marks->setFocus();
    });
    connect(m_marks, &QLineEdit::textEdited, this, &BallotEntryWidget::setMarksText);
    connect(m_marks, &QLineEdit::returnPressed, m_submit, &QPushButton::click);
    connect(m_invalid, &QCheckBox::toggled, this, [this](bool on) {
        m_invalidReason->setEnabled(on);
        m_grid->setEnabled(!on);
        updateCheck();
    });
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_submit->isEnabled())
            emit submitted();
    });
    m_invalidReason->setEnabled(false);
    retranslateUi();
    updateCheck();
}

void BallotEntryWidget::setCandidates(const std::vector<Candidate> &candidates)
{
    std::vector<qint64> ids;
    for (const Candidate &c : candidates)
        ids.push_back(c.id);
    if (ids == m_candidateIds)
        return;
    m_candidateIds = ids;
    while (QLayoutItem *child = m_gridLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    qDeleteAll(m_groups);
    m_groups.clear();
    for (int column = 0; column < 4; ++column)
        m_gridLayout->addWidget(new QLabel(m_grid), 0, column, column ? Qt::AlignCenter : Qt::Alignment());
    for (size_t i = 0; i < candidates.size(); ++i) {
        const int row = int(i) + 1;
        m_gridLayout->addWidget(new QLabel(QStringLiteral("%1. %2").arg(candidates[i].ballotNumber).arg(candidates[i].name), m_grid),
                                row, 0);
        auto *group = new QButtonGroup(this);
        for (const Mark mark : {Yes, No, Abstain}) {
            auto *button = new QRadioButton(m_grid);
            button->setFocusPolicy(Qt::NoFocus); // the marks field is the keyboard path
            group->addButton(button, mark);
            m_gridLayout->addWidget(button, row, mark == Yes ? 1 : mark == No ? 2 : 3, Qt::AlignCenter);
        }
        group->button(Abstain)->setChecked(true);
        connect(group, &QButtonGroup::idClicked, this, [this] {
            syncMarksText();
            updateCheck();
        });
        m_groups.push_back(group);
    }
    m_gridLayout->setColumnStretch(0, 1);
    m_gridLayout->setRowStretch(int(candidates.size()) + 1, 1);
    retranslateUi();
}

void BallotEntryWidget::setVoterInfo(const QString &text, bool known)
{
    m_voter->setText(text);
    m_knownVoter = known;
    updateCheck();
}

int BallotEntryWidget::voterNumber() const
{
    return m_number->value();
}

void BallotEntryWidget::setVoterNumber(int number)
{
    m_number->setValue(number);
}

void BallotEntryWidget::setMark(int candidateIndex, Mark mark)
{
    if (candidateIndex < 0 || size_t(candidateIndex) >= m_groups.size())
        return;
    m_groups[size_t(candidateIndex)]->button(mark)->setChecked(true);
    syncMarksText();
    updateCheck();
}

BallotEntryWidget::Mark BallotEntryWidget::mark(int candidateIndex) const
{
    if (candidateIndex < 0 || size_t(candidateIndex) >= m_groups.size())
        return Abstain;
    return Mark(m_groups[size_t(candidateIndex)]->checkedId());
}

void BallotEntryWidget::setMarksText(const QString &text)
{
    // An x anywhere marks the ballot invalid (spoilt, unreadable), from the keyboard.
    m_invalid->setChecked(text.contains(QLatin1Char('x'), Qt::CaseInsensitive));
    size_t index = 0;
    for (const QChar c : text) {
        if (index >= m_groups.size())
            break;
        const QChar l = c.toLower();
        Mark mark;
        if (l == QLatin1Char('y') || l == QLatin1Char('1') || l == QLatin1Char('+') || c == QChar(0x540C))
            mark = Yes; // 同
        else if (l == QLatin1Char('n') || l == QLatin1Char('2') || l == QLatin1Char('-') || c == QChar(0x53CD))
            mark = No; // 反
        else if (l == QLatin1Char('a') || l == QLatin1Char('0') || l == QLatin1Char('.') || c == QChar(0x5F03))
            mark = Abstain; // 弃
        else
            continue; // spaces and anything else separate marks
        m_groups[index++]->button(mark)->setChecked(true);
    }
    // Candidates beyond the typed marks abstain.
    for (; index < m_groups.size(); ++index)
        m_groups[index]->button(Abstain)->setChecked(true);
    if (m_marks->text() != text)
        m_marks->setText(text);
    updateCheck();
}

void BallotEntryWidget::syncMarksText()
{
    QString text;
    for (QButtonGroup *group : m_groups)
        text += group->checkedId() == Yes ? QLatin1Char('y') : group->checkedId() == No ? QLatin1Char('n') : QLatin1Char('a');
    m_marks->setText(text);
}

void BallotEntryWidget::setInvalid(bool invalid)
{
    m_invalid->setChecked(invalid);
}

BallotEntry BallotEntryWidget::entry() const
{
    BallotEntry ballot;
    ballot.voterNumber = m_number->value();
    ballot.invalid = m_invalid->isChecked();
    if (ballot.invalid) {
        ballot.invalidReason = m_invalidReason->text().trimmed();
        return ballot;
    }
    for (size_t i = 0; i < m_groups.size(); ++i) {
        const int id = m_groups[i]->checkedId();
        if (id == Yes)
            ballot.yes.push_back(m_candidateIds[i]);
        else if (id == No)
            ballot.no.push_back(m_candidateIds[i]);
    }
    return ballot;
}

void BallotEntryWidget::reset(const QString &note)
{
    m_note = note;
    for (QButtonGroup *group : m_groups)
        group->button(Abstain)->setChecked(true);
    m_marks->clear();
    m_invalid->setChecked(false);
    m_invalidReason->clear();
    m_number->setValue(0);
    m_number->setFocus();
    m_number->selectAll();
    updateCheck();
}

void BallotEntryWidget::updateCheck()
{
    int yes = 0;
    for (QButtonGroup *group : m_groups)
        yes += group->checkedId() == Yes ? 1 : 0;
    QString text;
    QString colour = QStringLiteral("#5f6368");
    if (m_number->value() <= 0) {
        text = m_note.isEmpty() ? tr("Type the ballot number.") : m_note + QLatin1Char(' ') + tr("Type the next number.");
        colour = m_note.isEmpty() ? colour : QStringLiteral("#1e7d32");
    } else if (!m_knownVoter) {
        text = tr("There is no voter with this number.");
        colour = QStringLiteral("#b3261e");
    } else if (m_invalid->isChecked()) {
        text = tr("The ballot is entered as invalid.");
    } else if (m_seats > 0 && yes > m_seats) {
        text = tr("%1 yes marks for %2 seats: the ballot will count as invalid.").arg(yes).arg(m_seats);
        colour = QStringLiteral("#b26a00");
    } else {
        text = tr("%1 yes of %2 seats.").arg(yes).arg(m_seats);
    }
    m_check->setText(text);
    m_check->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_submit->setEnabled(m_number->value() > 0 && m_knownVoter && !m_groups.empty());
}

void BallotEntryWidget::retranslateUi()
{
    m_numberLabel->setText(tr("Ballot &number:"));
    m_marksLabel->setText(tr("&Marks:"));
    m_marks->setPlaceholderText(tr("one per candidate: y yes, n no, a abstain; x invalid — Enter saves"));
    m_invalid->setText(tr("&Invalid ballot"));
    m_invalidReason->setPlaceholderText(tr("why (optional)"));
    m_submit->setText(tr("Enter ballot"));
    const QString heads[] = {tr("Candidate"), tr("Yes"), tr("No"), tr("Abstain")};
    for (int column = 0; column < 4; ++column) {
        if (QLayoutItem *cell = m_gridLayout->itemAtPosition(0, column)) {
            if (auto *label = qobject_cast<QLabel *>(cell->widget()))
                label->setText(heads[column]);
        }
    }
    updateCheck();
}

} // namespace cd
