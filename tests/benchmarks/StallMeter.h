#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how late the event loop of its thread runs a short periodic timer: the longest lateness is the
// longest time the loop was busy elsewhere (a stall a user would see as a frozen window).
class StallMeter final : public QObject
{
    Q_OBJECT

public:
    explicit StallMeter(int periodMs, QObject* parent = nullptr);

    void start();
    void stop();
    // The longest gap between two ticks beyond the period, in milliseconds, since start().
    double longestStallMs() const { return double(m_longestNs) / 1e6; }

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_periodMs;
};
