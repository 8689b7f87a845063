#include "timeline/DayBars.h"

#include "timeline/PixelBands.h"

#include <QDateTime>

QList<DayBar> DayBars::compute(const QList<StateBand>& bands, int days, qint64 nowMs, const QTimeZone& zone)
{
    QList<DayBar> out;
    if (days <= 0 || !zone.isValid())
        return out;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    out.reserve(days);
    for (int i = days - 1; i >= 0; --i) {
        DayBar bar;
        bar.date = today.addDays(-i);
        // Local days: 23 or 25 hours long around daylight-saving changes.
        bar.startMs = bar.date.startOfDay(zone).toMSecsSinceEpoch();
        bar.endMs = qMin(bar.date.addDays(1).startOfDay(zone).toMSecsSinceEpoch(), nowMs);
        out.append(bar);
    }
    QList<qint64> monitored(days, 0);
    QList<qint64> available(days, 0);
    // Bands arrive in time order; one pass with a moving first day keeps this linear in bands + days.
    int first = 0;
    for (const StateBand& b : bands) {
        while (first < days && out.at(first).endMs <= b.startMs)
            ++first;
        for (int d = first; d < days && out.at(d).startMs < b.endMs; ++d) {
            DayBar& bar = out[d];
            const qint64 overlap = qMin(b.endMs, bar.endMs) - qMax(b.startMs, bar.startMs);
            if (overlap <= 0 || !b.known)
                continue;
            if (!bar.hasData || PixelBands::rank(b) > PixelBands::rank(bar.worst, true))
                bar.worst = b.state;
            bar.hasData = true;
            if (b.state == ServiceState::Paused || b.state == ServiceState::Unknown)
                continue;
            monitored[d] += overlap;
            if (b.state == ServiceState::Down)
                bar.downMs += overlap;
            else
                available[d] += overlap;
        }
    }
    for (int d = 0; d < days; ++d) {
        if (monitored.at(d) > 0)
            out[d].uptimePercent = 100.0 * double(available.at(d)) / double(monitored.at(d));
    }
    return out;
}
