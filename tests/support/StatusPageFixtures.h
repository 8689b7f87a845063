#pragma once

#include "config/ServiceDefinition.h"
#include "incident/IncidentRecord.h"
#include "monitor/ServiceState.h"
#include "statuspage/StatusSnapshot.h"
#include "store/ServiceHistory.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Services, states, incidents and snapshots for the fallback status page's tests, including texts written
// to break markup.
class StatusPageFixtures
{
public:
    static constexpr qint64 T0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z
    static constexpr qint64 Minute = 60'000;

    // Titles and texts meant to break HTML, XML and JSON, plus right-to-left text and emoji.
    static QStringList hostileTexts();

    static ServiceDefinition service(qint64 id, const QString& name, const QString& group = QString());
    static ServiceSummary state(qint64 serviceId, ServiceState state, qint64 sinceMs = T0);
    static IncidentRecord incident(const QString& id, const QString& reference, const QString& title,
                                   IncidentStatus status, qint64 declaredAtMs,
                                   const QList<AffectedService>& affected = {});
    static AffectedService affected(qint64 serviceId, const QString& name, Impact impact);
    // An approved status-page message (published when `published`).
    static MessageDraft message(const QString& incidentId, const QString& draftId, const QString& language,
                                const QString& body, qint64 atMs, bool published = true,
                                const QString& stepId = QString(), int occurrence = 1);
    static IncidentEvent statusChanged(const QString& incidentId, IncidentStatus status, qint64 atMs);

    // A snapshot with one component per text of `texts` (named by it), an open incident titled by each,
    // with updates carrying them, and a resolved one.
    static StatusSnapshot snapshotWithTexts(const QStringList& texts);
    // A plain snapshot: four components, an open incident with two updates in both languages, an open
    // maintenance and a resolved incident.
    static StatusSnapshot typicalSnapshot();
};
