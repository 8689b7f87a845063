#include "timeline/PixelBands.h"

#include <QVarLengthArray>

#include <cmath>

int PixelBands::rank(ServiceState state, bool known)
{
    if (!known)
        return 1;
    return 2 + serviceStateSeverity(state);
}

int PixelBands::rank(const StateBand& band)
{
    return rank(band.state, band.known);
}

QList<PixelSpan> PixelBands::plan(const QList<StateBand>& bands, qint64 fromMs, qint64 toMs, int widthPx)
{
    QList<PixelSpan> out;
    if (widthPx <= 0 || toMs <= fromMs)
        return out;
    const double pxPerMs = double(widthPx) / double(toMs - fromMs);
    // The winning band per column, or -1 for an empty column.
    QVarLengthArray<int, 2048> winner(widthPx);
    std::fill(winner.begin(), winner.end(), -1);
    for (int i = 0; i < bands.size(); ++i) {
        const StateBand& b = bands.at(i);
        const qint64 start = qMax(b.startMs, fromMs);
        const qint64 end = qMin(b.endMs, toMs);
        if (end <= start)
            continue;
        const int x0 = qBound(0, int(std::floor(double(start - fromMs) * pxPerMs)), widthPx - 1);
        const int x1 = qBound(x0 + 1, int(std::ceil(double(end - fromMs) * pxPerMs)), widthPx);
        const int r = rank(b);
        for (int x = x0; x < x1; ++x) {
            const int w = winner[x];
            if (w < 0 || rank(bands.at(w)) < r)
                winner[x] = i;
        }
    }
    for (int x = 0; x < widthPx; ++x) {
        const int w = winner[x];
        if (w < 0)
            continue;
        const StateBand& b = bands.at(w);
        if (!out.isEmpty()) {
            PixelSpan& last = out.last();
            if (last.x1 == x && last.state == b.state && last.known == b.known) {
                last.x1 = x + 1;
                continue;
            }
        }
        out.append(PixelSpan{x, x + 1, b.state, b.known});
    }
    return out;
}
