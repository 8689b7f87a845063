#pragma once

#include "incident/IncidentStatus.h"
#include "statuspage/ComponentStatus.h"
#include "statuspage/PageIndicator.h"

#include <QString>
#include <QtGlobal>
#include <QTimeZone>

#include <memory>

class QTranslator;

// The page's fixed words and dates in one language, whatever language the interface runs in. The words are
// ordinary catalogue entries (context "FallbackPage" in translations/vigie_*.ts); this class loads that
// language's catalogue into its own translator and asks it directly, so that rendering French next to an
// English interface neither installs a translator on the application nor sends LanguageChange events to
// its windows. Without a catalogue for the language it falls back to the English source text.
class PageTexts
{
public:
    static constexpr const char* context = "FallbackPage";
    static constexpr const char* embeddedCatalogues = ":/i18n";

    // `language`: "en" or "fr"; `catalogueDir` holds vigie_<language>.qm.
    PageTexts(const QString& language, const QTimeZone& zone, const QString& catalogueDir = QString());

    QString language() const { return m_language; }
    bool hasCatalogue() const { return m_loaded; }
    const QTimeZone& zone() const { return m_zone; }

    // `source` must be marked with QT_TRANSLATE_NOOP("FallbackPage", ...) where it is written.
    QString text(const char* source) const;

    QString banner(PageIndicator indicator) const;
    QString componentStatus(ComponentStatus status) const;
    QString incidentStatus(IncidentStatus status) const;
    // "3 March 2026 at 14:05 (UTC+1)" / "3 mars 2026 à 14 h 05 (UTC+1)", in the page's zone.
    QString dateTime(qint64 atMs) const;

    // RFC 3339 with the zone's offset ("2026-03-03T14:05:00+01:00"; "Z" in UTC).
    static QString rfc3339(qint64 atMs, const QTimeZone& zone, bool withMilliseconds = false);

private:
    QString m_language;
    QTimeZone m_zone;
    std::shared_ptr<QTranslator> m_translator;
    bool m_loaded = false;
};
