#pragma once

#include "monitor/CheckResult.h"
#include "monitor/ServiceState.h"
#include "monitor/StateChange.h"

#include <QCoreApplication>

#include <optional>

// Turns one service's stream of check results into confirmed states. A single failed check is no outage:
// failuresBeforeDown consecutive Down results are needed to go DOWN, and successesBeforeUp consecutive
// good (Up or Degraded) results to come back. From Unknown the first result is taken at once so that a new
// service shows a state quickly. Up <-> Degraded follows each result directly (both are "working").
class ServiceStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(ServiceStateMachine)

public:
    explicit ServiceStateMachine(qint64 serviceId = 0, ServiceState initial = ServiceState::Unknown);

    // Counts below 1 count as 1.
    void setConfirmation(int failuresBeforeDown, int successesBeforeUp);
    // Starts from a stored state without recording a change (e.g. the last state before a restart).
    void seed(ServiceState state);

    ServiceState state() const { return m_state; }
    bool isPaused() const { return m_state == ServiceState::Paused; }

    // Feeds one result; returns the change it confirms, if any. Results are ignored while paused.
    std::optional<StateChange> apply(const CheckResult& result);
    // Pausing moves to Paused; resuming moves to Unknown so that the next result is taken at once.
    std::optional<StateChange> setPaused(bool paused, qint64 atMs);

private:
    std::optional<StateChange> moveTo(ServiceState to, qint64 atMs, const QString& reason);

    qint64 m_serviceId = 0;
    ServiceState m_state = ServiceState::Unknown;
    int m_failuresBeforeDown = 3;
    int m_successesBeforeUp = 1;
    int m_failureStreak = 0;
    int m_successStreak = 0;
};
