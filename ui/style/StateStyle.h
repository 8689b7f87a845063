#pragma once

#include "monitor/ServiceState.h"

#include <QColor>
#include <QIcon>

// The one place that decides how a service state looks: the board, the detail pane and the tray icon all ask
// here so that "red" means the same thing everywhere. Icons carry a glyph as well as a colour so that the
// state reads without colour vision.
class StateStyle
{
public:
    StateStyle() = delete;

    // Saturated colour: icon fill, chart markers.
    static QColor colorFor(ServiceState state);
    // Colour for text naming the state; dark enough to read on a light background.
    static QColor textColorFor(ServiceState state);
    // Translucent tint for a row background; blends with light and dark palettes. Invalid (no tint) for
    // states that need no attention.
    static QColor tintFor(ServiceState state);
    // Round badge with a glyph, rendered at several sizes; cached.
    static QIcon iconFor(ServiceState state);
};
