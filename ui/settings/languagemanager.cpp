#include "settings/languagemanager.h"

#include "settings/preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace cd {

QString LanguageManager::systemLanguage()
{
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? chinese() : english();
}

QString LanguageManager::preferredLanguage()
{
    const QString chosen = prefs::language.value();
    if (chosen == chinese() || chosen == english())
        return chosen;
    return systemLanguage();
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent), m_language(english()) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

void LanguageManager::removeTranslators()
{
    if (m_programLoaded)
        QCoreApplication::removeTranslator(&m_program);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
    m_programLoaded = m_qtLoaded = false;
}

void LanguageManager::setLanguage(const QString &language, bool remember)
{
    const QString wanted = language == chinese() ? chinese() : english();
    if (remember)
        prefs::language.setValue(wanted);
    if (wanted == m_language && (wanted == english() || m_programLoaded))
        return;

    removeTranslators();
    m_language = wanted;
    if (wanted == chinese()) {
        // Embedded by qt_add_translations (ui/CMakeLists.txt) under :/i18n.
        m_programLoaded = m_program.load(QStringLiteral(":/i18n/communitydesk_zh_CN.qm"));
        if (m_programLoaded)
            QCoreApplication::installTranslator(&m_program);
        // Qt's own strings (standard buttons, file dialogs) when the system has them.
        m_qtLoaded = m_qt.load(QStringLiteral("qtbase_zh_CN"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded)
            QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    // Removing translators alone sends no LanguageChange when nothing was installed.
    QEvent change(QEvent::LanguageChange);
    if (!m_programLoaded && !m_qtLoaded)
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    emit languageChanged(m_language);
}

} // namespace cd
