#include "roster/tagchipdelegate.h"

#include "roster/rostercodes.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cd {

namespace {

constexpr int chipPadding = 6;  // inside a chip, left and right
constexpr int chipSpacing = 4;  // between chips
constexpr int chipMargin = 4;   // cell edge to the first chip

struct Hue
{
    const char *code;
    QRgb fill;
    QRgb text;
};

// Built-in groups get fixed, distinguishable colours; user-defined tags a neutral grey.
const Hue hues[] = {
    {"elderly_alone", 0xfde8e8, 0xa3261f}, {"oldest_old", 0xfdf0dc, 0x8a5300},
    {"disabled", 0xe6effc, 0x1f4e9c},      {"subsistence", 0xf3e8fb, 0x6a2b91},
    {"veteran", 0xe3f4e8, 0x1f6b3a},       {"left_behind_child", 0xfff6d6, 0x7a5d00},
    {"key_attention", 0xfbe3ec, 0x9c1f4e},
};

const Hue *hueOf(const QString &code)
{
    for (const Hue &h : hues) {
        if (code == QLatin1String(h.code))
            return &h;
    }
    return nullptr;
}

} // namespace

TagChipDelegate::TagChipDelegate(int role, QObject *parent) : QStyledItemDelegate(parent), m_role(role) {}

QColor TagChipDelegate::chipColor(const QString &code)
{
    const Hue *h = hueOf(code);
    return QColor(h ? h->fill : 0xececef);
}

QColor TagChipDelegate::chipTextColor(const QString &code)
{
    const Hue *h = hueOf(code);
    return QColor(h ? h->text : 0x3c4043);
}

void TagChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList codes = index.data(m_role).toStringList();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection only; chips replace the text
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (codes.isEmpty())
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int height = qMin(option.rect.height() - 6, fm.height() + 4);
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    int x = option.rect.left() + chipMargin;
    const int right = option.rect.right() - chipMargin;
    for (const QString &code : codes) {
        const QString label = RosterCodes::tagLabel(code);
        const int width = fm.horizontalAdvance(label) + 2 * chipPadding;
        if (x + width > right) {
            // No room for the next chip: a "+N" says how many more there are.
            const QString more = QStringLiteral("+%1").arg(codes.size() - codes.indexOf(code));
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            painter->drawText(QRect(x, top, right - x, height), Qt::AlignLeft | Qt::AlignVCenter, more);
            break;
        }
        const QRectF chip(x, top, width, height);
        QPainterPath path;
        path.addRoundedRect(chip, height / 2.0, height / 2.0);
        painter->fillPath(path, chipColor(code));
        painter->setPen(chipTextColor(code));
        painter->drawText(chip, Qt::AlignCenter, label);
        x += width + chipSpacing;
    }
    painter->restore();
}

QSize TagChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(font);
    int width = 2 * chipMargin;
    for (const QString &code : index.data(m_role).toStringList())
        width += fm.horizontalAdvance(RosterCodes::tagLabel(code)) + 2 * chipPadding + chipSpacing;
    size.setWidth(qMax(size.width(), width));
    return size;
}

} // namespace cd
