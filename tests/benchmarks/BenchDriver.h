#pragma once

#include "RunMeasurement.h"

#include <QList>
#include <QStringList>

// Drives the whole benchmark from the parent process: starts nginx, measures the curl baseline per size, runs
// this executable again as a child per (size, mode) so that CPU time and peak memory belong to that run
// alone, and prints the markdown table.
class BenchDriver
{
public:
    struct Options
    {
        QList<int> sizes{500, 1000, 2000};
        QStringList modes{QStringLiteral("headless"), QStringLiteral("window")};
        int seconds = 60;
        int warmupSec = 15;
        int intervalSec = 10;
        int curlRequests = 20'000;
        bool census = false;
    };

    explicit BenchDriver(const Options& options) : m_options(options) {}

    // Returns the process exit code.
    int run(const QString& selfPath);

private:
    struct Row
    {
        RunMeasurement run;
        double curlMsPerRequest = 0;
    };
    static QString table(const QList<Row>& rows);

    Options m_options;
};
