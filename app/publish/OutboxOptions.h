#pragma once

#include "publish/HttpClient.h"
#include "publish/live/LiveSchedule.h"
#include "publish/RetryPolicy.h"

// How the outbox paces its work; tests shorten the backoff.
struct OutboxOptions
{
    RetryPolicy::Options retry;
    RetryPolicy::RandomSource random; // empty: a system random source
    HttpClient::Options http;
    // The outbox looks at the queue at least this often, in case a due time was missed (clock change).
    int maxIdleWaitMs = 60'000;
    // How long a write waits for another connection's lock before the outbox retries it later.
    int busyTimeoutMs = 2'000;
    // How often and how long "Verify live" looks at a public page after a send (PublishingSession).
    LiveSchedule::Options liveChecks;
};
