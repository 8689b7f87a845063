#include "comms/MessageDraftRenderer.h"

#include "comms/MessageContextBuilder.h"
#include "comms/MessageVocabulary.h"
#include "comms/TemplateRenderer.h"

#include <QCoreApplication>
#include <QLocale>

QStringList MessageDraftRenderer::languages() const
{
    QStringList languages;
    for (const QString& language : m_settings.languages) {
        const QString normalized = MessageVocabulary::normalized(language);
        if (!languages.contains(normalized))
            languages.append(normalized);
    }
    if (languages.isEmpty()) {
        languages.append(MessageVocabulary::normalized(QLocale().name()));
        for (const QString& language : MessageVocabulary::languages()) {
            if (!languages.contains(language))
                languages.append(language);
        }
    }
    return languages;
}

QString MessageDraftRenderer::timeZoneFor(const Incident& incident) const
{
    return !m_settings.timeZoneId.isEmpty() ? m_settings.timeZoneId : incident.timeZoneId;
}

QString MessageDraftRenderer::evidenceSummary(const Incident& incident, const QString& templateId,
                                              const QString& language, qint64 nowMs) const
{
    if (!m_evidence || templateId != QLatin1String(announceTemplateId) ||
        !incident.customerSummary.trimmed().isEmpty())
        return QString();
    EvidenceDrafter::Audience audience;
    audience.language = language;
    audience.timeZoneId = timeZoneFor(incident);
    audience.nowMs = nowMs;
    return EvidenceDrafter::draft(m_evidence(incident), audience).summary;
}

RenderedMessage MessageDraftRenderer::render(const Incident& incident, const QString& templateId,
                                             ChannelKind channel, const QString& language, qint64 nowMs) const
{
    const std::optional<MessageTemplate> entry = m_catalogue.find(templateId, channel, language);
    if (!entry) {
        RenderedMessage missing;
        missing.errors.append(
            QCoreApplication::translate("MessageDraftRenderer", "There is no template “%1” for %2 in “%3”.")
                .arg(templateId, channelKindLabel(channel), language));
        return missing;
    }
    MessageContextBuilder::Audience audience;
    audience.language = language;
    audience.timeZoneId = m_settings.timeZoneId;
    audience.nowMs = nowMs;
    audience.statusPageUrl = m_settings.statusPageUrl;
    if (m_nextUpdate && incident.nextUpdateDueMs <= nowMs)
        audience.nextUpdateAtMs = m_nextUpdate(incident, nowMs);
    MessageFacts facts = MessageContextBuilder::build(incident, audience);
    const QString evidence = evidenceSummary(incident, templateId, language, nowMs);
    if (!evidence.isEmpty())
        facts.summary = evidence;
    return TemplateRenderer::render(*entry, facts);
}
