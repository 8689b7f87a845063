#pragma once

#include "monitor/StateChange.h"

#include <QString>

#include <optional>

// Decides which state changes deserve a desktop notification (each DOWN and each recovery from DOWN) and
// words it. Pure, so the rules are tested without a notification daemon.
class NotificationPolicy
{
public:
    struct Notification
    {
        QString title;
        QString body;
        bool critical = false; // DOWN: shown as critical; recovery: information
    };

    // Services inside a maintenance window raise nothing: their outage is planned.
    static std::optional<Notification> forChange(const QString& serviceName, const StateChange& change,
                                                 bool underMaintenance = false);
    // A checklist step of an open incident falls due (or is overdue).
    static Notification forStepDue(const QString& reference, const QString& stepTitle, bool drill);
};
