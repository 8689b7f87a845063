#pragma once

#include "publish/HttpClient.h"
#include "publish/live/LiveCheckPlan.h"
#include "publish/live/LiveProbe.h"
#include "publish/live/LiveSchedule.h"
#include "publish/live/LiveState.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

class Clock;

// "Verify live": after the outbox sent an update to a status page or the fallback page, looks at the
// public page until it shows the update, on the LiveSchedule's backoff, and says where each delivery
// stands with liveStateChanged (checking, then pending with how long and why, then live or given up).
// The fetches run on a small thread pool of its own, one at a time per delivery; the answers come back
// to this object's thread. stop() (and the destructor) ends every watch and waits only for the fetches
// under way, each bounded by its plan's timeout.
class LiveVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveVerifier)

public:
    struct Options
    {
        LiveSchedule::Options schedule;
        HttpClient::Options http; // the publishing's trust store and user agent
        int threads = 2;          // fetches under way at once, over all deliveries
    };

    explicit LiveVerifier(const Clock& clock, QObject* parent = nullptr);
    LiveVerifier(const Clock& clock, const Options& options, QObject* parent = nullptr);
    ~LiveVerifier() override;

    // Starts looking now (again, when the delivery was already watched). Ignored once stopped.
    void watch(const LiveCheckPlan& plan);
    // No more checks for it; its last state is kept.
    void forget(const QString& deliveryId);
    void stop();

    bool isWatching(const QString& deliveryId) const { return m_watches.contains(deliveryId); }
    // The last state of a delivery (Unknown when it was never watched).
    LiveState state(const QString& deliveryId) const { return m_states.value(deliveryId); }
    const QHash<QString, LiveState>& states() const { return m_states; }

Q_SIGNALS:
    void liveStateChanged(const QString& deliveryId, const LiveState& state);

private:
    struct Watch
    {
        LiveCheckPlan plan;
        int generation = 0; // a re-watch makes the answers of the earlier one stale
        int checks = 0;
    };

    void check(const QString& deliveryId, int generation);
    void onChecked(const QString& deliveryId, int generation, const LiveProbe::Result& result);
    void publish(const QString& deliveryId, const LiveState& state);

    const Clock& m_clock;
    LiveSchedule m_schedule;
    HttpClient::Options m_http;
    std::shared_ptr<std::atomic_bool> m_abort = std::make_shared<std::atomic_bool>(false);
    QThreadPool m_pool;
    QHash<QString, Watch> m_watches;
    QHash<QString, LiveState> m_states;
    int m_generation = 0;
    bool m_stopped = false;
};
