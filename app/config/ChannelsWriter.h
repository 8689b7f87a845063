#pragma once

#include "publish/ChannelConfig.h"

#include <QList>

namespace YAML {
class Emitter;
}

// Writes the `channels:` list so that ChannelsReader reads back equal channels: settings keep their types
// (text that would read as a number or a boolean is quoted).
class ChannelsWriter
{
public:
    static void write(YAML::Emitter& out, const QList<ChannelConfig>& channels);
};
