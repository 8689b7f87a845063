#include "comms/MessageContextBuilder.h"

#include "comms/MessageTimeFormat.h"
#include "comms/MessageVocabulary.h"

MessageFacts MessageContextBuilder::build(const Incident& incident, const Audience& audience)
{
    const QString language = MessageVocabulary::normalized(audience.language);
    const QString zoneId = !audience.timeZoneId.isEmpty() ? audience.timeZoneId
                           : incident.isMaintenance() && !incident.windowTimeZoneId.isEmpty()
                               ? incident.windowTimeZoneId
                               : incident.timeZoneId;
    const QTimeZone zone = MessageTimeFormat::zone(zoneId);
    const auto when = [&](qint64 atMs) {
        return atMs > 0 ? MessageTimeFormat::time(atMs, audience.nowMs, language, zone) : QString();
    };

    MessageFacts facts;
    facts.language = language;
    facts.reference = incident.reference;
    facts.title = incident.title;
    facts.summary = incident.customerSummary.trimmed();
    facts.status = MessageVocabulary::statusLabel(incident.status, language);
    facts.severity = severityLabel(incident.severity);
    QStringList names;
    for (const AffectedService& affected : incident.affected) {
        facts.services.append(
            {affected.serviceName, MessageVocabulary::impactLabel(affected.impact, language)});
        names.append(affected.serviceName);
    }
    facts.servicesText = MessageVocabulary::joinList(names, language);

    const qint64 startMs = incident.isMaintenance() && incident.windowStartMs > 0 ? incident.windowStartMs
                           : incident.moments.startedMs > 0                       ? incident.moments.startedMs
                                                                                  : incident.declaredAtMs;
    facts.startedAt = when(startMs);
    if (startMs > 0) {
        const qint64 endMs = incident.moments.resolvedMs > 0 ? incident.moments.resolvedMs : audience.nowMs;
        facts.duration = MessageTimeFormat::duration(endMs - startMs, language);
    }
    facts.nextUpdateAt =
        when(audience.nextUpdateAtMs > 0 ? audience.nextUpdateAtMs : incident.nextUpdateDueMs);
    facts.estimatedResolutionAt = when(incident.estimatedResolutionMs);
    facts.statusPageUrl = audience.statusPageUrl;
    facts.isDrill = incident.drill;
    facts.isMaintenance = incident.isMaintenance();
    if (incident.isMaintenance()) {
        facts.windowStart = when(incident.windowStartMs);
        facts.windowEnd = when(incident.windowEndMs);
    }
    return facts;
}
