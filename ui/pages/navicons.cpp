#include "pages/navicons.h"

#include <QColor>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done);
}

namespace cd {

namespace {

QPixmap tinted(const QPixmap &mask, const QColor &colour)
{
    QPixmap result(mask.size());
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.drawPixmap(0, 0, mask);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(result.rect(), colour);
    return result;
}

} // namespace

QIcon navigationIcon(const QString &name)
{
    initResources();
    QIcon icon;
    const QColor normal(0x5f, 0x63, 0x68);
    const QColor selected = QColor::fromRgb(accentRgb);
    for (int size : {20, 40}) {
        const QPixmap mask(QStringLiteral(":/icons/png/nav-%1-%2.png").arg(name).arg(size));
        if (mask.isNull())
            continue;
        icon.addPixmap(tinted(mask, normal), QIcon::Normal);
        icon.addPixmap(tinted(mask, selected), QIcon::Selected);
    }
    return icon;
}

QIcon applicationIcon()
{
    initResources();
    QIcon icon;
    // The SVG only where Qt's SVG image plugin is present; the PNGs always.
    if (QImageReader::supportedImageFormats().contains("svg"))
        icon.addFile(QStringLiteral(":/icons/communitydesk.svg"));
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/png/communitydesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace cd
