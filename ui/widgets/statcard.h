#pragma once

#include <QFrame>

class QLabel;

namespace cd {

/// A figure with its caption, as on a dashboard ("1,482 / Dwellings").
class StatCard : public QFrame
{
    Q_OBJECT

public:
    explicit StatCard(QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    void setCaption(const QString &caption);
    QString caption() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace cd
