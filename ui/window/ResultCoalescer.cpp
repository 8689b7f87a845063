#include "window/ResultCoalescer.h"

#include <utility>

ResultCoalescer::ResultCoalescer(int intervalMs, QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ResultCoalescer::flush);
}

void ResultCoalescer::add(const QList<CheckResult>& results)
{
    if (results.isEmpty())
        return;
    m_pending.append(results);
    // The first results of a quiet spell start the clock; later ones ride along.
    if (!m_timer.isActive())
        m_timer.start();
}

void ResultCoalescer::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<CheckResult> results = std::exchange(m_pending, {});
    Q_EMIT ready(results);
}
