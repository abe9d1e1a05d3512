#include "party/optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace cd {

OptionalDateEdit::OptionalDateEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent), m_check(new QCheckBox(checkText, this)), m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31));
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emit dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    const QSignalBlocker block(this);
    if (date.isValid())
        m_edit->setDate(date);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
}

void OptionalDateEdit::setCheckText(const QString &text)
{
    m_check->setText(text);
}

} // namespace cd
