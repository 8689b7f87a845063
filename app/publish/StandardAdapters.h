#pragma once

#include <memory>

class AdapterRegistry;
class Clock;

// Every adapter Vigie ships, by type: what the composition root gives the outbox. Tests build their own
// registries with what they exercise.
class StandardAdapters
{
public:
    static std::shared_ptr<AdapterRegistry> make(const Clock& clock);
};
