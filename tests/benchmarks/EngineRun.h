#pragma once

#include "RunMeasurement.h"

#include <QString>

class EventCensus;

// One measured run in a child process: N HTTP services on a MonitoringSession with a real SQLite store, as
// the app runs them, optionally with the real cockpit window shown. Needs a QCoreApplication (headless) or a
// QApplication (window) to exist.
class EngineRun
{
public:
    struct Config
    {
        int services = 500;
        bool window = false;
        QString baseUrl; // http://127.0.0.1:PORT; services target BASE/svc/<i>
        int intervalSec = 10;
        int warmupSec = 15;
        int seconds = 60;
        EventCensus* census = nullptr; // when set, counts the events over the CPU window
    };

    explicit EngineRun(const Config& config) : m_config(config) {}

    // Runs the event loop for warm-up plus window. Returns nullopt with `error` set when the run could not be
    // made.
    std::optional<RunMeasurement> run(QString* error);

private:
    Config m_config;
};
