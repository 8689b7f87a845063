#pragma once

#include <QList>

#include <algorithm>

// Repeated timings of one measurement, in ms.
struct SampleStats
{
    QList<double> values;

    void add(double ms) { values.append(ms); }
    double median() const
    {
        if (values.isEmpty())
            return 0;
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
    }
    double max() const { return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end()); }
};
