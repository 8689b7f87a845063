#pragma once

#include "incident/Incident.h"
#include "monitor/StateChange.h"

#include <QList>
#include <QString>
#include <QStringList>

// What to do when a service goes DOWN: nothing (it is planned, or already part of an open incident), offer
// to declare, declare at once (its group is listed in the workspace's auto_declare_groups), or add it to the
// incident the rule opened for the same group a moment ago, so that one failing provider makes one incident
// rather than ten. Pure: the desk's incidents and the settings are passed in.
class AutoDeclareRule
{
public:
    // Services of an auto-declared group failing within this long of the group's incident join it.
    static constexpr qint64 JoinWindowMs = 15 * 60 * 1000;

    struct Decision
    {
        enum class Action
        {
            None,
            Offer,
            Declare,
            Join, // add the service to `incidentId`
        };
        Action action = Action::None;
        QString incidentId;
    };

    static Decision decide(const StateChange& change, const QString& serviceGroup,
                           const QStringList& autoDeclareGroups, const QList<Incident>& openIncidents,
                           const QList<qint64>& groupServiceIds);
};
