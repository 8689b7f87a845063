#pragma once

#include "comms/MessageFacts.h"
#include "incident/Incident.h"

#include <QString>
#include <QtGlobal>

// Words an incident's facts for one audience: its language and time zone. Times are stated relative to
// `nowMs` (the date appears only when it is not today in that zone); the duration runs from the start (or the
// declaration when the start is unknown) to the resolution, or to now while open.
class MessageContextBuilder
{
public:
    struct Audience
    {
        QString language = QStringLiteral("en");
        QString timeZoneId; // IANA; empty: the incident's zone, then the system zone
        qint64 nowMs = 0;
        QString statusPageUrl;
        qint64 nextUpdateAtMs = 0; // 0: the incident's nextUpdateDueMs, if any
    };

    static MessageFacts build(const Incident& incident, const Audience& audience);
};
