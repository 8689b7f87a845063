#pragma once

#include "publish/HttpClient.h"

#include <QCoreApplication>
#include <QString>

struct LiveCheckPlan;

// One look at a plan's public sources through the publishing's libcurl client: a GET per source (at most
// a few, each bounded by the plan's timeout and a size cap), without credentials and without cache
// busting, to see what the public sees. Blocking: the LiveVerifier runs it on a thread of its own.
class LiveProbe
{
    Q_DECLARE_TR_FUNCTIONS(LiveProbe)

public:
    struct Result
    {
        bool live = false;
        QString reason; // why it does not count yet, for a person; empty when live
        QString url;    // the source that showed it, else the one the reason is about (display form)
    };

    LiveProbe() : LiveProbe(HttpClient::Options{}) {}
    explicit LiveProbe(HttpClient::Options options);

    Result run(const LiveCheckPlan& plan);

private:
    HttpClient m_client;
};
