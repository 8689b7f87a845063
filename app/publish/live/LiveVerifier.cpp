#include "publish/live/LiveVerifier.h"

#include "time/Clock.h"

#include <QTimer>

LiveVerifier::LiveVerifier(const Clock& clock, QObject* parent) : LiveVerifier(clock, Options{}, parent) {}

LiveVerifier::LiveVerifier(const Clock& clock, const Options& options, QObject* parent)
    : QObject(parent), m_clock(clock), m_schedule(options.schedule), m_http(options.http)
{
    qRegisterMetaType<LiveState>();
    m_http.abort = m_abort;
    m_pool.setMaxThreadCount(std::max(1, options.threads));
}

LiveVerifier::~LiveVerifier()
{
    stop();
}

void LiveVerifier::watch(const LiveCheckPlan& plan)
{
    if (m_stopped || plan.deliveryId.isEmpty() || plan.sources.isEmpty())
        return;
    Watch& watch = m_watches[plan.deliveryId];
    watch.plan = plan;
    watch.generation = ++m_generation;
    watch.checks = 0;
    publish(plan.deliveryId, LiveState::checking(plan.sentAtMs));
    check(plan.deliveryId, watch.generation);
}

void LiveVerifier::forget(const QString& deliveryId)
{
    m_watches.remove(deliveryId);
}

void LiveVerifier::stop()
{
    m_stopped = true;
    m_watches.clear();
    // A fetch under way is aborted rather than waited out, so closing never holds the caller for a
    // timeout; answers still queued for this object are dropped with it.
    m_abort->store(true);
    m_pool.waitForDone();
}

void LiveVerifier::check(const QString& deliveryId, int generation)
{
    const auto it = m_watches.constFind(deliveryId);
    if (m_stopped || it == m_watches.constEnd() || it->generation != generation)
        return;
    const LiveCheckPlan plan = it->plan;
    const HttpClient::Options http = m_http;
    m_pool.start([this, plan, http, generation] {
        const LiveProbe::Result result = LiveProbe(http).run(plan);
        // `this` outlives the pool's work: stop() waits for it before the object goes.
        QMetaObject::invokeMethod(
            this, [this, id = plan.deliveryId, generation, result] { onChecked(id, generation, result); },
            Qt::QueuedConnection);
    });
}

void LiveVerifier::onChecked(const QString& deliveryId, int generation, const LiveProbe::Result& result)
{
    const auto it = m_watches.find(deliveryId);
    if (m_stopped || it == m_watches.end() || it->generation != generation)
        return;
    const int checks = ++it->checks;
    const qint64 sentAt = it->plan.sentAtMs;
    const qint64 now = m_clock.nowMs();
    if (result.live) {
        m_watches.erase(it);
        publish(deliveryId, LiveState::live(sentAt, now, checks, result.url));
        return;
    }
    if (m_schedule.givesUp(sentAt, now, checks)) {
        m_watches.erase(it);
        publish(deliveryId, LiveState::gaveUp(sentAt, now, checks, result.reason, result.url));
        return;
    }
    publish(deliveryId, LiveState::pending(sentAt, now, checks, result.reason, result.url));
    QTimer::singleShot(std::chrono::milliseconds(m_schedule.delayAfter(checks)), this,
                       [this, deliveryId, generation] { check(deliveryId, generation); });
}

void LiveVerifier::publish(const QString& deliveryId, const LiveState& state)
{
    m_states.insert(deliveryId, state);
    Q_EMIT liveStateChanged(deliveryId, state);
}
