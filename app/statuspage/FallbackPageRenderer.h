#pragma once

#include "statuspage/PageTexts.h"
#include "statuspage/StatusPageFiles.h"
#include "statuspage/StatusSnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// Renders the static fallback status page from a snapshot, in a fixed order:
//   index.html        the page in English
//   fr/index.html     the page in French
//   summary.json      Statuspage-shaped summary (English texts)
//   history.atom      Atom feed of the incident updates in English
//   fr/history.atom   the same in French
// The same snapshot always gives the same bytes, so an unchanged page need not be uploaded again.
class FallbackPageRenderer
{
public:
    // Times show in `zone`. The words come from the catalogues vigie_en.qm / vigie_fr.qm in `catalogueDir`
    // (default: those embedded in the application, ":/i18n").
    explicit FallbackPageRenderer(const QTimeZone& zone, const QString& catalogueDir = QString());

    StatusPageFiles render(const StatusSnapshot& snapshot) const;

    // The page languages whose catalogue could not be loaded (their page shows the English words).
    QStringList languagesWithoutCatalogue() const;

    static QStringList languages(); // "en", "fr": the first is the default page at the folder's root
    static QString pagePath(const QString& language); // "index.html", "fr/index.html"
    static QString feedPath(const QString& language); // "history.atom", "fr/history.atom"
    static constexpr const char* summaryPath = "summary.json";

private:
    const PageTexts& textsFor(const QString& language) const;

    QTimeZone m_zone;
    QList<PageTexts> m_texts; // in languages() order
};
