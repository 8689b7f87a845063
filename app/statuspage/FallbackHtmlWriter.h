#pragma once

#include "statuspage/PageTexts.h"
#include "statuspage/StatusSnapshot.h"

#include <QByteArray>
#include <QString>

// One language's page of the fallback status page: self-contained HTML5 (inline CSS, no script, no
// external asset), written as polyglot markup that also parses as XML so that tests and tools can read it.
class FallbackHtmlWriter
{
public:
    // Relative links from this page to its neighbours in the file set.
    struct Links
    {
        QString otherLanguage;      // "fr", "en"
        QString otherLanguagePage;  // "fr/index.html", "../index.html"
        QString otherLanguageLabel; // the link's text, in the other language ("Cette page en français")
        QString feed;               // "history.atom"
        QString summary;            // "summary.json", "../summary.json"
    };

    FallbackHtmlWriter(const PageTexts& texts, const Links& links);

    QByteArray write(const StatusSnapshot& snapshot) const;

    // A stable fragment id for an incident, safe in any attribute ("incident-" + 12 hex digits).
    static QString anchorOf(const QString& incidentId);

private:
    QString head(const StatusSnapshot& snapshot) const;
    QString components(const StatusSnapshot& snapshot) const;
    QString incidents(const QList<StatusIncident>& incidents, const char* heading, const char* none) const;
    QString incident(const StatusIncident& incident) const;
    QString update(const StatusUpdate& update) const;
    QString time(qint64 atMs) const;
    QString footer(const StatusSnapshot& snapshot) const;

    const PageTexts& m_texts;
    Links m_links;
};
