#pragma once

#include "meeting/meetingstore.h"

#include <QVector>
#include <QWidget>

class QLabel;

namespace cd {

/// Twelve month cells of a year: joint meeting held (green), missing (red), due this
/// month (amber, with a warning line) or still to come (grey).
class ComplianceStrip : public QWidget
{
    Q_OBJECT

public:
    explicit ComplianceStrip(QWidget *parent = nullptr);

    void setMonths(int year, const QVector<MonthCompliance> &months);
    void clear();
    /// State shown for `month` (1-12); Future when nothing is shown.
    MonthCompliance::State state(int month) const;
    QString warningText() const;
    bool warningVisible() const;
    void retranslateUi();

private:
    void showMonths();

    int m_year = 0;
    QVector<MonthCompliance> m_months;
    QLabel *m_heading;
    QVector<QLabel *> m_cells;
    QLabel *m_warning;
};

} // namespace cd
