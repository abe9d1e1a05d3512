#pragma once

#include "party/censuskpis.h"

#include <QFrame>

class QLabel;

namespace cd {

/// One census KPI: the figure against its target, green when met, red with the gap in words.
/// A click asks for the list behind the figure.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(QWidget *parent = nullptr);

    void setKpi(const CensusKpi &kpi);
    const CensusKpi &kpi() const { return m_kpi; }
    /// The figure as shown, e.g. "7 / 10 (70.0%)".
    QString valueText() const;
    QString gapText() const;
    /// The figure's text for a KPI (also used by tests).
    static QString formatValue(const CensusKpi &kpi);

signals:
    void clicked(const cd::CensusKpi &kpi);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    CensusKpi m_kpi;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_target;
    QLabel *m_gap;
};

} // namespace cd
