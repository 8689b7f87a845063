#pragma once

#include <QString>

#include <optional>

// The same URLs fetched by one `curl --parallel --parallel-max 100` process reusing its connections: the
// floor a check engine built on libcurl can hope to approach (curl stores nothing).
class CurlBaseline
{
public:
    struct Measurement
    {
        qint64 requests = 0;
        double cpuMs = 0; // user + system CPU of the curl process
        double wallMs = 0;
        int exitCode = -1;
        double cpuMsPerRequest() const { return requests > 0 ? cpuMs / double(requests) : 0; }
    };

    // Fetches BASE/svc/0 .. BASE/svc/N-1, repeated until at least `minRequests` requests are made.
    static std::optional<Measurement> run(const QString& baseUrl, int services, int minRequests,
                                          QString* error);
};
