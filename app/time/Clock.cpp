#include "time/Clock.h"

#include <QDateTime>

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}
