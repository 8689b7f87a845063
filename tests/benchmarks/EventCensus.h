#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>

class QEvent;
class QObject;

// Counts the events each thread delivers, by event type and receiver class, with the thread CPU time spent
// delivering them (exclusive: an event sent while another is delivered counts for itself only), over a
// window. Fed by CensusApplication::notify. It tells where the GUI thread's fixed cost per second goes;
// timing every event costs CPU of its own, so a census run is not a measurement of CPU per check.
class EventCensus
{
public:
    void begin(double atMs);
    void end(double atMs);
    bool recording() const { return m_recording.load(std::memory_order_relaxed); }

    // Returns a token for leave(); only call while recording().
    int enter(const QObject* receiver, const QEvent* event);
    void leave(int token);

    // One line per (thread, event, receiver), the costliest first: count and CPU per second of the window.
    QString report(int limit = 40) const;

private:
    struct Cell
    {
        qint64 count = 0;
        qint64 ns = 0;
    };
    struct Frame
    {
        int cell = -1;
        qint64 startNs = 0;
        qint64 childNs = 0;
    };
    struct ThreadTally
    {
        QString role;
        QHash<QString, int> cellByKey;
        QList<QString> keys;
        QList<Cell> cells;
        QList<Frame> stack;
    };
    ThreadTally& tally();
    static QString receiverLabel(const QObject* receiver);

    std::atomic<bool> m_recording{false};
    double m_beganMs = 0;
    double m_endedMs = 0;
    mutable QMutex m_mutex; // guards m_tallies' list, not the tallies (each is touched by its thread only)
    QList<ThreadTally*> m_tallies;
};
