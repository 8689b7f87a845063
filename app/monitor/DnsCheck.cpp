#include "monitor/DnsCheck.h"

#include <QHostInfo>

#include <algorithm>
#include <limits>

DnsCheck::DnsCheck(qint64 serviceId, const QString& host, int timeoutMs, qint64 startedAtMs, Done done,
                   QObject* parent)
    : QObject(parent), m_host(host.trimmed()), m_timeoutMs(std::max(1, timeoutMs)), m_done(std::move(done))
{
    m_result.serviceId = serviceId;
    m_result.startedAtMs = startedAtMs;
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &DnsCheck::onTimeout);
}

DnsCheck::~DnsCheck()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void DnsCheck::start()
{
    m_elapsed.start();
    m_deadline.start(m_timeoutMs);
    m_lookupId = QHostInfo::lookupHost(m_host, this, &DnsCheck::onLookedUp);
}

void DnsCheck::onLookedUp(const QHostInfo& info)
{
    if (m_lookupId < 0)
        return;
    m_lookupId = -1;
    m_deadline.stop();
    if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
        m_result.outcome = CheckResult::Outcome::Up;
    } else {
        m_result.outcome = CheckResult::Outcome::Down;
        m_result.reason = tr("could not resolve host %1").arg(m_host);
    }
    finish();
}

void DnsCheck::onTimeout()
{
    if (m_lookupId < 0)
        return;
    QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_result.outcome = CheckResult::Outcome::Down;
    m_result.reason = tr("could not resolve host %1 within %2 ms").arg(m_host).arg(m_timeoutMs);
    finish();
}

void DnsCheck::finish()
{
    const qint64 us = std::min<qint64>(m_elapsed.nsecsElapsed() / 1000, std::numeric_limits<qint32>::max());
    m_result.dnsUs = qint32(us);
    m_result.totalUs = qint32(us);
    if (m_done)
        m_done(this, m_result);
}
