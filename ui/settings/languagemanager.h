#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace cd {

/// Installs the translators for the chosen language, live: widgets receive
/// QEvent::LanguageChange and re-translate themselves.
///
/// Languages are "zh_CN" and "en" (English is the source language: no translator).
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static QString chinese() { return QStringLiteral("zh_CN"); }
    static QString english() { return QStringLiteral("en"); }

    /// zh* system locales give Chinese, every other one English.
    static QString systemLanguage();
    /// The remembered choice, else the system language.
    static QString preferredLanguage();

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    QString language() const { return m_language; }
    /// Applies `language` now; `remember` stores it as the user's choice.
    void setLanguage(const QString &language, bool remember = true);
    /// Whether the program's own translation for the current language was loaded.
    bool programTranslationLoaded() const { return m_programLoaded; }

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language;
    QTranslator m_program;
    QTranslator m_qt;
    bool m_programLoaded = false;
    bool m_qtLoaded = false;
};

} // namespace cd
