#include "report/ReportLanguage.h"

#include <QTranslator>

ReportLanguage::ReportLanguage() = default;

bool ReportLanguage::isSupported(const QString& language)
{
    return language == QLatin1String("en") || language == QLatin1String("fr");
}

ReportLanguage ReportLanguage::load(const QString& language, const QString& catalogueDirectory)
{
    ReportLanguage result;
    if (language == QLatin1String("fr")) {
        result.m_code = language;
        result.m_locale = QLocale(QLocale::French, QLocale::France);
    }
    // English is the source language, but its catalogue carries the plural forms ("1 update", "2 updates").
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(QStringLiteral("vigie_") + result.m_code, catalogueDirectory))
        result.m_translator = std::move(translator);
    return result;
}

QString ReportLanguage::translate(const char* context, const char* source, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), m_locale.toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}
