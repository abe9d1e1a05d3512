#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace cd {

/// A date that may be absent: a check box switches the date field on (e.g. 转正日期 while a
/// member is still probationary has none).
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString &checkText, QWidget *parent = nullptr);

    /// Null when unchecked.
    QDate date() const;
    void setDate(QDate date);
    void setCheckText(const QString &text);
    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateChanged();

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
};

} // namespace cd
