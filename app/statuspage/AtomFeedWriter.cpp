#include "statuspage/AtomFeedWriter.h"

#include "statuspage/FallbackHtmlWriter.h"
#include "statuspage/MarkupText.h"

#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

namespace {

// The namespace of Vigie's name-based feed ids; never change it, or every reader sees every entry anew.
const QUuid feedNamespace(QStringLiteral("{741fe620-ca7c-4044-984e-dd58245f1033}"));

QString uuidUrn(const QString& name)
{
    return QStringLiteral("urn:uuid:") +
           QUuid::createUuidV5(feedNamespace, name).toString(QUuid::WithoutBraces);
}

struct Entry
{
    const StatusIncident* incident = nullptr;
    const StatusUpdate* update = nullptr;
};

} // namespace

AtomFeedWriter::AtomFeedWriter(const PageTexts& texts, const QString& feedPath, const QString& pagePath)
    : m_texts(texts), m_feedPath(feedPath), m_pagePath(pagePath)
{}

QString AtomFeedWriter::feedIdOf(const QString& pageId, const QString& language)
{
    return uuidUrn(pageId + QStringLiteral("/feed/") + language);
}

QString AtomFeedWriter::entryIdOf(const QString& pageId, const QString& incidentId, const QString& updateId,
                                  const QString& language)
{
    return uuidUrn(pageId + QStringLiteral("/incident/") + incidentId + QStringLiteral("/update/") +
                   updateId + QLatin1Char('/') + language);
}

QString AtomFeedWriter::absolute(const StatusSnapshot& snapshot, const QString& relative) const
{
    QString base = snapshot.baseUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + relative;
}

QByteArray AtomFeedWriter::write(const StatusSnapshot& snapshot) const
{
    QList<Entry> entries;
    for (const StatusIncident& incident : snapshot.incidents) {
        for (const StatusUpdate& update : incident.updates)
            entries.append({&incident, &update});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.update->atMs != b.update->atMs)
            return a.update->atMs > b.update->atMs;
        return a.update->id < b.update->id;
    });
    // The feed changes when an entry does, not each time the page is rewritten.
    const qint64 updated = entries.isEmpty() ? snapshot.generatedAtMs : entries.constFirst().update->atMs;

    const QString language = m_texts.language();
    const QString pageName =
        snapshot.title.isEmpty() ? QStringLiteral("Vigie") : MarkupText::clean(snapshot.title);
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeAttribute(QStringLiteral("xml:lang"), language);
    xml.writeTextElement(QStringLiteral("id"), feedIdOf(snapshot.pageId, language));
    //: The Atom feed's title: the page's name and this.
    xml.writeTextElement(
        QStringLiteral("title"),
        m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "%1: incident history")).arg(pageName));
    xml.writeTextElement(QStringLiteral("updated"), PageTexts::rfc3339(updated, m_texts.zone()));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), pageName);
    xml.writeEndElement();
    if (!snapshot.baseUrl.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("application/atom+xml"));
        xml.writeAttribute(QStringLiteral("href"), MarkupText::clean(absolute(snapshot, m_feedPath)));
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
        xml.writeAttribute(QStringLiteral("href"), MarkupText::clean(absolute(snapshot, m_pagePath)));
    }
    xml.writeTextElement(QStringLiteral("generator"), QStringLiteral("Vigie"));

    for (const Entry& entry : entries) {
        const StatusIncident& incident = *entry.incident;
        const StatusUpdate& update = *entry.update;
        QString used;
        const QString text = MarkupText::clean(update.text(language, &used));
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeTextElement(QStringLiteral("id"),
                             entryIdOf(snapshot.pageId, incident.id, update.id, language));
        //: An Atom entry's title: the incident's title and the status the update announced.
        xml.writeTextElement(
            QStringLiteral("title"),
            m_texts.text(QT_TRANSLATE_NOOP("FallbackPage", "%1 (%2)"))
                .arg(MarkupText::clean(incident.title), m_texts.incidentStatus(update.status)));
        xml.writeTextElement(QStringLiteral("updated"), PageTexts::rfc3339(update.atMs, m_texts.zone()));
        if (!snapshot.baseUrl.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("link"));
            xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
            xml.writeAttribute(QStringLiteral("href"), MarkupText::clean(absolute(snapshot, m_pagePath)) +
                                                           QLatin1Char('#') +
                                                           FallbackHtmlWriter::anchorOf(incident.id));
        }
        xml.writeEmptyElement(QStringLiteral("category"));
        xml.writeAttribute(QStringLiteral("term"), incidentStatusKey(update.status));
        xml.writeStartElement(QStringLiteral("content"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
        if (used != language)
            xml.writeAttribute(QStringLiteral("xml:lang"), used);
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}
