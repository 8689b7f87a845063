#include "CheckEngineProbe.h"

#include <QTest>

CheckEngineProbe::CheckEngineProbe(const Clock& clock, CheckEngineOptions options) : m_engine(clock, options)
{
    connect(&m_engine, &CheckEngine::resultsReady, this, [this](const QList<CheckResult>& results) {
        m_results += results;
        ++m_batches;
    });
    connect(&m_engine, &CheckEngine::stateChanged, this,
            [this](const StateChange& change) { m_changes.append(change); });
}

CheckEngineOptions CheckEngineProbe::defaultOptions()
{
    CheckEngineOptions options;
    options.startupSpreadMs = 0;
    options.batchIntervalMs = 20;
    return options;
}

bool CheckEngineProbe::waitForResults(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_results.size() >= count; }, timeoutMs);
}

QList<CheckResult> CheckEngineProbe::runService(const ServiceDefinition& service, int times, int timeoutMs)
{
    const qsizetype before = m_results.size();
    m_engine.setServices({service});
    m_engine.start();
    for (int i = 0; i < times; ++i) {
        if (i > 0)
            m_engine.checkNow(service.id);
        if (!waitForResults(int(before) + i + 1, timeoutMs))
            break;
    }
    return m_results.mid(before);
}
