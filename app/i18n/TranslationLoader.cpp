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
    // English is the source language, but its catalogue still carries the plural forms ("1 service",
    // "2 services"); any language Vigie does not speak falls back to it.
    const bool french = locale.language() == QLocale::French;
    const QLocale catalogue = french ? locale : QLocale(QLocale::English);
    auto* own = new QTranslator(&app);
    if (own->load(catalogue, QStringLiteral("vigie"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    if (french) {
        auto* qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return french ? QStringLiteral("fr") : QStringLiteral("en");
}

QStringList TranslationLoader::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}
