#include "monitor/ServiceStateMachine.h"

#include <algorithm>

namespace {

ServiceState stateFor(CheckResult::Outcome outcome)
{
    switch (outcome) {
    case CheckResult::Outcome::Up:
        return ServiceState::Up;
    case CheckResult::Outcome::Degraded:
        return ServiceState::Degraded;
    case CheckResult::Outcome::Down:
        return ServiceState::Down;
    }
    return ServiceState::Down;
}

} // namespace

ServiceStateMachine::ServiceStateMachine(qint64 serviceId, ServiceState initial)
    : m_serviceId(serviceId), m_state(initial)
{}

void ServiceStateMachine::setConfirmation(int failuresBeforeDown, int successesBeforeUp)
{
    m_failuresBeforeDown = std::max(1, failuresBeforeDown);
    m_successesBeforeUp = std::max(1, successesBeforeUp);
}

void ServiceStateMachine::seed(ServiceState state)
{
    m_state = state;
    m_failureStreak = 0;
    m_successStreak = 0;
}

std::optional<StateChange> ServiceStateMachine::apply(const CheckResult& result)
{
    if (m_state == ServiceState::Paused)
        return std::nullopt;
    const ServiceState observed = stateFor(result.outcome);
    const bool good = observed != ServiceState::Down;
    if (good) {
        m_failureStreak = 0;
        ++m_successStreak;
    } else {
        m_successStreak = 0;
        ++m_failureStreak;
    }
    ServiceState target = m_state;
    switch (m_state) {
    case ServiceState::Unknown:
        target = observed;
        break;
    case ServiceState::Up:
    case ServiceState::Degraded:
        if (good)
            target = observed;
        else if (m_failureStreak >= m_failuresBeforeDown)
            target = ServiceState::Down;
        break;
    case ServiceState::Down:
        if (good && m_successStreak >= m_successesBeforeUp)
            target = observed;
        break;
    case ServiceState::Paused:
        break;
    }
    if (target == m_state)
        return std::nullopt;
    // Built only on a change: results arrive far more often than changes.
    return moveTo(target, result.startedAtMs, result.reason.isEmpty() ? tr("check passed") : result.reason);
}

std::optional<StateChange> ServiceStateMachine::setPaused(bool paused, qint64 atMs)
{
    if (paused == isPaused())
        return std::nullopt;
    m_failureStreak = 0;
    m_successStreak = 0;
    return paused ? moveTo(ServiceState::Paused, atMs, tr("paused"))
                  : moveTo(ServiceState::Unknown, atMs, tr("resumed"));
}

std::optional<StateChange> ServiceStateMachine::moveTo(ServiceState to, qint64 atMs, const QString& reason)
{
    if (to == m_state)
        return std::nullopt;
    StateChange change;
    change.serviceId = m_serviceId;
    change.atMs = atMs;
    change.from = m_state;
    change.to = to;
    change.reason = reason;
    m_state = to;
    m_failureStreak = 0;
    m_successStreak = 0;
    return change;
}
