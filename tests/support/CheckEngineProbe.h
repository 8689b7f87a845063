#pragma once

#include "monitor/CheckEngine.h"

#include <QList>
#include <QObject>

// Runs a real CheckEngine for tests and collects what it reports; waits are bounded.
class CheckEngineProbe : public QObject
{
    Q_OBJECT

public:
    // Options default to checks starting at once (no startup spread) and quick batches.
    explicit CheckEngineProbe(const Clock& clock, CheckEngineOptions options = defaultOptions());

    CheckEngine& engine() { return m_engine; }
    const QList<CheckResult>& results() const { return m_results; }
    const QList<StateChange>& changes() const { return m_changes; }
    int batchCount() const { return m_batches; }

    // Waits (bounded) until at least count results arrived.
    bool waitForResults(int count, int timeoutMs = 30'000);
    // Starts the engine with one service, runs its check `times` times in a row and returns the results
    // (fewer if the time ran out).
    QList<CheckResult> runService(const ServiceDefinition& service, int times = 1, int timeoutMs = 30'000);

    static CheckEngineOptions defaultOptions();

private:
    CheckEngine m_engine;
    QList<CheckResult> m_results;
    QList<StateChange> m_changes;
    int m_batches = 0;
};
