#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

// Installs Vigie's catalogue (embedded under :/i18n) and Qt's own for the chosen language.
class TranslationLoader
{
public:
    // The language to use: the override if one is given ("fr", "en"), else the system locale.
    static QLocale chooseLocale(const QString& overrideName, const QLocale& system = QLocale::system());
    // Installs the translators on the application. Returns the language actually loaded ("fr" or "en").
    static QString install(QCoreApplication& app, const QLocale& locale);
    static QStringList availableLanguages();
};
