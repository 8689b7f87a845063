#include "statuspage/PageTexts.h"

#include "comms/MessageTimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTranslator>

PageTexts::PageTexts(const QString& language, const QTimeZone& zone, const QString& catalogueDir)
    : m_language(language), m_zone(zone.isValid() ? zone : QTimeZone::utc()),
      m_translator(std::make_shared<QTranslator>())
{
    const QString dir = catalogueDir.isEmpty() ? QString::fromLatin1(embeddedCatalogues) : catalogueDir;
    m_loaded = m_translator->load(QStringLiteral("vigie_") + language, dir);
}

QString PageTexts::text(const char* source) const
{
    if (m_loaded) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString PageTexts::banner(PageIndicator indicator) const
{
    switch (indicator) {
    case PageIndicator::None:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "All systems operational"));
    case PageIndicator::Maintenance:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Under maintenance"));
    case PageIndicator::Minor:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Degraded performance"));
    case PageIndicator::Major:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Partial outage"));
    case PageIndicator::Critical:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Major outage"));
    }
    return QString();
}

QString PageTexts::componentStatus(ComponentStatus status) const
{
    switch (status) {
    case ComponentStatus::Operational:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Operational"));
    case ComponentStatus::UnderMaintenance:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Under maintenance"));
    case ComponentStatus::DegradedPerformance:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Degraded performance"));
    case ComponentStatus::PartialOutage:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Partial outage"));
    case ComponentStatus::MajorOutage:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Major outage"));
    }
    return QString();
}

QString PageTexts::incidentStatus(IncidentStatus status) const
{
    switch (status) {
    case IncidentStatus::Investigating:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Investigating"));
    case IncidentStatus::Identified:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Identified"));
    case IncidentStatus::Monitoring:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Monitoring"));
    case IncidentStatus::Resolved:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Resolved"));
    case IncidentStatus::Scheduled:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Scheduled"));
    case IncidentStatus::InProgress:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "In progress"));
    case IncidentStatus::Verifying:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Verifying"));
    case IncidentStatus::Completed:
        return text(QT_TRANSLATE_NOOP("FallbackPage", "Completed"));
    }
    return QString();
}

QString PageTexts::dateTime(qint64 atMs) const
{
    const bool french = m_language == u"fr";
    const QLocale locale(french ? QLocale::French : QLocale::English,
                         french ? QLocale::France : QLocale::UnitedKingdom);
    const QDate day = QDateTime::fromMSecsSinceEpoch(atMs, m_zone).date();
    const QString clock = MessageTimeFormat::clockTime(atMs, m_language, m_zone) + QStringLiteral(" (") +
                          MessageTimeFormat::offsetLabel(atMs, m_zone) + QLatin1Char(')');
    //: A date and a time: "3 March 2026 at 14:05 (UTC+1)".
    return text(QT_TRANSLATE_NOOP("FallbackPage", "%1 at %2"))
        .arg(locale.toString(day, QStringLiteral("d MMMM yyyy")), clock);
}

QString PageTexts::rfc3339(qint64 atMs, const QTimeZone& zone, bool withMilliseconds)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, zone.isValid() ? zone : QTimeZone::utc());
    return at.toString(withMilliseconds ? Qt::ISODateWithMs : Qt::ISODate);
}
