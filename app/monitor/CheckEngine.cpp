#include "monitor/CheckEngine.h"

#include <QCoreApplication>

#include "monitor/CheckWorker.h"
#include "monitor/CurlGlobal.h"

CheckEngine::CheckEngine(const Clock& clock, const CheckEngineOptions& options, QObject* parent)
    : QObject(parent)
{
    ensureCurlGlobalInit();
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<QList<CheckResult>>();
    qRegisterMetaType<StateChange>();
    m_thread.setObjectName(QStringLiteral("vigie-checks"));
    m_worker = new CheckWorker(clock, options);
    m_worker->moveToThread(&m_thread);
    // Deleted in its own thread once the loop has stopped.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CheckWorker::resultsReady, this, &CheckEngine::resultsReady);
    connect(m_worker, &CheckWorker::stateChanged, this, &CheckEngine::stateChanged);
    m_thread.start();
}

CheckEngine::~CheckEngine()
{
    m_thread.quit();
    m_thread.wait();
}

template <typename Call> void CheckEngine::post(Call call)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, call = std::move(call)] { call(*worker); }, Qt::QueuedConnection);
}

void CheckEngine::setServices(const QList<ServiceDefinition>& services)
{
    post([services](CheckWorker& worker) { worker.setServices(services); });
}

void CheckEngine::upsertService(const ServiceDefinition& service)
{
    post([service](CheckWorker& worker) { worker.upsertService(service); });
}

void CheckEngine::removeService(qint64 id)
{
    post([id](CheckWorker& worker) { worker.removeService(id); });
}

void CheckEngine::setPaused(qint64 id, bool paused)
{
    post([id, paused](CheckWorker& worker) { worker.setPaused(id, paused); });
}

void CheckEngine::seedStates(const QHash<qint64, ServiceState>& states)
{
    post([states](CheckWorker& worker) { worker.seedStates(states); });
}

void CheckEngine::start()
{
    m_running = true;
    post([](CheckWorker& worker) { worker.start(); });
}

void CheckEngine::stopAndDrain()
{
    m_running = false;
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    // The worker's last signals were queued to this object's thread: deliver them now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void CheckEngine::stop()
{
    m_running = false;
    post([](CheckWorker& worker) { worker.stop(); });
}

void CheckEngine::checkNow(qint64 id)
{
    post([id](CheckWorker& worker) { worker.checkNow(id); });
}
