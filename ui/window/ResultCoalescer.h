#pragma once

#include "monitor/CheckResult.h"

#include <QList>
#include <QObject>
#include <QTimer>

// Hands check results to the window at most once per interval. The board's latency and reason columns do not
// need the engine's own pace: each hand-over repaints the board and the chart, and at a few hundred checks a
// second those repaints cost more CPU than the checks. State changes do not wait (they go to the window
// directly); only the per-result details do.
class ResultCoalescer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultCoalescer)

public:
    static constexpr int DefaultIntervalMs = 1000;

    explicit ResultCoalescer(int intervalMs = DefaultIntervalMs, QObject* parent = nullptr);

    void add(const QList<CheckResult>& results);
    // Hands over what is pending now.
    void flush();
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void ready(const QList<CheckResult>& results);

private:
    QTimer m_timer;
    QList<CheckResult> m_pending;
};
