#pragma once

#include "config/YamlMapReader.h"
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
    // A plain string (English) or a map of texts by language code; nullopt when absent or wrong (reported).
    static std::optional<LocalizedText> readText(YamlMapReader& map, const QString& key);
    // Step ids and template ids: lower-case letters, digits and dashes ("maintenance-notice").
    static bool isValidId(const QString& id);
};
