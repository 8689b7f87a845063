#pragma once

#include "monitor/CheckResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QHostInfo;

// One resolution of a host name through Qt's asynchronous resolver (libcurl has no resolve-only mode).
// Gives up after the service's timeout; the result is reported through the callback exactly once.
class DnsCheck : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(DnsCheck* check, const CheckResult& result)>;

    DnsCheck(qint64 serviceId, const QString& host, int timeoutMs, qint64 startedAtMs, Done done,
             QObject* parent = nullptr);
    ~DnsCheck() override;

    qint64 serviceId() const { return m_result.serviceId; }
    void start();

private:
    void onLookedUp(const QHostInfo& info);
    void onTimeout();
    void finish();

    QString m_host;
    int m_timeoutMs;
    int m_lookupId = -1;
    QElapsedTimer m_elapsed;
    QTimer m_deadline;
    CheckResult m_result;
    Done m_done;
};
