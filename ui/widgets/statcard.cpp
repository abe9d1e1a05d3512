#include "widgets/statcard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

StatCard::StatCard(QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("statCard"));
    m_value->setObjectName(QStringLiteral("statValue"));
    m_caption->setObjectName(QStringLiteral("statCaption"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setStyleSheet(QStringLiteral(
        "#statCard { background: palette(base); border: 1px solid #e3e3e6; border-top: 3px solid #c8102e;"
        " border-radius: 4px; }"
        "#statValue { font-size: 24px; font-weight: 600; color: #202124; }"
        "#statCaption { color: #5f6368; }"));
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
}

QString StatCard::value() const
{
    return m_value->text();
}

void StatCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

QString StatCard::caption() const
{
    return m_caption->text();
}

} // namespace cd
