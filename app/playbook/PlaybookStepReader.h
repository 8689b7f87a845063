#pragma once

#include "config/YamlReadContext.h"
#include "playbook/PlaybookStepPatch.h"

#include <yaml-cpp/node/node.h>

// Reads one entry of a playbook's steps: list into a patch, checking each field's type and spelling. Checks
// that need the whole playbook (unique ids, anchors, cadences per severity) come later (PlaybookValidator).
class PlaybookStepReader
{
public:
    // `extending`: the file extends another, so `after` and `remove` are allowed and nothing is required
    // but the id.
    static PlaybookStepPatch read(const YAML::Node& node, const QString& path, YamlReadContext* context,
                                  bool extending);
    // Step ids and template ids: lower-case letters, digits and dashes ("maintenance-notice").
    static bool isValidId(const QString& id);
};
