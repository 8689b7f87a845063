#include "publish/live/LiveState.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

LiveState LiveState::checking(qint64 sinceMs)
{
    LiveState state;
    state.kind = Kind::Checking;
    state.sinceMs = sinceMs;
    return state;
}

LiveState LiveState::live(qint64 sinceMs, qint64 liveAtMs, int attempts, const QString& url)
{
    LiveState state;
    state.kind = Kind::Live;
    state.sinceMs = sinceMs;
    state.liveAtMs = liveAtMs;
    state.checkedAtMs = liveAtMs;
    state.attempts = attempts;
    state.url = url;
    return state;
}

LiveState LiveState::pending(qint64 sinceMs, qint64 checkedAtMs, int attempts, const QString& reason,
                             const QString& url)
{
    LiveState state;
    state.kind = Kind::Pending;
    state.sinceMs = sinceMs;
    state.checkedAtMs = checkedAtMs;
    state.attempts = attempts;
    state.reason = reason;
    state.url = url;
    return state;
}

LiveState LiveState::gaveUp(qint64 sinceMs, qint64 checkedAtMs, int attempts, const QString& reason,
                            const QString& url)
{
    LiveState state = pending(sinceMs, checkedAtMs, attempts, reason, url);
    state.kind = Kind::GaveUp;
    return state;
}

QString LiveState::durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString LiveState::text(qint64 nowMs) const
{
    switch (kind) {
    case Kind::Unknown:
        return QStringLiteral("—");
    case Kind::Checking:
        return tr("Checking…");
    case Kind::Live:
        return tr("Live since %1")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(liveAtMs).time(), QLocale::ShortFormat));
    case Kind::Pending:
        return tr("Pending for %1").arg(durationText(nowMs - sinceMs));
    case Kind::GaveUp:
        return tr("Not live after %1").arg(durationText(checkedAtMs - sinceMs));
    }
    return QString();
}

QString LiveState::detail() const
{
    switch (kind) {
    case Kind::Unknown:
        return tr("Vigie does not check this channel's public page.");
    case Kind::Checking:
        return tr("Looking for the update on the public page…");
    case Kind::Live:
        return tr("Seen on %1 after %n check(s), %2 after it was sent.", nullptr, attempts)
            .arg(url, durationText(liveAtMs - sinceMs));
    case Kind::Pending:
        return tr("Not on %1 yet after %n check(s): %2", nullptr, attempts).arg(url, reason);
    case Kind::GaveUp:
        return tr("Vigie stopped looking after %n check(s); the last said: %1. Check %2 by hand.", nullptr,
                  attempts)
            .arg(reason, url);
    }
    return QString();
}
