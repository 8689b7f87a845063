#include "EventCensus.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaEnum>
#include <QThread>
#include <QTimer>

#include <algorithm>

#include <time.h>

namespace {
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

QString eventName(const QEvent* event)
{
    const char* key = QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type());
    return key ? QString::fromLatin1(key) : QString::number(int(event->type()));
}
} // namespace

void EventCensus::begin(double atMs)
{
    m_beganMs = atMs;
    m_recording.store(true, std::memory_order_relaxed);
}

void EventCensus::end(double atMs)
{
    m_recording.store(false, std::memory_order_relaxed);
    m_endedMs = atMs;
}

EventCensus::ThreadTally& EventCensus::tally()
{
    // The tallies live until the process ends: a thread may deliver its last event after the report.
    thread_local ThreadTally* mine = nullptr;
    if (!mine) {
        mine = new ThreadTally;
        const QThread* thread = QThread::currentThread();
        mine->role = thread == QCoreApplication::instance()->thread()
                         ? QStringLiteral("main")
                         : (thread->objectName().isEmpty() ? QStringLiteral("other") : thread->objectName());
        const QMutexLocker lock(&m_mutex);
        m_tallies.append(mine);
    }
    return *mine;
}

QString EventCensus::receiverLabel(const QObject* receiver)
{
    QString label = QString::fromLatin1(receiver->metaObject()->className());
    // A timer, a bare object or widget (a scroll area's viewport) says little: its parent says whose it is.
    if (qobject_cast<const QTimer*>(receiver) || label == QLatin1String("QObject") ||
        label == QLatin1String("QWidget")) {
        if (const QObject* parent = receiver->parent())
            label += QStringLiteral(" of ") + QString::fromLatin1(parent->metaObject()->className());
    }
    if (!receiver->objectName().isEmpty())
        label += QStringLiteral(" \"") + receiver->objectName() + QLatin1Char('"');
    return label;
}

int EventCensus::enter(const QObject* receiver, const QEvent* event)
{
    ThreadTally& t = tally();
    const QString key = eventName(event) + QLatin1Char('\t') + receiverLabel(receiver);
    auto it = t.cellByKey.constFind(key);
    if (it == t.cellByKey.cend()) {
        it = t.cellByKey.insert(key, int(t.cells.size()));
        t.keys.append(key);
        t.cells.append(Cell{});
    }
    t.stack.append(Frame{*it, threadCpuNs(), 0});
    return *it;
}

void EventCensus::leave(int token)
{
    ThreadTally& t = tally();
    if (t.stack.isEmpty() || t.stack.last().cell != token)
        return;
    const Frame frame = t.stack.takeLast();
    const qint64 elapsed = threadCpuNs() - frame.startNs;
    Cell& cell = t.cells[frame.cell];
    ++cell.count;
    cell.ns += elapsed - frame.childNs;
    if (!t.stack.isEmpty())
        t.stack.last().childNs += elapsed;
}

QString EventCensus::report(int limit) const
{
    struct Line
    {
        QString role;
        QString key;
        Cell cell;
    };
    QList<Line> lines;
    QHash<QString, Cell> totals;
    {
        const QMutexLocker lock(&m_mutex);
        for (const ThreadTally* t : m_tallies) {
            for (int i = 0; i < t->cells.size(); ++i) {
                lines.append(Line{t->role, t->keys.at(i), t->cells.at(i)});
                totals[t->role].count += t->cells.at(i).count;
                totals[t->role].ns += t->cells.at(i).ns;
            }
        }
    }
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.cell.ns > b.cell.ns; });
    const double seconds = std::max(1e-3, (m_endedMs - m_beganMs) / 1000.0);
    QString out = QStringLiteral("event census over %1 s (per second; CPU exclusive of nested events)\n")
                      .arg(seconds, 0, 'f', 1);
    out += QStringLiteral("thread\tevents/s\tCPU us/s\tevent\treceiver\n");
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        out += QStringLiteral("%1\t%2\t%3\t(all)\n")
                   .arg(it.key())
                   .arg(double(it.value().count) / seconds, 0, 'f', 1)
                   .arg(double(it.value().ns) / 1e3 / seconds, 0, 'f', 1);
    }
    for (int i = 0; i < lines.size() && i < limit; ++i) {
        const Line& line = lines.at(i);
        out += QStringLiteral("%1\t%2\t%3\t%4\n")
                   .arg(line.role)
                   .arg(double(line.cell.count) / seconds, 0, 'f', 1)
                   .arg(double(line.cell.ns) / 1e3 / seconds, 0, 'f', 1)
                   .arg(line.key);
    }
    return out;
}
