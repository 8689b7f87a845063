#pragma once

#include <QMetaType>
#include <QString>

// The state a service is in, as the state machine confirms it. Stored as its integer value.
enum class ServiceState : int
{
    Unknown = 0, // no confirmed result yet
    Up = 1,
    Degraded = 2,
    Down = 3,
    Paused = 4,
};

// Stable, untranslated key ("up", "down", ...) for files, logs and the headless output.
QString serviceStateKey(ServiceState state);
// Translated label for people ("Up" / "Opérationnel", ...).
QString serviceStateLabel(ServiceState state);
// Higher is worse; used for the tray icon's "worst current state".
int serviceStateSeverity(ServiceState state);

Q_DECLARE_METATYPE(ServiceState)
