#include "meeting/compliancestrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cd {

ComplianceStrip::ComplianceStrip(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_warning(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_heading);
    for (int m = 1; m <= 12; ++m) {
        auto *cell = new QLabel(this);
        cell->setAlignment(Qt::AlignCenter);
        cell->setMinimumSize(52, 30);
        cell->setObjectName(QStringLiteral("month%1").arg(m));
        m_cells << cell;
        row->addWidget(cell, 1);
    }
    outer->addLayout(row);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_warning->setWordWrap(true);
    outer->addWidget(m_warning);
    showMonths();
}

void ComplianceStrip::setMonths(int year, const QVector<MonthCompliance> &months)
{
    m_year = year;
    m_months = months;
    showMonths();
}

void ComplianceStrip::clear()
{
    m_year = 0;
    m_months.clear();
    showMonths();
}

MonthCompliance::State ComplianceStrip::state(int month) const
{
    for (const MonthCompliance &c : m_months) {
        if (c.month == month)
            return c.state;
    }
    return MonthCompliance::Future;
}

QString ComplianceStrip::warningText() const
{
    return m_warning->text();
}

bool ComplianceStrip::warningVisible() const
{
    return !m_warning->isHidden();
}

void ComplianceStrip::retranslateUi()
{
    showMonths();
}

void ComplianceStrip::showMonths()
{
    m_heading->setText(m_year > 0 ? tr("Joint meetings %1:").arg(m_year) : tr("Joint meetings:"));
    bool due = false;
    QStringList missing;
    for (int m = 1; m <= 12; ++m) {
        QLabel *cell = m_cells.at(m - 1);
        const MonthCompliance::State s = state(m);
        int count = 0;
        for (const MonthCompliance &c : m_months) {
            if (c.month == m)
                count = c.jointMeetings;
        }
        QString colour;
        QString status;
        switch (s) {
        case MonthCompliance::Held:
            colour = QStringLiteral("#2e7d32");
            status = tr("held (%n meeting(s))", nullptr, count);
            break;
        case MonthCompliance::Missing:
            colour = QStringLiteral("#c62828");
            status = tr("no joint meeting");
            missing << QString::number(m);
            break;
        case MonthCompliance::Due:
            colour = QStringLiteral("#f9a825");
            status = tr("due this month");
            due = true;
            break;
        case MonthCompliance::Future:
            colour = QStringLiteral("#9e9e9e");
            status = tr("to come");
            break;
        }
        cell->setText(tr("%1").arg(m));
        cell->setToolTip(status);
        cell->setAccessibleName(status);
        cell->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; "
                                           "font-weight: bold; }").arg(colour));
    }
    QStringList lines;
    if (due)
        lines << tr("No joint Party-building meeting has been held this month yet.");
    if (!missing.isEmpty())
        lines << tr("Months without a joint meeting: %1.").arg(missing.join(QStringLiteral(", ")));
    m_warning->setText(lines.join(QLatin1Char(' ')));
    m_warning->setVisible(!lines.isEmpty());
}

} // namespace cd
