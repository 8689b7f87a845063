#pragma once

#include <memory>

class AdapterRegistry;
class Clock;
class StatusSnapshotSource;

// Every adapter Vigie ships, by type: what the composition root gives the outbox. Tests build their own
// registries with what they exercise.
class StandardAdapters
{
public:
    // Without `snapshots` there is no fallback-page adapter (nothing to render the page from).
    static std::shared_ptr<AdapterRegistry> make(const Clock& clock,
                                                 std::shared_ptr<const StatusSnapshotSource> snapshots = {});
};
