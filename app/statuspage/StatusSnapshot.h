#pragma once

#include "statuspage/PageIndicator.h"
#include "statuspage/StatusComponent.h"
#include "statuspage/StatusIncident.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// What the public status page shows at one instant. A value type with no link to the session, so that the
// same snapshot always renders to the same bytes.
struct StatusSnapshot
{
    QString pageId; // stable id of the page (summary.json's page.id, the feeds' ids)
    QString title;  // "Example status"
    qint64 generatedAtMs = 0;
    QString baseUrl; // public address of the page's folder ("https://status.example.org/"); empty: unknown
    QList<StatusComponent> components; // ordered by group, then name
    // Open incidents first (newest first), then recently resolved ones; maintenances among them.
    QList<StatusIncident> incidents;

    // The overall state, from the components' statuses and the open incidents:
    //   critical    when more than half of the components are in major outage;
    //   major       when any component is in major or partial outage;
    //   minor       when any component has degraded performance, or any incident is open;
    //   maintenance when any component is under maintenance or a maintenance is in progress;
    //   none        otherwise.
    PageIndicator indicator() const;
    // The groups in page order; "" (components without a group) first when there are some.
    QStringList groups() const;
    QList<StatusComponent> componentsOf(const QString& group) const;
    // Open incidents (not maintenances), open maintenances, and closed ones of either kind.
    QList<StatusIncident> openIncidents() const;
    QList<StatusIncident> openMaintenances() const;
    QList<StatusIncident> resolvedIncidents() const;

    bool operator==(const StatusSnapshot&) const = default;
};
