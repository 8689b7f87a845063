#include "demo/DemoScenario.h"

namespace {
bool within(qint64 t, qint64 fromSec, qint64 toSec)
{
    return t >= fromSec * 1000 && t < toSec * 1000;
}
} // namespace

const QList<DemoScenario::Endpoint>& DemoScenario::endpoints()
{
    static const QList<Endpoint> all{
        {QStringLiteral("/storefront"), QStringLiteral("Storefront"), QStringLiteral("Shop")},
        {QStringLiteral("/search"), QStringLiteral("Search"), QStringLiteral("Shop")},
        {QStringLiteral("/checkout"), QStringLiteral("Checkout API"), QStringLiteral("Shop")},
        {QStringLiteral("/payments"), QStringLiteral("Payments"), QStringLiteral("Back office")},
        {QStringLiteral("/login"), QStringLiteral("Customer login"), QStringLiteral("Back office")},
        {QStringLiteral("/status"), QStringLiteral("Status page"), QStringLiteral("Communication")},
    };
    return all;
}

DemoScenario::Behaviour DemoScenario::behaviourAt(const QString& path, qint64 elapsedMs)
{
    const qint64 t = ((elapsedMs % periodMs) + periodMs) % periodMs;
    Behaviour b;
    if (path == QLatin1String("/storefront")) {
        b.body = "<html><body>Welcome to the shop. OK</body></html>";
        b.contentType = "text/html";
    } else if (path == QLatin1String("/search")) {
        // Slows down from 0:10 to 2:40: the response-time threshold turns it DEGRADED.
        b.delayMs = within(t, 10, 160) ? 900 : 40;
        b.body = "OK";
    } else if (path == QLatin1String("/checkout")) {
        // Answers 200 throughout, but its own health report says DOWN from 4:00 to 6:00.
        const bool down = within(t, 240, 360);
        b.body = down ? R"({"status":"DOWN","db":"unreachable"})" : R"({"status":"UP","db":"ok"})";
        b.contentType = "application/json";
    } else if (path == QLatin1String("/payments")) {
        // Fails from 0:20 to 3:20, then recovers.
        if (within(t, 20, 200)) {
            b.status = 503;
            b.body = "Service Unavailable";
        } else {
            b.body = "OK";
        }
    } else if (path == QLatin1String("/login")) {
        b.body = "login form OK";
    } else if (path == QLatin1String("/status")) {
        b.body = "All systems operational";
    } else {
        b.status = 404;
        b.body = "Not Found";
    }
    return b;
}
