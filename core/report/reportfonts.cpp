#include "report/reportfonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace cd::reportfonts {

namespace {

QString firstInstalled(const QStringList &candidates)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &candidate : candidates) {
        if (installed.contains(candidate, Qt::CaseInsensitive))
            return candidate;
    }
    return candidates.last();
}

} // namespace

QString titleFamily()
{
    static const QString family = firstInstalled({QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                                                  QStringLiteral("华文中宋"), QStringLiteral("STZhongsong"),
                                                  QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                                                  QStringLiteral("SimSun"), QStringLiteral("serif")});
    return family;
}

QString bodyFamily()
{
    static const QString family = firstInstalled({QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"),
                                                  QStringLiteral("仿宋"), QStringLiteral("FangSong"),
                                                  QStringLiteral("STFangsong"), QStringLiteral("AR PL UMing CN"),
                                                  QStringLiteral("Noto Serif CJK SC"),
                                                  QStringLiteral("Source Han Serif SC"), QStringLiteral("SimSun"),
                                                  QStringLiteral("serif")});
    return family;
}

QString headingFamily()
{
    static const QString family = firstInstalled({QStringLiteral("黑体"), QStringLiteral("SimHei"),
                                                  QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Zen Hei"),
                                                  QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                                                  QStringLiteral("Source Han Sans SC"), QStringLiteral("sans-serif")});
    return family;
}

QString tableFamily()
{
    static const QString family = firstInstalled({QStringLiteral("宋体"), QStringLiteral("SimSun"),
                                                  QStringLiteral("Microsoft YaHei"), QStringLiteral("AR PL UMing CN"),
                                                  QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                                                  QStringLiteral("Source Han Sans SC"), QStringLiteral("sans-serif")});
    return family;
}

} // namespace cd::reportfonts
