#pragma once

#include <QtGlobal>

#include <map>
#include <optional>
#include <queue>
#include <unordered_map>
#include <vector>

// Decides when each service's next check starts. Every service has a stable phase within its interval so
// that services sharing an interval are spread over it instead of firing together; the first round after
// they are added is spread over min(interval, startup spread). At most maxInFlight checks run at once, and a
// service never runs twice at the same time. Times are monotonic ms supplied by the caller, so the class
// is plain and testable without waiting.
class CheckScheduler
{
public:
    explicit CheckScheduler(int maxInFlight = 64, qint64 startupSpreadMs = 10'000);

    void setMaxInFlight(int maxInFlight);
    void setStartupSpreadMs(qint64 spreadMs);

    // Adds a service, or changes its interval. A new service first runs within the startup spread, or at
    // once with runSoon.
    void upsert(qint64 id, qint64 intervalMs, qint64 nowMs, bool runSoon = false);
    void remove(qint64 id);
    // Makes the service due at once (nothing happens while it is running).
    void runNow(qint64 id, qint64 nowMs);

    // The next service to start at nowMs, if one is due and a slot is free; it counts as running until
    // finished() and its next run is already scheduled.
    std::optional<qint64> takeDue(qint64 nowMs);
    void finished(qint64 id);

    // When the earliest scheduled check is due, or nullopt when nothing is scheduled.
    std::optional<qint64> nextDueMs();
    // When the given service runs next, or nullopt when it is unknown.
    std::optional<qint64> dueMsOf(qint64 id) const;

    // How early a due check may start so that one wake-up starts several: a fifth of the shortest interval
    // scheduled, at most `capMs`. Checks stay on their slots (the next run is the next slot), so the slack
    // only moves a run earlier within its own interval.
    qint64 slackMs(qint64 capMs) const;
    static constexpr qint64 SlackDivisor = 5;

    int inFlight() const { return m_inFlight; }
    bool hasFreeSlot() const { return m_inFlight < m_maxInFlight; }
    int size() const { return int(m_entries.size()); }

    // The service's stable offset in [0, intervalMs): a golden-ratio sequence over the id, so consecutive
    // ids land far apart.
    static qint64 phaseMs(qint64 id, qint64 intervalMs);

private:
    struct Entry
    {
        qint64 intervalMs = 0;
        quint32 generation = 0;
        bool running = false;
        qint64 dueMs = 0;
    };
    struct Item
    {
        qint64 dueMs;
        qint64 id;
        quint32 generation;
        bool operator>(const Item& other) const
        {
            return dueMs != other.dueMs ? dueMs > other.dueMs : id > other.id;
        }
    };

    void schedule(qint64 id, Entry& entry, qint64 dueMs);
    void dropStale();
    void forgetInterval(qint64 intervalMs);
    static qint64 slotAtOrAfter(qint64 id, qint64 intervalMs, qint64 t);

    int m_maxInFlight;
    qint64 m_startupSpreadMs;
    int m_inFlight = 0;
    std::map<qint64, int> m_intervalCounts; // interval -> services scheduled at it, for slackMs()
    std::unordered_map<qint64, Entry> m_entries;
    // Lazy deletion: an item whose generation no longer matches its entry is skipped when it surfaces.
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> m_queue;
};
