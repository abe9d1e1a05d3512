#pragma once

#include <QStyledItemDelegate>

namespace cd {

/// Paints special-group tags (a QStringList of codes in `role`) as small coloured chips with
/// their translated labels; the cell's text stays available for copying and accessibility.
class TagChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TagChipDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Fill and text colour of a tag's chip (one hue per tag, stable across runs).
    static QColor chipColor(const QString &code);
    static QColor chipTextColor(const QString &code);

private:
    int m_role;
};

} // namespace cd
