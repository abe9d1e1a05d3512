#include "party/kpitile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cd {

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(this)), m_value(new QLabel(this)), m_target(new QLabel(this)),
      m_gap(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiTile"));
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::StyledPanel);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setWordWrap(true);
    m_gap->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_target);
    layout->addWidget(m_gap);
    layout->addStretch();
    setMinimumWidth(150);
}

QString KpiTile::formatValue(const CensusKpi &kpi)
{
    if (!kpi.ratio)
        return QString::number(kpi.value);
    const std::optional<double> v = kpi.ratio->value();
    return QStringLiteral("%1 / %2 (%3)")
        .arg(kpi.ratio->numerator)
        .arg(kpi.ratio->denominator)
        .arg(v ? QString::number(*v * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("–"));
}

void KpiTile::setKpi(const CensusKpi &kpi)
{
    m_kpi = kpi;
    m_caption->setText(kpi.label);
    m_value->setText(formatValue(kpi));
    if (kpi.targetPercent >= 0)
        m_target->setText(tr("Target: at least %1%").arg(kpi.targetPercent));
    else if (kpi.targetCount >= 0)
        m_target->setText(tr("Target: %1").arg(kpi.targetCount));
    else
        m_target->clear();
    m_target->setVisible(!m_target->text().isEmpty());
    m_gap->setText(kpi.met ? QString() : kpi.gap);
    m_gap->setVisible(!kpi.met && !kpi.gap.isEmpty());
    const bool hasTarget = kpi.targetPercent >= 0 || kpi.targetCount >= 0;
    const QString colour = !hasTarget ? QStringLiteral("#8a8f98") : kpi.met ? QStringLiteral("#2e7d32")
                                                                            : QStringLiteral("#c62828");
    setStyleSheet(QStringLiteral("QFrame#kpiTile { border: 1px solid %1; border-left: 5px solid %1; border-radius: 4px; }")
                      .arg(colour));
    m_value->setStyleSheet(hasTarget ? QStringLiteral("color: %1;").arg(colour) : QString());
    m_gap->setStyleSheet(QStringLiteral("color: #c62828;"));
    setToolTip(tr("Click to list what this figure counts"));
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::gapText() const
{
    return m_gap->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked(m_kpi);
    QFrame::mouseReleaseEvent(event);
}

} // namespace cd
