#pragma once

#include "comms/ChannelKind.h"
#include "incident/Incident.h"
#include "incident/IncidentEvent.h"
#include "playbook/ChecklistAdherence.h"
#include "report/ReportInputs.h"
#include "report/ServiceDowntime.h"
#include "timeline/StateBand.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

class Playbook;

// What a post-mortem states about an incident, gathered from its record rather than typed: the facts, the
// response times, the downtime of each affected service and its bands for the chart, the timeline, every
// message published and how well the checklist was kept. Pure: "now" is a parameter (an open incident ends
// now).
class PostMortemFacts
{
public:
    // Half-open [fromMs, toMs), UTC ms.
    struct Window
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 durationMs() const { return toMs - fromMs; }
    };
    struct PublishedMessage
    {
        qint64 atMs = 0;
        QString channel;      // the channel's name; empty when the record does not say
        bool hasKind = false; // false for the fallback status page, which is not a message draft
        ChannelKind kind = ChannelKind::StatusPage;
        QString language;
        QString subject; // email only
        QString text;    // the message as published (the event's text for the fallback page)
    };
    struct ServiceBands
    {
        qint64 serviceId = 0;
        QString serviceName;
        QList<StateBand> bands; // over the chart window
    };

    Incident incident;
    qint64 nowMs = 0;
    bool open = false;
    Window window;      // the incident's: started (else detected, else declared) to resolved (else now)
    Window chartWindow; // the window with a margin on each side, so that the way in and out shows
    std::optional<qint64> timeToDetectMs;
    std::optional<qint64> timeToAcknowledgeMs;
    std::optional<qint64> timeToMitigateMs;
    std::optional<qint64> timeToResolveMs;
    QList<ServiceDowntime> downtime;  // one per affected service, in the incident's order
    QList<ServiceBands> chart;        // the same services
    QList<IncidentEvent> timeline;    // every event, in time order
    QList<PublishedMessage> messages; // in time order
    ChecklistAdherence::Report adherence;

    static PostMortemFacts gather(const ReportInputs& inputs, const Playbook& playbook, qint64 nowMs);

    static Window incidentWindow(const Incident& incident, qint64 nowMs);
    // The chart's window: 10 % of the incident's length on each side, at least 5 minutes, never past now.
    static Window chartWindowFor(const Window& incident, qint64 nowMs);
    static QList<PublishedMessage> publishedMessages(const IncidentRecord& record,
                                                     const QList<Delivery>& deliveries);
};
