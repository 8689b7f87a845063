#include "report/PostMortemFacts.h"

#include "playbook/Playbook.h"
#include "report/DowntimeCalculator.h"
#include "timeline/BandBuilder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

constexpr qint64 MinuteMs = 60'000;

} // namespace

PostMortemFacts::Window PostMortemFacts::incidentWindow(const Incident& incident, qint64 nowMs)
{
    const KeyMoments& m = incident.moments;
    qint64 from = m.startedMs > 0 ? m.startedMs : (m.detectedMs > 0 ? m.detectedMs : incident.declaredAtMs);
    if (from <= 0 && incident.isMaintenance())
        from = incident.windowStartMs;
    if (from <= 0)
        from = nowMs;
    qint64 to = nowMs;
    if (incident.isMaintenance() && !incident.isOpen() && incident.windowEndMs > 0)
        to = incident.windowEndMs;
    if (m.resolvedMs > 0)
        to = m.resolvedMs;
    // Moments entered out of order must not make a negative window; the report shows the moments as entered.
    return Window{from, std::max(from, to)};
}

PostMortemFacts::Window PostMortemFacts::chartWindowFor(const Window& incident, qint64 nowMs)
{
    const qint64 margin = std::max<qint64>(incident.durationMs() / 10, 5 * MinuteMs);
    return Window{incident.fromMs - margin, std::max(incident.toMs, std::min(incident.toMs + margin, nowMs))};
}

QList<PostMortemFacts::PublishedMessage> PostMortemFacts::publishedMessages(const IncidentRecord& record,
                                                                            const QList<Delivery>& deliveries)
{
    QHash<QString, const MessageDraft*> drafts;
    for (const MessageDraft& draft : record.drafts)
        drafts.insert(draft.id, &draft);
    // Each "published" event of a draft stands for one sent delivery: the n-th event takes the n-th delivery
    // sent, which names the channel.
    QHash<QString, QList<const Delivery*>> sent;
    for (const Delivery& delivery : deliveries) {
        if (delivery.state == Delivery::State::Sent && delivery.incidentId == record.incident.id)
            sent[delivery.draftId].append(&delivery);
    }
    for (QList<const Delivery*>& list : sent)
        std::stable_sort(list.begin(), list.end(),
                         [](const Delivery* a, const Delivery* b) { return a->sentAtMs < b->sentAtMs; });

    QList<PublishedMessage> messages;
    QSet<QString> seen;
    for (const IncidentEvent& event : record.events) {
        if (event.kind != IncidentEvent::Kind::MessagePublished)
            continue;
        PublishedMessage message;
        message.atMs = event.atMs;
        const MessageDraft* draft = drafts.value(event.detail);
        if (!draft) {
            message.text = event.text; // the fallback status page, worded when it was pushed
            messages.append(message);
            continue;
        }
        seen.insert(draft->id);
        message.hasKind = true;
        message.kind = draft->channel;
        message.language = draft->language;
        message.subject = draft->subject;
        message.text = draft->body;
        QList<const Delivery*>& channels = sent[draft->id];
        if (!channels.isEmpty())
            message.channel = channels.takeFirst()->channelName;
        messages.append(message);
    }
    // A draft marked published whose event is missing (a record from before events were kept) still counts.
    for (const MessageDraft& draft : record.drafts) {
        if (draft.state != MessageDraft::State::Published || seen.contains(draft.id))
            continue;
        PublishedMessage message;
        message.atMs = draft.publishedAtMs;
        message.hasKind = true;
        message.kind = draft.channel;
        message.language = draft.language;
        message.subject = draft.subject;
        message.text = draft.body;
        const QList<const Delivery*> channels = sent.value(draft.id);
        if (!channels.isEmpty())
            message.channel = channels.first()->channelName;
        messages.append(message);
    }
    std::stable_sort(messages.begin(), messages.end(),
                     [](const PublishedMessage& a, const PublishedMessage& b) { return a.atMs < b.atMs; });
    return messages;
}

PostMortemFacts PostMortemFacts::gather(const ReportInputs& inputs, const Playbook& playbook, qint64 nowMs)
{
    PostMortemFacts facts;
    const Incident& incident = inputs.record.incident;
    facts.incident = incident;
    facts.nowMs = nowMs;
    facts.open = incident.isOpen();
    facts.window = incidentWindow(incident, nowMs);
    facts.chartWindow = chartWindowFor(facts.window, nowMs);
    facts.timeToDetectMs = incident.moments.timeToDetectMs();
    facts.timeToAcknowledgeMs = incident.moments.timeToAcknowledgeMs();
    facts.timeToMitigateMs = incident.moments.timeToMitigateMs();
    facts.timeToResolveMs = incident.moments.timeToResolveMs();
    // The window is closed at its end: an open incident's runs to now.
    const qint64 downtimeNow = facts.open ? nowMs : facts.window.toMs;
    facts.downtime = DowntimeCalculator::forIncident(incident, inputs.stateChanges, facts.window.fromMs,
                                                     facts.window.toMs, downtimeNow);
    for (const AffectedService& service : incident.affected) {
        QList<StateChange> changes = inputs.stateChanges.value(service.serviceId);
        std::stable_sort(changes.begin(), changes.end(),
                         [](const StateChange& a, const StateChange& b) { return a.atMs < b.atMs; });
        facts.chart.append(
            ServiceBands{service.serviceId, service.serviceName,
                         BandBuilder::build(service.serviceId, changes, facts.chartWindow.fromMs,
                                            facts.chartWindow.toMs, nowMs)});
    }
    facts.timeline = inputs.record.events;
    std::stable_sort(facts.timeline.begin(), facts.timeline.end(),
                     [](const IncidentEvent& a, const IncidentEvent& b) { return a.atMs < b.atMs; });
    facts.messages = publishedMessages(inputs.record, inputs.deliveries);
    // As of the report: a step still not done (the "service is back" message) is late up to now.
    facts.adherence = ChecklistAdherence::compute(playbook, incident, nowMs);
    return facts;
}
