#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QLocale TranslationLoader::chooseLocale(const QString& overrideName, const QLocale& system)
{
    const QString name = overrideName.trimmed();
    if (!name.isEmpty()) {
        const QLocale chosen(name);
        if (chosen.language() != QLocale::C)
            return chosen;
    }
    return system;
}

QString TranslationLoader::install(QCoreApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);
    // English is the source language: there is nothing to load for it.
    if (locale.language() != QLocale::French)
        return QStringLiteral("en");
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("vigie"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("fr");
}

QStringList TranslationLoader::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}
