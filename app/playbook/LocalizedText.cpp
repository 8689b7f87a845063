#include "playbook/LocalizedText.h"

LocalizedText::LocalizedText(const QString& text, const QString& language)
{
    set(language, text);
}

void LocalizedText::set(const QString& language, const QString& text)
{
    m_texts.insert(language, text);
}

QString LocalizedText::text(const QString& language) const
{
    if (m_texts.isEmpty())
        return QString();
    QString wanted = language;
    wanted.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (const auto it = m_texts.constFind(wanted); it != m_texts.cend())
        return *it;
    const QString base = wanted.section(QLatin1Char('-'), 0, 0);
    if (const auto it = m_texts.constFind(base); it != m_texts.cend())
        return *it;
    if (const auto it = m_texts.constFind(QStringLiteral("en")); it != m_texts.cend())
        return *it;
    return m_texts.first();
}
