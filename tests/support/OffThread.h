#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>

// Runs a blocking call (an HttpClient request, an adapter's delivery) on a thread of its own while this
// thread keeps serving its loopback servers; returns its result, or nullopt when it did not finish within
// timeoutMs (the servers are still served until it returns, then the thread is joined).
template <typename F> auto offThread(F call, int timeoutMs = 30'000) -> std::optional<decltype(call())>
{
    using Result = decltype(call());
    std::optional<Result> result;
    std::atomic<bool> done{false};
    std::thread worker([&] {
        result = call();
        done.store(true);
    });
    const QDeadlineTimer deadline(timeoutMs);
    while (!done.load() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    // Keep serving until the call returns, so that a late call never blocks on a server nobody runs.
    while (!done.load())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    worker.join();
    if (deadline.hasExpired())
        return std::nullopt;
    return result;
}
