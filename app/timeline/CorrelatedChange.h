#pragma once

#include "monitor/StateChange.h"

#include <QMetaType>

// A state change of another service near a selected band: "what else changed around this time".
struct CorrelatedChange
{
    StateChange change;
    qint64 offsetMs = 0;        // change.atMs - the band's start: negative when it came first
    qint64 offsetFromEndMs = 0; // change.atMs - the band's end

    bool operator==(const CorrelatedChange&) const = default;
};

Q_DECLARE_METATYPE(CorrelatedChange)
